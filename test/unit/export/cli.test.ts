import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPng, pngSize } from '../../../shared/export';
import { parseJourneyFile } from '../../../shared/file/parse';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import { largeJourney } from './journeys';
import { cardOrigins, inLane, parseXml, repoRoot, walk } from './helpers';
import { getTheme } from '../../../shared/theme/tokens';
import { TEMPLATES } from '../../../shared/templates/catalog';

/** Runs the real CLI, as `npx cvj` does, through bin/cvj.js. */
function cvj(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repoRoot, 'bin/cvj.js'), ...args],
      { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, ms: performance.now() - started });
      },
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'cvj-cli-'));

describe.concurrent('cvj validate', () => {
  for (const file of [
    'test/fixtures/v1/full.cvj',
    'test/fixtures/v1/starter.cvj',
    'test/fixtures/export/eight-stages.cvj',
  ]) {
    it(`accepts ${file} with exit 0 and a one-line summary`, async () => {
      const { code, stdout, stderr } = await cvj('validate', file);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout.trim().split('\n')).toHaveLength(1);
      expect(stdout).toMatch(
        new RegExp(
          `^${file.replace(/\./g, '\\.')}: valid CVJ Studio journey ".+": \\d+ tactics?, \\d+ connections?, \\d+ custom tactics?\\.\\n$`,
        ),
      );
    }, 30_000);
  }

  const broken = readdirSync(join(repoRoot, 'test/fixtures/broken')).filter((f) =>
    f.endsWith('.cvj'),
  );
  for (const name of broken) {
    it(`rejects broken/${name} with exit 1 and the app's message`, async () => {
      const file = `test/fixtures/broken/${name}`;
      const expected = parseJourneyFile(readFileSync(join(repoRoot, file), 'utf8'));
      if (expected.ok) throw new Error(`${file} should be broken`);
      const { code, stdout, stderr } = await cvj('validate', file);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.split('\n')[0]).toBe(`${file}: ${expected.error.message}`);
    }, 30_000);
  }

  it('reports a missing file with exit 1', async () => {
    const { code, stderr } = await cvj('validate', 'nope/missing.cvj');
    expect(code).toBe(1);
    expect(stderr).toBe('nope/missing.cvj: no such file or folder.\n');
  }, 30_000);
});

