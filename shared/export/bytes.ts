/**
 * UTF-8 and base64 without depending on TextEncoder, Buffer or atob: shared/ compiles against
 * the plain ES library (no DOM, no Node). utf8Base64, on the path of every SVG export, uses the
 * platform's encoders where it finds them.
 */

export function utf8Encode(text: string): Uint8Array {
  let bytes = new Uint8Array(0);
  // At most 3 bytes per UTF-16 unit (a surrogate pair, 2 units, takes 4): one slice holds all.
  utf8Slices(text, text.length * 3 + 1, (slice) => (bytes = slice.slice()));
  return bytes;
}

/**
 * Calls `take` with the UTF-8 bytes of `text`, `size` bytes at a time (the last slice shorter,
 * maybe empty). The array passed is reused from one call to the next.
 */
function utf8Slices(text: string, size: number, take: (bytes: Uint8Array) => void): void {
  const out = new Uint8Array(size + 3);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      out[o++] = cp;
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // lone surrogate
      if (cp < 0x800) {
        out[o++] = 0xc0 | (cp >> 6);
        out[o++] = 0x80 | (cp & 63);
      } else if (cp < 0x10000) {
        out[o++] = 0xe0 | (cp >> 12);
        out[o++] = 0x80 | ((cp >> 6) & 63);
        out[o++] = 0x80 | (cp & 63);
      } else {
        out[o++] = 0xf0 | (cp >> 18);
        out[o++] = 0x80 | ((cp >> 12) & 63);
        out[o++] = 0x80 | ((cp >> 6) & 63);
        out[o++] = 0x80 | (cp & 63);
      }
    }
    if (o >= size) {
      take(out.subarray(0, size));
      out.copyWithin(0, size, o);
      o -= size;
    }
  }
  take(out.subarray(0, o));
}

/**
 * `base64Encode(utf8Encode(text), lineLength)`. With the platform's own encoders where there are
 * some (Node's Buffer; TextEncoder and btoa in a browser): a big journey's text is megabytes, and
 * the loops below take a tenth of a second over it where the native ones take a few milliseconds.
 * Without, made a few kilobytes at a time: no buffers the size of the text.
 */
export function utf8Base64(text: string, lineLength = 0): string {
  if (lineLength % 4 !== 0) throw new RangeError('lineLength must be a multiple of 4');
  const flat = nativeUtf8Base64(text);
  if (flat !== undefined) return lineLength > 0 ? breakLines(flat, lineLength) : flat;
  // Whole lines (and whole 3-byte groups) per slice, so the slices' text can simply be joined.
  const lineBytes = lineLength > 0 ? (lineLength / 4) * 3 : 3;
  const size = lineBytes * Math.max(1, Math.floor(6144 / lineBytes));
  const lines: string[] = [];
  utf8Slices(text, size, (bytes) => {
    if (bytes.length > 0 || lines.length === 0) lines.push(base64Encode(bytes, lineLength));
  });
  return lines.join(lineLength > 0 ? '\n' : '');
}

/** What shared/ may find on the global object, looked up rather than typed in (see above). */
interface NativeCoders {
  Buffer?: { from(text: string, encoding: 'utf8'): { toString(encoding: 'base64'): string } };
  TextEncoder?: new () => { encode(text: string): Uint8Array };
  btoa?: (binary: string) => string;
}

/** Base64 of the UTF-8 bytes of `text` (lone surrogates as U+FFFD) by the platform, if it can. */
function nativeUtf8Base64(text: string): string | undefined {
  const native = globalThis as NativeCoders;
  if (native.Buffer) return native.Buffer.from(text, 'utf8').toString('base64');
  const { TextEncoder: Encoder, btoa } = native;
  if (!Encoder || !btoa) return undefined;
  const bytes = new Encoder().encode(text);
  const parts: string[] = [];
  // A multiple of 3 bytes per part, so the parts' base64 joins without padding in between.
  const PART = 3 * 8192;
  for (let i = 0; i < bytes.length; i += PART) {
    parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + PART) as unknown as number[])));
  }
  return parts.join('');
}

function breakLines(text: string, lineLength: number): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += lineLength) lines.push(text.slice(i, i + lineLength));
  return lines.join('\n');
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

/**
 * Base64 of `bytes`; with `lineLength` (a multiple of 4), a line break after every `lineLength`
 * characters.
 */
export function base64Encode(bytes: Uint8Array, lineLength = 0): string {
  if (lineLength % 4 !== 0) throw new RangeError('lineLength must be a multiple of 4');
  const length = Math.ceil(bytes.length / 3) * 4;
  const breaks = lineLength > 0 && length > 0 ? Math.ceil(length / lineLength) - 1 : 0;
  const out = new Uint8Array(length + breaks);
  const groupsPerLine = lineLength > 0 ? lineLength / 4 : Infinity;
  let o = 0;
  let groups = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    if (groups === groupsPerLine) {
      out[o++] = NEWLINE;
      groups = 0;
    }
    groups++;
    const rest = bytes.length - i;
    const n =
      (bytes[i]! << 16) | ((rest > 1 ? bytes[i + 1]! : 0) << 8) | (rest > 2 ? bytes[i + 2]! : 0);
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = rest > 1 ? CODES[(n >> 6) & 63]! : PAD;
    out[o++] = rest > 2 ? CODES[n & 63]! : PAD;
  }
  return asciiText(out);
}

const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = '='.charCodeAt(0);
const NEWLINE = '\n'.charCodeAt(0);

/** A string of ASCII codes, converted a slice at a time (argument lists have a limit). */
function asciiText(codes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) {
    // apply takes any array-like; spreading a typed array would go through its iterator.
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
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
