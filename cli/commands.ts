import {
  closeSync,
  fstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { serializeJourneySet } from '../shared/file/serialize';
import { journeysInOrder } from '../shared/model/journeySet';
import type { Journey, JourneySet } from '../shared/model/types';
import { deckPptx, reportPdf } from './deliverables';
import { journeyOutPaths, pickJourney } from './journeys';
import { MAX_FILE_BYTES, tooLargeReason } from '../shared/file/size';
import { APP_NAME, APP_VERSION } from '../shared/file/version';
import {
  embedJourneyInPng,
  pngSize,
  readJourneyBytes,
  renderJourneySvg,
  type OpenResult,
} from '../shared/export';
import { getStage } from '../shared/model/stages';
import { analyseJourney, SEVERITIES } from '../shared/model/health';
import type { Command } from './args';
import { newJourneyText, templateLines } from './templates';
import { writeNewFile } from './writeNew';
import { forecastLines, systemLocale } from './forecast';
import { rasteriseSvg, RasterSizeError } from './rasterise';

/** Where a command writes: injectable so tests can run commands in-process. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

type ExportCommand = Extract<Command, { kind: 'export' }>;

const SOURCE_NAMES = { cvj: 'a journey file', svg: 'an SVG image', png: 'a PNG image', pdf: 'a PDF report', pptx: 'a PowerPoint deck' } as const;

function read(file: string, io: Io): Extract<OpenResult, { ok: true }> | undefined {
  let bytes: Uint8Array | { tooLarge: number };
  try {
    bytes = readLimited(file);
  } catch (error) {
    io.err(`${file}: ${describeFsError(error)}`);
    return undefined;
  }
  if ('tooLarge' in bytes) {
    io.err(`${file}: ${tooLargeReason(bytes.tooLarge)}`);
    return undefined;
  }
  const result = readJourneyBytes(bytes);
  if (!result.ok) {
    io.err(`${file}: ${result.error.message}`);
    const details = result.error.details ?? [];
    if (details.length > 1) for (const detail of details) io.err(`  ${detail}`);
    return undefined;
  }
  for (const warning of result.warnings) io.err(`${file}: warning: ${warning}`);
  return result;
}

/**
 * The file's bytes; like the app, a file over MAX_FILE_BYTES is refused from its size on disk,
 * before it is read (and if it grew past the limit since).
 */
function readLimited(file: string): Uint8Array | { tooLarge: number } {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_FILE_BYTES) return { tooLarge: size };
    const bytes = readFileSync(fd);
    return bytes.length > MAX_FILE_BYTES ? { tooLarge: bytes.length } : new Uint8Array(bytes);
  } finally {
    closeSync(fd);
  }
}

type CheckCommand = Extract<Command, { kind: 'check' }>;

/**
 * `cvj check`: the journey's health (the same findings and sentences as the app's Health
 * panel). 0 when nothing at or above `--fail-on` is found, 1 when something is, 2 when the file
 * cannot be read.
 */