describe('cvj and the app refuse the same oversized files', () => {
  // A real journey, padded with the whitespace JSON allows to 60 MB: the app refuses it from its
  // size (50 MB at most) before reading it, and so must the command line.
  const big = join(dir, 'sixty-megabytes.cvj');
  const message = `${big}: it is 60 MB, larger than the 50 MB a journey file may be. It is probably not a journey.\n`;
  beforeAll(() => {
    const journey = readFileSync(join(repoRoot, 'test/fixtures/v1/starter.cvj'), 'utf8');
    const size = 60 * 1024 * 1024;
    writeFileSync(big, journey + ' '.repeat(size - Buffer.byteLength(journey)));
  });
  afterAll(() => rmSync(big, { force: true }));

  it('cvj validate exits 1 with the app’s size message', async () => {
    const { code, stdout, stderr } = await cvj('validate', big);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  }, 30_000);

  it('cvj export exits 1 with the same message and writes nothing', async () => {
    const out = join(dir, 'sixty-megabytes.svg');
    const { code, stdout, stderr } = await cvj('export', big, '--out', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});

describe.concurrent('cvj usage errors exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /Name a command/],
    ['an unknown command', ['print', 'a.cvj'], /Unknown command "print"/],
    ['export without --out', ['export', 'a.cvj'], /--out/],
    ['an unknown format', ['export', 'a.cvj', '--out', 'a.jpg'], /must end in \.svg, \.png, \.pdf or \.pptx/],
    ['a bad scale', ['export', 'a.cvj', '--out', 'a.png', '--scale', '0'], /--scale must be/],
    ['a bad page size', ['export', 'a.cvj', '--out', 'a.pdf', '--page-size', 'a5'], /--page-size must be a4 or letter/],
    ['a report with --all', ['export', 'a.cvj', '--out', 'a.pptx', '--all'], /A report or a deck holds every journey/],
    [
      'an unknown stage',
      ['export', 'a.cvj', '--out', 'a.png', '--stage', 'sales'],
      /--stage must be one of aware/,
    ],
    ['check with a bad severity', ['check', 'a.cvj', '--fail-on', 'fatal'], /--fail-on must be problem, warning, tip \(got "fatal"\)/],
    ['check with an export option', ['check', 'a.cvj', '--out', 'x.svg'], /--out is an option of export, not of check/],
    ['--json on export', ['export', 'a.cvj', '--out', 'a.svg', '--json'], /--json is an option of check/],
    [
      'an unknown theme',
      ['export', 'a.cvj', '--out', 'a.png', '--theme', 'sepia'],
      /--theme must be light, dark, projector \(got "sepia"\)/,
    ],
    [
      'a bad background',
      ['export', 'a.cvj', '--out', 'a.png', '--background', 'red'],
      /--background must be/,
    ],
    ['an unknown option', ['validate', 'a.cvj', '--fast'], /Unknown option '--fast'/],
    [
      'an export option on validate',
      ['validate', 'a.cvj', '--out', 'x.svg'],
      /--out is an option of export/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`for ${what}`, async () => {
      const { code, stderr } = await cvj(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).toContain('Usage:');
    }, 30_000);
  }

  it('prints help with exit 0', async () => {
    const { code, stdout } = await cvj('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('cvj export <journey> --out <file.svg|file.png>');
  }, 30_000);
});

describe('cvj export of a 1,000-tactic journey', () => {
  const input = join(dir, 'large.cvj');
  beforeAll(() => {
    writeFileSync(input, serializeJourneyFile(largeJourney(1000)));
  });

  it('writes a well-formed SVG with every card', async () => {
    const out = join(dir, 'large.svg');
    const { code, stdout, stderr, ms } = await cvj('export', input, '--out', out);
    console.log(`cvj export 1,000 tactics to SVG: ${Math.round(ms)} ms`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Wrote .*large\.svg \(SVG, 2560 × \d+, 1,000 tactics, journey embedded\)\.\n$/,
    );
    const root = parseXml(readFileSync(out, 'utf8'));
    expect([...walk(root)].filter((e) => e.attributes.class === 'cvj-card')).toHaveLength(1000);
    expect((await cvj('validate', out)).code).toBe(0);
  }, 120_000);

  it('draws full.cvj with every card in its stage’s lane, as the app shows it', async () => {
    const file = 'test/fixtures/v1/full.cvj';
    const out = join(dir, 'full.svg');
    const { code } = await cvj('export', file, '--out', out);
    expect(code).toBe(0);
    const parsed = parseJourneyFile(readFileSync(join(repoRoot, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const origins = cardOrigins(readFileSync(out, 'utf8'));
    expect(origins).toHaveLength(parsed.journey.tactics.length);
    parsed.journey.tactics.forEach((t, i) =>
      expect(inLane(origins[i]!, t.stage), t.title).toBe(true),
    );
  }, 120_000);

  it('writes a PNG of the full size with the journey embedded', async () => {
    const out = join(dir, 'large.png');
    const { code, stdout, stderr, ms } = await cvj('export', input, '--out', out);
    console.log(`cvj export 1,000 tactics to PNG: ${Math.round(ms)} ms`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(isPng(bytes)).toBe(true);
    const size = pngSize(bytes);
    expect(size.width).toBe(2560);
    expect(size.height).toBeGreaterThan(16_000);
    expect(stdout).toContain(`(PNG, 2560 × ${size.height} px, 1,000 tactics, journey embedded)`);
    // Not blank: the image holds many colours, and it decodes.
    const png = PNG.sync.read(Buffer.from(bytes));
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 997) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(20);
    const validated = await cvj('validate', out);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain(
      '(embedded in a PNG image) "Large journey (1000 tactics)": 1,000 tactics',
    );
  }, 180_000);

  it('refuses a PNG beyond the size limit with the scale that would fit', async () => {
    const { code, stdout, stderr } = await cvj(
      'export',
      input,
      '--out',
      join(dir, 'huge.png'),
      '--scale',
      '2',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/At scale 2 this PNG would be 5,120 × [\d,]+ pixels/);
    expect(stderr).toMatch(/Export at scale 1\.9\d or smaller/);
  }, 60_000);
});

describe('cvj export options', () => {
  const input = 'test/fixtures/export/eight-stages.cvj';

  it('exports one stage on a transparent background', async () => {
    const out = join(dir, 'convert.png');
    const { code, stdout } = await cvj(
      'export',
      input,
      '--out',
      out,
      '--stage',
      'Convert',
      '--background',
      'transparent',
      '--scale',
      '2',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(PNG, 640 × \d+ px, 2 tactics, journey embedded\)/);
    const png = PNG.sync.read(readFileSync(out));
    expect(png.width).toBe(640);
    expect(png.data[3]).toBe(0);
  }, 60_000);

  it('draws in the theme --theme names: dark canvas and light card titles; a white projector PNG', async () => {
    const svgOut = join(dir, 'dark.svg');
    expect((await cvj('export', input, '--out', svgOut, '--theme', 'dark')).code).toBe(0);
    const svg = readFileSync(svgOut, 'utf8');
    const dark = getTheme('dark').colors;
    expect(svg).toMatch(new RegExp(`<rect width="\\d+" height="\\d+" fill="${dark.canvas}"/>`));
    // Card titles: light ink on the dark theme's card surface.
    expect(svg).toContain(`<text font-size="22" font-weight="700" fill="${dark.ink}">`);
    expect(svg).toContain(`fill="${dark.surface}"/>`);
    expect(svg).not.toContain(`fill="${getTheme('light').colors.surface}"/>`);
    const pngOut = join(dir, 'projector.png');
    expect((await cvj('export', input, '--out', pngOut, '--theme', 'Projector')).code).toBe(0);
    const png = PNG.sync.read(readFileSync(pngOut));
    // The top-left corner is the title band: the projector theme's canvas, pure white.
    expect([...png.data.subarray(0, 3)]).toEqual([255, 255, 255]);
  }, 60_000);

  it('leaves the journey out with --no-embed, so the image cannot be opened as a journey', async () => {
    const out = join(dir, 'plain.svg');
    expect((await cvj('export', input, '--out', out, '--no-embed')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('<metadata');
    const { code, stderr } = await cvj('validate', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/This SVG image holds no CVJ Studio journey/);
  }, 60_000);

  it('re-exports from an exported image', async () => {
    const png = join(dir, 'eight.png');
    expect((await cvj('export', input, '--out', png)).code).toBe(0);
    const svg = join(dir, 'again.svg');
    expect((await cvj('export', png, '--out', svg)).code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toBe(
      readFileSync(join(repoRoot, 'test/fixtures/export/eight-stages.svg'), 'utf8'),
    );
  }, 60_000);
});

describe('cvj check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cvj-check-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The SaaS template with its Excite cards taken out (as the e2e does): the Convert-to-Excite gap. */
  function brokenDown(): string {
    const parsed = parseJourneyFile(readFileSync(join(repoRoot, 'assets/templates/saas.cvj'), 'utf8'));
    if (!parsed.ok) throw new Error('fixture');
    const journey = parsed.journey;
    const excite = new Set(journey.tactics.filter((t) => t.stage === 'excite').map((t) => t.id));
    const broken = {
      ...journey,
      tactics: journey.tactics.filter((t) => !excite.has(t.id)),
      connections: journey.connections.filter((c) => !excite.has(c.source) && !excite.has(c.target)),
    };
    const file = join(dir, 'broken.cvj');
    writeFileSync(file, serializeJourneyFile(broken));
    return file;
  }

  it('prints the findings and exits 1 on a problem; --json has the documented shape', async () => {
    const file = brokenDown();
    const text = await cvj('check', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/health \d+\/100/);
    expect(text.stdout).toContain('problem Convert-to-Excite gap: people take the entry-point offer');
    const json = await cvj('check', file, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['score', 'stages', 'findings']);
    expect(report.stages).toHaveLength(8);
    expect((report.stages as object[])[0]).toEqual({ stage: 'aware', score: expect.any(Number) });
    const gap = (report.findings as Record<string, unknown>[]).find((f) => f.rule === 'convert-excite-gap');
    expect(Object.keys(gap!)).toEqual(['rule', 'severity', 'message', 'stages', 'tactics']);
    expect(gap).toMatchObject({ severity: 'problem', stages: ['convert', 'excite'] });
  }, 60_000);

  it('exits 0 when nothing reaches --fail-on (default: problem), 1 when warnings or tips are asked for', async () => {
    // The eight-stage fixture has warnings (two flagged connections) and tips, no problem.
    const file = join(repoRoot, 'test/fixtures/export/eight-stages.cvj');
    const plain = await cvj('check', file);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('0 problems, 2 warnings, 2 tips.');
    expect((await cvj('check', file, '--fail-on', 'problem')).code).toBe(0);
    const warnings = await cvj('check', file, '--fail-on', 'warning');
    expect(warnings.code).toBe(1);
    expect(warnings.stdout).toContain('(failing on warning or worse)');
    expect((await cvj('check', file, '--fail-on', 'tip')).code).toBe(1);
  }, 60_000);

  it('exits 2 when the file cannot be read', async () => {
    const missing = await cvj('check', join(dir, 'nope.cvj'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.cvj: /);
    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, '{ not json');
    expect((await cvj('check', broken)).code).toBe(2);
  }, 60_000);
});


describe('cvj templates and cvj new', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cvj-new-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the shipped templates, id first', async () => {
    const { code, stdout } = await cvj('templates');
    expect(code).toBe(0);
    const ids = stdout.trim().split('\n').map((line) => line.split(/\s+/)[0]);
    expect(ids).toEqual(TEMPLATES.map((t) => t.id));
    expect(stdout).toContain(TEMPLATES[0]!.description);
  }, 60_000);

  it('writes a new journey from each template, which checks clean; never over an existing file', async () => {
    for (const t of TEMPLATES) {
      const out = join(dir, `${t.id}.cvj`);
      const made = await cvj('new', '--template', t.id, '--out', out);
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout).toContain(`from the ${t.id} template`);
      const parsed = parseJourneyFile(readFileSync(out, 'utf8'));
      expect(parsed.ok).toBe(true);
      const template = parseJourneyFile(readFileSync(join(repoRoot, `assets/templates/${t.id}.cvj`), 'utf8'));
      if (!parsed.ok || !template.ok) throw new Error('unreadable');
      expect(parsed.journey.id).not.toBe(template.journey.id);
      expect(parsed.journey.tactics).toEqual(template.journey.tactics);
      expect((await cvj('check', out)).code).toBe(0);
    }
    const again = await cvj('new', '--template', TEMPLATES[0]!.id, '--out', join(dir, `${TEMPLATES[0]!.id}.cvj`));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; cvj new does not replace a file/);
    const unknown = await cvj('new', '--template', 'nope', '--out', join(dir, 'x.cvj'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No template "nope"/);
    expect(existsSync(join(dir, 'x.cvj'))).toBe(false);
    expect((await cvj('new', '--out', join(dir, 'y.cvj'))).code).toBe(2);
    expect((await cvj('new', '--template', 'saas', '--out', join(dir, 'y.txt'))).code).toBe(2);
  }, 120_000);
});

describe('cvj forecast', () => {
  const worked = join(repoRoot, 'test/fixtures/forecast/worked-example.cvj');

  it('prints the totals and the levers of the worked example (docs/forecast.md)', async () => {
    const { code, stdout } = await cvj('forecast', worked);
    expect(code).toBe(0);
    expect(stdout).toContain('Forecast, per month, in USD:');
    expect(stdout).toContain('revenue $10,296 · cost $2,100 · profit $8,196 · ROI 390.3 %');
    expect(stdout).toContain('people reached 10,002 · leads 500 · customers 50');
    expect(stdout).toContain('Pro plan, yearly value +10 % ⇒ +$995 / month');
  }, 60_000);

  it('--json has the documented shape, unknown numbers as null', async () => {
    const json = JSON.parse((await cvj('forecast', worked, '--json')).stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['currency', 'period', 'stages', 'tactics', 'totals', 'levers', 'unbounded']);
    expect(json).toMatchObject({ currency: 'USD', period: 'month', unbounded: false });
    expect((json.stages as object[])[0]).toEqual({ stage: 'aware', people: expect.any(Number), revenue: 0, cost: 2000 });
    expect(Object.keys((json.tactics as object[])[0]!)).toEqual(['id', 'title', 'stage', 'people', 'revenue', 'cost']);
    expect(Object.keys(json.totals as object)).toEqual(['people', 'leads', 'customers', 'revenue', 'cost', 'profit', 'roi']);
    expect((json.levers as object[])[0]).toEqual({ target: expect.stringMatching(/\+10 %$/), gain: expect.any(Number) });
    const missing = JSON.parse((await cvj('forecast', join(repoRoot, 'test/fixtures/forecast/missing.cvj'), '--json')).stdout) as {
      totals: Record<string, unknown>;
      levers: unknown[];
    };
    expect(missing.totals.revenue).toBeNull();
    expect(missing.levers).toEqual([]);
    const loop = JSON.parse((await cvj('forecast', join(repoRoot, 'test/fixtures/forecast/loop-unbounded.cvj'), '--json')).stdout) as { unbounded: boolean };
    expect(loop.unbounded).toBe(true);
  }, 60_000);

  it('--csv prints the per-tactic table; usage mistakes exit 2, an unreadable file 1', async () => {
    const csv = await cvj('forecast', join(repoRoot, 'test/fixtures/forecast/split.cvj'), '--csv');
    expect(csv.stdout.split('\n')).toEqual([
      'stage,title,people,revenue,cost',
      'Aware,Ads,1000,,',
      'Engage,Webinar,500,,',
      'Convert,Demo,150,15000,',
      'Convert,Trial,50,500,',
      'Convert,Coupon,100,500,',
      '',
    ]);
    expect((await cvj('forecast', worked, '--json', '--csv')).code).toBe(2);
    expect((await cvj('forecast', worked, '--out', 'x.svg')).stderr).toMatch(/--out is not an option of forecast/);
    expect((await cvj('forecast', join(dir, 'nope.cvj'))).code).toBe(1);
  }, 60_000);
});
