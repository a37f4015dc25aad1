/**
 * UTF-8 and base64 without TextEncoder, Buffer or atob: shared/ compiles against the plain ES
 * library (no DOM, no Node), and these few lines are all the export needs.
 */

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    let cp = char.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // lone surrogate
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63),
      );
  }
  return Uint8Array.from(out);
}

/** Decodes UTF-8; malformed sequences become U+FFFD, as TextDecoder does by default. */
export function utf8Decode(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  const flush = () => {
    out += String.fromCodePoint(...chunk);
    chunk.length = 0;
  };
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let cp = 0xfffd;
    let need = 0;
    let min = 0;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b < 0xe0) [cp, need, min] = [b & 31, 1, 0x80];
    else if (b >= 0xe0 && b < 0xf0) [cp, need, min] = [b & 15, 2, 0x800];
    else if (b >= 0xf0 && b < 0xf5) [cp, need, min] = [b & 7, 3, 0x10000];
    i++;
    let ok = true;
    for (let k = 0; k < need; k++) {
      const next = bytes[i];
      if (next === undefined || (next & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (next & 63);
      i++;
    }
    if (!ok || (need > 0 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)))) {
      cp = 0xfffd;
    }
    chunk.push(cp);
    if (chunk.length >= 8192) flush();
  }
  flush();
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

/** Decodes base64, ignoring whitespace; undefined when the text is not base64. */
export function base64Decode(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s]+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return undefined;
  const body = clean.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < body.length; i += 4) {
    const n =
      (ALPHABET.indexOf(body[i]!) << 18) |
      (ALPHABET.indexOf(body[i + 1] ?? 'A') << 12) |
      (ALPHABET.indexOf(body[i + 2] ?? 'A') << 6) |
      ALPHABET.indexOf(body[i + 3] ?? 'A');
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
