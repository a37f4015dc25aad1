/**
 * C0 control characters (U+0000–U+001F) and DEL (U+007F): never part of a file name, a path or
 * a link a person typed, and a classic way to smuggle a line break or an escape sequence into
 * a log, a dialog or a shell. One scanner for every check that refuses them.
 */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