export function checkJourney(command: CheckCommand, io: Io): number {
  const result = read(command.file, io);
  if (!result) return 2;
  const journey = chosenJourney(command.file, result, command.journey, io);
  if (!journey) return 2;
  const report = analyseJourney(journey);
  const limit = SEVERITIES.indexOf(command.failOn);
  const failing = report.findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
  if (command.json) {
    io.out(
      JSON.stringify(
        {
          score: report.score,
          stages: report.stages.map(({ stage, score }) => ({ stage, score })),
          findings: report.findings.map(({ rule, severity, message, stages, tactics }) => ({
            rule,
            severity,
            message,
            stages,
            tactics,
          })),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(`${command.file}: health ${report.score}/100`);
    io.out(`  ${report.stages.map((s) => `${getStage(s.stage).label} ${s.score}`).join(' · ')}`);
    if (report.findings.length === 0) io.out('  No findings.');
    for (const f of report.findings) io.out(`  ${f.severity.padEnd(7)} ${f.message}`);
    const counts = SEVERITIES.map((s) => plural(report.findings.filter((f) => f.severity === s).length, s)).join(', ');
    io.out(`  ${counts}${failing.length > 0 ? ` (failing on ${command.failOn}${command.failOn === 'problem' ? '' : ' or worse'})` : ''}.`);
  }
  return failing.length > 0 ? 1 : 0;
}

/** `cvj forecast`: 0 and the forecast (text, --json or --csv), or 1 when the file cannot be read. */
export function forecastCommand(command: Extract<Command, { kind: 'forecast' }>, io: Io): number {
  const result = read(command.file, io);
  if (!result) return 1;
  const journey = chosenJourney(command.file, result, command.journey, io);
  if (!journey) return 1;
  for (const line of forecastLines(journey, command.output)) io.out(line);
  return 0;
}

/** `cvj templates`: the shipped templates, one per line. */
export function listTemplates(io: Io): number {
  for (const line of templateLines()) io.out(line);
  return 0;
}

/**
 * `cvj new --template <id> --out <file.cvj>`: a new journey from a template, written atomically.
 * An existing file is never replaced: the user's work is not ours to overwrite.
 */
export function newFromTemplate(command: Extract<Command, { kind: 'new' }>, io: Io): number {
  const made = newJourneyText(command.template);
  if (!made.ok) {
    io.err(`cvj: ${made.message}`);
    return 1;
  }
  try {
    writeNewFile(command.out, new TextEncoder().encode(made.text));
  } catch (error) {
    io.err(
      (error as { code?: string }).code === 'EEXIST'
        ? `${command.out}: already exists; cvj new does not replace a file. Choose another name.`
        : `${command.out}: ${describeFsError(error)}`,
    );
    return 1;
  }
  io.out(`Wrote ${command.out}: "${made.title}", from the ${command.template} template.`);
  return 0;
}

/**
 * `cvj validate`: 0 and a summary (one line, or one more per journey when the file holds
 * several), or 1 and the message the app shows.
 */
export function validate(file: string, io: Io): number {
  const result = read(file, io);
  if (!result) return 1;
  const journeys = journeysInOrder(result.set);
  const from = result.source === 'cvj' ? '' : ` (embedded in ${SOURCE_NAMES[result.source]})`;
  const counts = (j: Journey) =>
    `${plural(j.tactics.length, 'tactic')}, ${plural(j.connections.length, 'connection')}, ` +
    `${plural(j.customTactics.length, 'custom tactic')}`;
  if (journeys.length === 1) {
    io.out(`${file}: valid ${APP_NAME} journey${from} "${journeys[0]!.title}": ${counts(journeys[0]!)}.`);
    return 0;
  }
  io.out(`${file}: valid ${APP_NAME} file${from} "${result.set.title}" with ${journeys.length} journeys:`);
  journeys.forEach((j, i) => {
    const persona = j.persona ? ` (persona: ${j.persona.name})` : '';
    io.out(`  ${i + 1}. "${j.title}"${persona}: ${counts(j)}.`);
  });
  return 0;
}

/**
 * The journey `--journey` names (the first without it); a note on stderr when the file holds
 * others, so a script learns there is more than it exported or checked.
 */
function chosenJourney(file: string, result: Extract<OpenResult, { ok: true }>, spec: string | undefined, io: Io): Journey | undefined {
  const picked = pickJourney(result.set, spec);
  if (!picked.ok) {
    io.err(`${file}: ${picked.message}`);
    return undefined;
  }
  const count = result.set.order.length;
  if (spec === undefined && count > 1) {
    io.err(`${file}: note: the file holds ${count} journeys; this is the first, "${picked.journey.title}" (choose with --journey <title|number>).`);
  }
  return picked.journey;
}

/**
 * `cvj export`: writes the SVG or PNG (or the PDF report, the PPTX deck: asynchronously); 1 with
 * a message when that cannot be done.
 */
export function exportJourney(command: ExportCommand, io: Io): number | Promise<number> {
  const result = read(command.file, io);
  if (!result) return 1;
  // The image holds the whole file (every journey): opening it restores all of them.
  const embedText = serializeJourneySet(result.set, { extra: result.file });
  if (command.format === 'pdf' || command.format === 'pptx') {
    let journeys: string[] | undefined;
    if (command.journey !== undefined) {
      const journey = chosenJourney(command.file, result, command.journey, io);
      if (!journey) return 1;
      journeys = [journey.id];
    }
    return writeDeliverable(command, result.set, { journeys, embedText }, io);
  }
  const image = command as ExportCommand & { format: 'svg' | 'png' };
  if (command.all) {
    const journeys = journeysInOrder(result.set);
    const outs = journeyOutPaths(command.out, journeys);
    for (const [i, journey] of journeys.entries()) {
      const code = exportOne({ ...image, out: outs[i]! }, journey, embedText, io);
      if (code !== 0) return code;
    }
    return 0;
  }
  const journey = chosenJourney(command.file, result, command.journey, io);
  if (!journey) return 1;
  return exportOne(image, journey, embedText, io);
}

function exportOne(command: ExportCommand & { format: 'svg' | 'png' }, journey: Journey, embedText: string, io: Io): number {
  if (command.stage && !journey.tactics.some((t) => t.stage === command.stage)) {
    io.err(
      `${command.file}: note: the ${getStage(command.stage).label} stage has no tactics; exporting its empty lane.`,
    );
  }
  const svgOptions = {
    scope: command.stage ? { stage: command.stage } : ('all' as const),
    theme: command.theme,
    background: command.background,
    includeTitle: command.title,
    includeHeaders: command.headers,
    embed: command.embed,
    embedText,
    forecast: command.forecast,
    locale: systemLocale(),
  };

  let bytes: Uint8Array;
  let size: string;
  const svg = renderJourneySvg(journey, {
    ...svgOptions,
    scale: command.format === 'svg' ? command.scale : 1,
  });
  if (command.format === 'svg') {
    bytes = new Uint8Array(Buffer.from(svg.svg, 'utf8'));
    size = `${svg.width} × ${svg.height}`;
  } else {
    try {
      bytes = rasteriseSvg(svg.svg, { scale: command.scale });
    } catch (error) {
      if (error instanceof RasterSizeError) {
        io.err(
          `${command.out}: ${error.message} (--scale ${error.maxScale}, --stage or an .svg --out)`,
        );
        return 1;
      }
      throw error;
    }
    if (command.embed) bytes = embedJourneyInPng(bytes, svgOptions.embedText);
    const px = pngSize(bytes);
    size = `${px.width} × ${px.height} px`;
  }

  try {
    writeAtomically(command.out, bytes);
  } catch (error) {
    io.err(`${command.out}: ${describeFsError(error)}`);
    return 1;
  }
  io.out(
    `Wrote ${command.out} (${command.format.toUpperCase()}, ${size}, ` +
      `${plural(svg.tactics, 'tactic')}${command.embed ? ', journey embedded' : ''}).`,
  );
  return 0;
}

async function writeDeliverable(
  command: ExportCommand,
  set: JourneySet,
  { journeys, embedText }: { journeys: string[] | undefined; embedText: string },
  io: Io,
): Promise<number> {
  const options = {
    theme: command.theme,
    includeTitle: command.title,
    ...(command.embed ? { embedText } : {}),
    ...(journeys ? { journeys } : {}),
    locale: systemLocale(),
    ...(command.pageSize ? { pageSize: command.pageSize } : {}),
  };
  const bytes = command.format === 'pdf' ? await reportPdf(set, options) : await deckPptx(set, options);
  try {
    writeAtomically(command.out, bytes);
  } catch (error) {
    io.err(`${command.out}: ${describeFsError(error)}`);
    return 1;
  }
  const count = journeys ? 1 : set.order.length;
  io.out(
    `Wrote ${command.out} (${command.format === 'pdf' ? 'PDF report' : 'PowerPoint deck'}, ${plural(count, 'journey')}${command.embed ? ', journey embedded' : ''}).`,
  );
  return 0;
}

function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder.';
    case 'EISDIR':
      return 'this is a folder, not a file.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

export function versionLine(): string {
  return `cvj (${APP_NAME} ${APP_VERSION})`;
}
