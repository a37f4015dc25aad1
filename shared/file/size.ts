/**
 * The largest `.cvj` file the app reads or writes: 50 MiB. A workshop journey is a few hundred
 * kilobytes; the schema's LIMITS (50,000 tactics, 100,000 connections) fit well below this. Main
 * refuses a bigger file from its size on disk, before reading a byte of it, so a wrong file
 * (a video renamed .cvj, a runaway export) cannot freeze the app or fill its memory.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Bytes of `text` in UTF-8, without allocating it (shared/ has no TextEncoder type). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else {
        bytes += 3;
      }
    } else bytes += 3;
  }
  return bytes;
}

/** "60 MB", "512 KB": sizes in messages, in the binary units the limit is defined in. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Why a file over MAX_FILE_BYTES is refused, in the app's words (after “Couldn’t open …: ”); the
 * `cvj` command line prints it after the file's name.
 */
export function tooLargeReason(bytes: number | undefined): string {
  return `it is ${bytes === undefined ? 'too large' : formatFileSize(bytes)}, larger than the ${formatFileSize(MAX_FILE_BYTES)} a journey file may be. It is probably not a journey.`;
}
