import { parseArgs } from 'node:util';
import { STAGES } from '../shared/model/stages';
import type { StageId } from '../shared/model/types';
import { isHexColor } from '../shared/export';
import { isThemeName, THEME_NAMES, type ThemeName } from '../shared/theme/tokens';
import { SEVERITIES, type Severity } from '../shared/model/health';

/** A command-line mistake: printed with the usage and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage:
  cvj export <journey> --out <file.svg|file.png> [--journey <title|number> | --all] [options]
  cvj validate <file>
  cvj check <file> [--journey <title|number>] [--json] [--fail-on problem|warning|tip]
  cvj forecast <file> [--journey <title|number>] [--json | --csv]
  cvj templates
  cvj new --template <id> --out <file.cvj>
  cvj --help | --version

<journey> is a .cvj file, or an SVG, PNG, PDF report or PowerPoint deck exported with the
journey embedded.

A file may hold several journeys (personas, scenarios: the app's tabs). export, check and
forecast work on the first unless told otherwise:
  --journey <title|number>  the journey with this title (any case) or number (1 = first tab)
  --all                     (export) one image per journey, its title added to --out's name:
                            --out acme.svg writes "acme - Buyer.svg", "acme - End user.svg", …

Export options:
  -o, --out <file>          where to write; the extension picks the format: .svg or .png (an
                            image), .pdf (the client report: cover, drawing, a page per stage,
                            health, forecast; every journey, or the one --journey names) or
                            .pptx (the same as an editable PowerPoint deck)
  --page-size <size>        (PDF) a4 or letter; default from the locale
  --scale <n>               pixels per canvas pixel (default 1); for SVG it sets the size attributes
  --stage <stage>           only one stage's lane: aware, engage, …, promote (or 1-8, or its name)
  --theme <name>            light (default), dark or projector: the colours of the app's themes
  --background <colour>     theme (the theme's canvas colour, default), white, transparent or a
                            hex colour like #ffffff
  --no-embed                do not put the journey into the image
  --no-title                leave out the journey's title above the lanes
  --no-headers              leave out the stage headers
  --forecast                the funnel forecast's numbers: people and revenue on the cards, stage
                            totals at the foot of the lanes, connections as wide as their flow

Check options (journey health: the journey against the CVJ model, as the app's Health panel):
  --json                    print { score, stages: [{ stage, score }], findings: [{ rule,
                            severity, message, stages, tactics }] }
  --fail-on <severity>      exit 1 when a finding this severe or worse is found (default problem)

Forecast options (the funnel forecast, as the app's Forecast panel; docs/forecast.md):
  --json                    print { currency, period, stages, tactics, totals, levers, unbounded }
                            (unknown numbers as null)
  --csv                     print the per-tactic table: stage,title,people,revenue,cost

Exit codes: 0 done, 1 the input could not be read or exported, 2 wrong usage.
cvj check: 0 nothing at or above --fail-on, 1 something is, 2 the file cannot be read.`;

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'validate'; file: string }
  | { kind: 'check'; file: string; json: boolean; failOn: Severity; journey?: string }
  | { kind: 'forecast'; file: string; output: 'text' | 'json' | 'csv'; journey?: string }
  | { kind: 'templates' }
  | { kind: 'new'; template: string; out: string }
  | {
      kind: 'export';
      file: string;
      out: string;
      format: 'svg' | 'png' | 'pdf' | 'pptx';
      /** PDF report: A4 or Letter (default from the locale). */
      pageSize?: 'A4' | 'LETTER';
      scale: number;
      stage?: StageId;
      theme: ThemeName;
      background: string;
      embed: boolean;
      title: boolean;
      headers: boolean;
      forecast: boolean;
      /** --journey: which journey (default the first); --all: every journey. */
      journey?: string;
      all: boolean;
    };

