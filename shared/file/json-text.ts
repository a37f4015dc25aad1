import { findSyntaxError } from './json-syntax';
import type { ParseError } from './result';

export type Decoded = { ok: true; value: unknown } | { ok: false; error: ParseError };

/** JSON.parse with the failure turned into a sentence that says where the problem is. */
export function decodeJson(input: string): Decoded {
  // Editors on Windows like to prepend a byte order mark; JSON.parse rejects it.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') {
    return notJson('This file is empty, so it holds no journey.');
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) {
      // Engines that parse recursively run out of stack on very deep nesting.
      return notJson('This file could not be read as JSON (it is nested too deeply).');
    }
    const offset = positionIn(error.message) ?? findSyntaxError(text);
    const where = offset === undefined ? '' : ` at ${lineAndColumn(text, offset)}`;
    return notJson(`This file is not valid JSON (${reasonOf(error.message)}${where}).`);
  }
}

function notJson(message: string): Decoded {
  return { ok: false, error: { code: 'not-json', message } };
}

function positionIn(message: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** V8's message minus the parts that repeat file content or a raw offset. */
function reasonOf(message: string): string {
  const reason = message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ (?:in JSON )?at position \d+.*$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'the text ends before the JSON is complete')
    .trim();
  return reason === '' ? 'a syntax error' : reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** 1-based line and column, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
