import type { z } from 'zod';

/**
 * Turns zod issues into the words a strategist reads when a file does not open. Passed to
 * `safeParse` as its error map; messages set on a schema (stages, colours, cross-field rules)
 * take precedence over these.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'this required field is missing';
      if (issue.expected === 'number' && typeof issue.input === 'number')
        return `must be a finite number (found ${found})`;
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (found ${found})`;
    case 'too_big':
      if (typeof issue.input === 'string') {
        return `is too long (${plural(issue.input.length, 'character')}; the limit is ${issue.maximum})`;
      }
      if (Array.isArray(issue.input)) {
        return `has too many entries (${issue.input.length}; the limit is ${issue.maximum})`;
      }
      return `must be at most ${issue.maximum} (found ${found})`;
    case 'too_small':
      if (issue.origin === 'number') return `must be at least ${issue.minimum} (found ${found})`;
      return issue.minimum === 1 ? 'must not be empty' : `is too short (${found})`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])} (found ${found})`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')} (found ${found})`;
    default:
      return `is not valid (found ${found})`;
  }
}

const TYPE_NAMES: Partial<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40
        ? `text of ${plural(value.length, 'character')}`
        : JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'a number too large to use';
    case 'object':
      return 'an object';
    default:
      return String(value);
  }
}

/** Longest piece of a text value a message quotes; the rest is counted, not shown. */
const QUOTE_LIMIT = 60;
/** Direction overrides and isolates: quoted as escapes so they cannot reorder a message. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A value from a file, as a message quotes it: short text in quotes, long text cut (a file may
 * hold megabytes in one field, and the message is shown in a dialog), anything else described
 * by its type. Never walks into objects, so a deeply nested value cannot overflow the stack.
 */
export function quoteValue(value: unknown): string {
  if (typeof value !== 'string') return describeValue(value);
  const shown = value.length > QUOTE_LIMIT ? value.slice(0, QUOTE_LIMIT) : value;
  const quoted = JSON.stringify(shown).replace(
    BIDI_CONTROLS,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return value.length > QUOTE_LIMIT
    ? `${quoted.slice(0, -1)}…" (${plural(value.length, 'character')})`
    : quoted;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Longest key a path shows in full: keys are any text a file holds. */
const KEY_LIMIT = 60;

/** `['journey', 'tactics', 2, 'stage']` -> `journey.tactics[2].stage`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && key.length <= KEY_LIMIT && IDENTIFIER.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${quotedKey(String(key))}]`;
  }
  return out;
}

function quotedKey(key: string): string {
  if (key.length <= KEY_LIMIT) return JSON.stringify(key);
  return `${JSON.stringify(key.slice(0, KEY_LIMIT)).slice(0, -1)}…"`;
}

/**
 * The sentence for a problem at `path`. Problems inside the journey are told relative to it,
 * which is how a user thinks of them ("tactics[2].stage"), while `path` stays absolute.
 */
export function sentence(path: readonly PropertyKey[], reason: string): string {
  if (path[0] === 'journey' && path.length > 1) {
    return `The journey is invalid at ${formatPath(path.slice(1))}: ${reason}.`;
  }
  if (path.length === 0) return `The file is invalid: ${reason}.`;
  return `The file is invalid at ${formatPath(path)}: ${reason}.`;
}