export const MAX_SCALE = 16;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        scale: { type: 'string' },
        stage: { type: 'string' },
        theme: { type: 'string' },
        background: { type: 'string' },
        'no-embed': { type: 'boolean' },
        'no-title': { type: 'boolean' },
        'no-headers': { type: 'boolean' },
        forecast: { type: 'boolean' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        template: { type: 'string' },
        'fail-on': { type: 'string' },
        journey: { type: 'string' },
        all: { type: 'boolean' },
        'page-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (command === undefined) {
    throw new UsageError('Name a command: export, validate, check, forecast, templates or new.');
  }

  if (values.journey !== undefined && !['export', 'check', 'forecast'].includes(command)) {
    throw new UsageError('--journey is an option of export, check and forecast.');
  }
  if (values.journey !== undefined && values.journey.trim() === '') {
    throw new UsageError('--journey needs a journey\'s title or number (1 = the first).');
  }
  if (values.all !== undefined && command !== 'export') throw new UsageError('--all is an option of export.');
  const journey = values.journey !== undefined ? { journey: values.journey } : {};

  if (command === 'forecast') {
    const stray = Object.keys(values).find((name) => !['json', 'csv', 'journey'].includes(name) && values[name as keyof typeof values] !== undefined);
    if (stray) throw new UsageError(`--${stray} is not an option of forecast.`);
    if (values.json && values.csv) throw new UsageError('forecast prints --json or --csv, not both.');
    if (rest.length !== 1) throw new UsageError('forecast takes exactly one file.');
    return { kind: 'forecast', file: rest[0]!, output: values.json ? 'json' : values.csv ? 'csv' : 'text', ...journey };
  }
  if (values.csv !== undefined) throw new UsageError('--csv is an option of forecast.');
  const checkOnly = ['json', 'fail-on'].find((name) => values[name as keyof typeof values] !== undefined);
  if (checkOnly && command !== 'check') throw new UsageError(`--${checkOnly} is an option of check${checkOnly === 'json' ? ' and forecast' : ''}.`);

  if (values.template !== undefined && command !== 'new') {
    throw new UsageError('--template is an option of new.');
  }
  if (command === 'templates') {
    if (rest.length > 0 || Object.values(values).some((v) => v !== undefined)) {
      throw new UsageError('templates takes no file and no option.');
    }
    return { kind: 'templates' };
  }
  if (command === 'new') {
    const stray = Object.keys(values).find((name) => name !== 'template' && name !== 'out' && values[name as keyof typeof values] !== undefined);
    if (stray) throw new UsageError(`--${stray} is not an option of new.`);
    if (rest.length > 0) throw new UsageError('new takes no file: name the template with --template.');
    if (!values.template) throw new UsageError('Name the template with --template <id> (cvj templates lists them).');
    if (!values.out) throw new UsageError('Say where to write the journey with --out <file.cvj>.');
    if (!/\.cvj$/i.test(values.out)) throw new UsageError(`--out must end in .cvj (got "${values.out}").`);
    return { kind: 'new', template: values.template, out: values.out };
  }

  if (command === 'check') {
    const exportOnly = ['out', 'scale', 'stage', 'theme', 'background', 'no-embed', 'no-title', 'no-headers', 'forecast'];
    const stray = exportOnly.find((name) => values[name as keyof typeof values] !== undefined);
    if (stray) throw new UsageError(`--${stray} is an option of export, not of check.`);
    if (rest.length !== 1) throw new UsageError('check takes exactly one file.');
    return { kind: 'check', file: rest[0]!, json: values.json === true, failOn: parseSeverity(values['fail-on']), ...journey };
  }

  if (command === 'validate') {
    const exportOnly = [
      'out',
      'scale',
      'stage',
      'theme',
      'background',
      'no-embed',
      'no-title',
      'no-headers',
      'forecast',
    ];
    const stray = exportOnly.find((name) => values[name as keyof typeof values] !== undefined);
    if (stray) throw new UsageError(`--${stray} is an option of export, not of validate.`);
    if (rest.length !== 1) throw new UsageError('validate takes exactly one file.');
    return { kind: 'validate', file: rest[0]! };
  }

  if (command !== 'export')
    throw new UsageError(`Unknown command "${command}": use export, validate, check, forecast, templates or new.`);
  if (rest.length !== 1) throw new UsageError('export takes exactly one journey file.');
  if (values.all && values.journey !== undefined) throw new UsageError('export takes --journey or --all, not both.');
  if (!values.out)
    throw new UsageError('Say where to write the image with --out <file.svg|file.png|file.pdf|file.pptx>.');
  const extension = /\.(svg|png|pdf|pptx)$/i.exec(values.out)?.[1]?.toLowerCase();
  if (extension !== 'svg' && extension !== 'png' && extension !== 'pdf' && extension !== 'pptx') {
    throw new UsageError(`--out must end in .svg, .png, .pdf or .pptx (got "${values.out}").`);
  }
  if ((extension === 'pdf' || extension === 'pptx') && values.all) {
    throw new UsageError('A report or a deck holds every journey of the file: leave out --all (or pick one with --journey).');
  }
  const pageSize = values['page-size']?.toUpperCase();
  if (pageSize !== undefined && pageSize !== 'A4' && pageSize !== 'LETTER') {
    throw new UsageError(`--page-size must be a4 or letter (got "${values['page-size']}").`);
  }
  return {
    kind: 'export',
    file: rest[0]!,
    out: values.out,
    format: extension,
    ...(pageSize ? { pageSize } : {}),
    scale: parseScale(values.scale),
    ...(values.stage !== undefined ? { stage: parseStage(values.stage) } : {}),
    theme: parseTheme(values.theme),
    background: parseBackground(values.background),
    embed: !values['no-embed'],
    title: !values['no-title'],
    headers: !values['no-headers'],
    forecast: values.forecast === true,
    ...journey,
    all: values.all === true,
  };
}

function parseScale(value: string | undefined): number {
  if (value === undefined) return 1;
  const scale = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(scale > 0) || scale > MAX_SCALE) {
    throw new UsageError(
      `--scale must be a number above 0 and at most ${MAX_SCALE} (got "${value}").`,
    );
  }
  return scale;
}

function parseStage(value: string): StageId {
  const key = value.trim().toLowerCase();
  const stage = STAGES.find(
    (s) => s.id === key || s.label.toLowerCase() === key || String(s.number) === key,
  );
  if (!stage) {
    throw new UsageError(
      `--stage must be one of ${STAGES.map((s) => s.id).join(', ')} (got "${value}").`,
    );
  }
  return stage.id;
}

function parseSeverity(value: string | undefined): Severity {
  if (value === undefined) return 'problem';
  const key = value.trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(key)) return key as Severity;
  throw new UsageError(`--fail-on must be ${SEVERITIES.join(', ')} (got "${value}").`);
}

function parseTheme(value: string | undefined): ThemeName {
  if (value === undefined) return 'light';
  const key = value.trim().toLowerCase();
  if (isThemeName(key)) return key;
  throw new UsageError(`--theme must be ${THEME_NAMES.join(', ')} (got "${value}").`);
}

function parseBackground(value: string | undefined): string {
  if (value === undefined) return 'theme';
  const key = value.trim().toLowerCase();
  if (key === 'theme' || key === 'white' || key === 'transparent' || isHexColor(key)) return key;
  throw new UsageError(
    `--background must be theme, white, transparent or a hex colour like #ffffff (got "${value}").`,
  );
}
