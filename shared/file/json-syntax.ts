/**
 * Finds the offset of the first JSON syntax error in `text`, or `undefined` if it is valid.
 * Used only to place the error when the engine's JSON.parse message has no position (V8
 * omits it for "Unexpected token" and "Unexpected end"). Iterative, so deep nesting is safe.
 */
export function findSyntaxError(text: string): number | undefined {
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after' = 'value';

  for (;;) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i += 1;
    if (i >= text.length) return state === 'after' && stack.length === 0 ? undefined : i;
    const c = text[i];

    if (state === 'value' || state === 'value-or-close') {
      if (state === 'value-or-close' && c === ']') {
        stack.pop();
        i += 1;
        state = 'after';
      } else if (c === '{' || c === '[') {
        stack.push(c === '{' ? '}' : ']');
        i += 1;
        state = c === '{' ? 'key-or-close' : 'value-or-close';
      } else {
        const end = c === '"' ? scanString(text, i) : scanScalar(text, i);
        if (end < 0) return ~end;
        i = end;
        state = 'after';
      }
    } else if (state === 'key' || state === 'key-or-close') {
      if (state === 'key-or-close' && c === '}') {
        stack.pop();
        i += 1;
        state = 'after';
      } else if (c === '"') {
        const end = scanString(text, i);
        if (end < 0) return ~end;
        i = end;
        state = 'colon';
      } else {
        return i;
      }
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i += 1;
      state = 'value';
    } else {
      const close = stack.at(-1);
      if (close === undefined) return i;
      if (c === ',') {
        state = close === '}' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
      } else {
        return i;
      }
      i += 1;
    }
  }
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

// Scanners return the offset just past the token, or the bitwise complement of the error offset.
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return ~i;
    if (code === 0x5c) {
      const escape = text[i + 1];
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return ~(i + 1);
        i += 6;
      } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
        i += 2;
      } else {
        return ~(i + 1);
      }
    } else {
      i += 1;
    }
  }
  return ~i;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: Partial<Record<string, string>> = { t: 'true', f: 'false', n: 'null' };

function scanScalar(text: string, start: number): number {
  const literal = LITERALS[text.charAt(start)];
  if (literal !== undefined) {
    // Like the engine, blame the first character that breaks the word ("tru}" -> the "}").
    for (let k = 1; k < literal.length; k += 1) {
      if (text[start + k] !== literal[k]) return ~(start + k);
    }
    return start + literal.length;
  }
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  return match ? start + match[0].length : ~start;
}
