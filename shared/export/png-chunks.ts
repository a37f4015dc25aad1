import { utf8Decode, utf8Encode } from './bytes';

/**
 * A small reader and writer of PNG chunks over Uint8Array (no Buffer, no zlib): enough to put a
 * journey into an exported PNG as an iTXt chunk and to find it again. Pixel data is never
 * touched.
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export interface PngChunk {
  type: string;
  data: Uint8Array;
  /** Whether the stored CRC matches the type and data. */
  crcOk: boolean;
}

let crcTable: Uint32Array | undefined;

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The chunks of a PNG file, in order; throws a plain message when the bytes are not a PNG. */
export function readPngChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new Error('This is not a PNG image.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new Error('This PNG image is cut short.');
    const length = view.getUint32(offset);
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) throw new Error('This PNG image is cut short.');
    const type = String.fromCharCode(...bytes.subarray(offset + 4, dataStart));
    const crc = view.getUint32(dataEnd);
    chunks.push({
      type,
      data: bytes.subarray(dataStart, dataEnd),
      crcOk: crc === crc32(bytes, offset + 4, dataEnd),
    });
    offset = dataEnd + 4;
    if (type === 'IEND') break;
  }
  return chunks;
}

export function writePngChunks(chunks: readonly Pick<PngChunk, 'type' | 'data'>[]): Uint8Array {
  const size = 8 + chunks.reduce((sum, c) => sum + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let offset = 8;
  for (const chunk of chunks) {
    if (!/^[A-Za-z]{4}$/.test(chunk.type)) throw new Error(`Bad PNG chunk type: ${chunk.type}`);
    view.setUint32(offset, chunk.data.length);
    for (let i = 0; i < 4; i++) out[offset + 4 + i] = chunk.type.charCodeAt(i);
    out.set(chunk.data, offset + 8);
    view.setUint32(
      offset + 8 + chunk.data.length,
      crc32(out, offset + 4, offset + 8 + chunk.data.length),
    );
    offset += 12 + chunk.data.length;
  }
  return out;
}

/** Width and height from the IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const ihdr = readPngChunks(bytes)[0];
  if (ihdr?.type !== 'IHDR' || ihdr.data.length < 8) throw new Error('This PNG has no header.');
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength);
  return { width: view.getUint32(0), height: view.getUint32(4) };
}

/** An uncompressed iTXt chunk (UTF-8 text, no language tag). */
export function makeITxt(keyword: string, text: string): Pick<PngChunk, 'type' | 'data'> {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`Bad PNG text keyword: ${keyword}`);
  const key = utf8Encode(keyword);
  const body = utf8Encode(text);
  // keyword \0, compression flag 0, compression method 0, language tag "" \0, translated "" \0
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  return { type: 'iTXt', data };
}

export interface PngText {
  keyword: string;
  text?: string;
  /** Set when the text is zlib-compressed, which this reader does not inflate. */
  compressed: boolean;
}

/** Reads a tEXt or iTXt chunk's keyword and (uncompressed) text. */
export function readPngText(chunk: PngChunk): PngText | undefined {
  const { data } = chunk;
  const zero = data.indexOf(0);
  if (zero < 1) return undefined;
  const keyword = String.fromCharCode(...data.subarray(0, zero));
  if (chunk.type === 'tEXt') {
    let text = '';
    for (const b of data.subarray(zero + 1)) text += String.fromCharCode(b);
    return { keyword, text, compressed: false };
  }
  if (chunk.type === 'zTXt') return { keyword, compressed: true };
  if (chunk.type !== 'iTXt') return undefined;
  const compressed = data[zero + 1] === 1;
  const langEnd = data.indexOf(0, zero + 3);
  const translatedEnd = langEnd < 0 ? -1 : data.indexOf(0, langEnd + 1);
  if (translatedEnd < 0) return undefined;
  if (compressed) return { keyword, compressed: true };
  return { keyword, text: utf8Decode(data.subarray(translatedEnd + 1)), compressed: false };
}
