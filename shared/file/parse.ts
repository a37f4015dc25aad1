import type { z } from 'zod';
import type { Journey, JourneySet } from '../model/types';
import { byId } from '../model/journeySet';
import { describeIssue, formatPath, quoteValue, sentence } from './issues';
import { decodeJson } from './json-text';
import { isRawFile, MIGRATIONS, runMigrations } from './migrate';
import type { ParseError, ParseResult } from './result';
import { CvjFileSchema, CvjFileV1Schema, JourneySchema, type CvjFile } from './schema';
import { inspectStructure } from './structure';
import { APP_NAME, CURRENT_VERSION, FORMAT_NAME } from './version';

const MAX_DETAILS = 20;

/**
 * Reads the text of a `.cvj` file. Never throws: every failure, including a bug in this
 * build, comes back as a `ParseError` whose message the UI can show as it is.
 *
 * Order matters for the message a user gets: first "is it JSON", then "is it a CVJ file at
 * all", then "can this build read that version", and only then "is the content valid".
 */
export function parseJourneyFile(text: string): ParseResult {
  try {
    if (typeof text !== 'string') return failure('not-json', 'This file holds no text.');
    const decoded = decodeJson(text);
    if (!decoded.ok) return decoded;
    return parseDecoded(decoded.value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('invalid', `${APP_NAME} could not read this file (${reason}).`);
  }
}

function parseDecoded(value: unknown): ParseResult {
  if (!isRawFile(value)) {
    return failure(
      'not-cvj',
      `This file is JSON, but not a ${APP_NAME} journey (${holds(value)}).`,
    );
  }
  if (value.format !== FORMAT_NAME) {
    const marker =
      value.format === undefined
        ? 'it has no "format": "cvj" marker'
        : `its format is ${quoteValue(value.format)}, not "cvj"`;
    return failure(
      'not-cvj',
      `This file is JSON, but not a ${APP_NAME} journey (${marker}).`,
      'format',
    );
  }

  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const reason =
      version === undefined
        ? 'this required field is missing'
        : `must be a whole number from 1 up (found ${quoteValue(version)})`;
    return failure('invalid', sentence(['version'], reason), 'version');
  }
  if (version > CURRENT_VERSION) {
    return failure(
      'version-too-new',
      `This file was made by a newer version of ${APP_NAME} (format version ${version}); this version reads up to version ${CURRENT_VERSION}. Update ${APP_NAME} to open it.`,
      'version',
    );
  }

  const structure = inspectStructure(value);
  if (structure.problem !== undefined) {
    return {
      ok: false,
      error: withWhere(
        {
          code: 'invalid',
          message: `The file is invalid: ${structure.problem}, which no journey is.`,
        },
        structure.problemPath,
        structure.problem,
      ),
    };
  }
  const warnings = structure.protoKeys.map(({ path, owner }) => {
    delete (owner as Record<string, unknown>)['__proto__'];
    return `The field "__proto__" at ${path} was left out: that name is not allowed in a journey.`;
  });

  let file: CvjFile;
  if (version === 1) {
    // Checked as the version 1 file it is (the paths in messages are the file's own), then
    // upgraded: the upgrade of a valid version 1 file is a valid version 2 file (a test holds
    // it to that), so it is not checked twice.
    const v1 = CvjFileV1Schema.safeParse(value, { error: describeIssue });
    if (!v1.success) return { ok: false, error: invalid(v1.error.issues) };
    file = runMigrations(v1.data, 1, MIGRATIONS) as CvjFile;
  } else {
    const raw = version < CURRENT_VERSION ? runMigrations(value, version, MIGRATIONS) : value;
    const parsed = CvjFileSchema.safeParse(raw, { error: describeIssue });
    if (!parsed.success) return { ok: false, error: invalid(parsed.error.issues) };
    file = parsed.data;
  }
  const set = setOfFile(file);
  return {
    ok: true,
    set,
    journey: set.journeys[set.order[0]!]!,
    file,
    warnings,
    ...(version < CURRENT_VERSION ? { upgradedFrom: version } : {}),
  };
}

/** The journeys of a (checked) file as the model holds them: by id, in tab order. */
export function setOfFile(file: CvjFile): JourneySet {
  return {
    title: file.title,
    journeys: byId(file.journeys.map((j) => [j.id, j] as const)),
    order: file.journeys.map((j) => j.id),
    meta: file.meta,
  };
}

/**
 * Checks a journey that did not come from a file, e.g. one main receives over IPC before it
 * writes it to disk, with the same rules and messages as `parseJourneyFile`. Never throws.
 */
export function validateJourney(
  value: unknown,
): { ok: true; journey: Journey } | { ok: false; error: ParseError } {
  try {
    const { problem, problemPath } = inspectStructure(value);
    if (problem !== undefined) {
      return {
        ok: false,
        error: withWhere(
          { code: 'invalid', message: `The journey is invalid: ${problem}.` },
          problemPath && ['journey', ...problemPath],
          problem,
        ),
      };
    }
    const parsed = JourneySchema.safeParse(value, { error: describeIssue });
    if (parsed.success) return { ok: true, journey: parsed.data };
    const issues = parsed.error.issues.map((issue) => ({
      ...issue,
      path: ['journey', ...issue.path],
    }));
    return { ok: false, error: invalid(issues) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'invalid', message: `The journey could not be checked (${reason}).` },
    };
  }
}

function invalid(issues: readonly z.core.$ZodIssue[]): ParseError {
  const [first] = issues;
  if (first === undefined) return { code: 'invalid', message: 'The file is invalid.' };
  const details = issues
    .slice(0, MAX_DETAILS)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > MAX_DETAILS)
    details.push(`…and ${issues.length - MAX_DETAILS} more problems`);
  return {
    code: 'invalid',
    message: sentence(first.path, first.message),
    path: formatPath(first.path),
    details,
  };
}

/**
 * Adds where a structural problem is, as a JSON path, for the UI's path and details. The
 * sentence itself stays short: the path of a hostile nesting can be long.
 */
function withWhere(
  error: ParseError,
  keys: readonly PropertyKey[] | undefined,
  problem: string,
): ParseError {
  if (keys === undefined || keys.length === 0) return error;
  const path = formatPath(keys);
  return { ...error, path, details: [`${path}: ${problem}`] };
}

function failure(code: ParseError['code'], message: string, path?: string): ParseResult {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}

function holds(value: unknown): string {
  if (Array.isArray(value)) return 'it holds a list, not an object';
  if (value === null) return 'it holds only null';
  return `it holds a single ${typeof value}, not an object`;
}
