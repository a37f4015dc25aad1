import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJourneyBytes } from '../../../shared/export';
import { parseCommand as parseArgs } from '../../../cli/args';
import { journeyOutPaths, pickJourney } from '../../../cli/journeys';
import { parseJourneyFile } from '../../../shared/file/parse';
import { journeysInOrder } from '../../../shared/model/journeySet';
import { repoRoot } from './helpers';

/** Runs the real CLI, as `npx cvj` does, through bin/cvj.js. */
function cvj(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repoRoot, 'bin/cvj.js'), ...args], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const TWO = 'test/fixtures/v2/full.cvj';
const dir = mkdtempSync(join(tmpdir(), 'cvj-journeys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const set = (() => {
  const parsed = parseJourneyFile(readFileSync(join(repoRoot, TWO), 'utf8'));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.set;
})();
const [cafe, home] = journeysInOrder(set);

describe('choosing a journey (--journey)', () => {
  it('by number, by title in any case, the first by default; refusals say what the file holds', () => {
    expect(pickJourney(set, undefined)).toMatchObject({ ok: true, number: 1, journey: { id: cafe!.id } });
    expect(pickJourney(set, '2')).toMatchObject({ ok: true, number: 2, journey: { id: home!.id } });
    expect(pickJourney(set, `  ${home!.title.toUpperCase()} `)).toMatchObject({ ok: true, number: 2 });
    expect(pickJourney(set, '3')).toEqual({ ok: false, message: `there is no journey 3: the file holds 1 "${cafe!.title}", 2 "${home!.title}".` });
    expect(pickJourney(set, 'Nobody')).toMatchObject({ ok: false, message: expect.stringContaining('no journey is titled "Nobody"') });
    const twins = { ...set, journeys: { ...set.journeys, [home!.id]: { ...home!, title: cafe!.title } } };
    expect(pickJourney(twins, cafe!.title)).toMatchObject({ ok: false, message: expect.stringContaining('numbers 1, 2') });
  });

  it('--all names each image after its journey, in characters every file system takes', () => {
    const journeys = [
      { ...cafe!, title: 'Buyer: "today" / <draft>' },
      { ...home!, title: 'Buyer: "today" / <draft>' },
      { ...home!, title: '\u0000' },
    ];
    expect(journeyOutPaths(join('out', 'acme.svg'), journeys)).toEqual([
      join('out', 'acme - Buyer today draft 1.svg'),
      join('out', 'acme - Buyer today draft 2.svg'),
      join('out', 'acme - journey 3.svg'),
    ]);
  });

  it('usage: --journey only where it applies, --all only for export, never both', () => {
    expect(() => parseArgs(['validate', TWO, '--journey', '1'])).toThrow('--journey is an option of export, check and forecast.');
    expect(() => parseArgs(['check', TWO, '--all'])).toThrow('--all is an option of export.');
    expect(() => parseArgs(['export', TWO, '--out', 'a.svg', '--all', '--journey', '2'])).toThrow('export takes --journey or --all, not both.');
    expect(() => parseArgs(['forecast', TWO, '--journey', ' '])).toThrow("--journey needs a journey's title or number");
    expect(parseArgs(['forecast', TWO, '--journey', 'Home', '--json'])).toMatchObject({ kind: 'forecast', journey: 'Home', output: 'json' });
  });
});

describe.concurrent('the CLI on a file of several journeys', () => {
  it('validate summarises every journey, with its persona', async () => {
    const { code, stdout, stderr } = await cvj('validate', TWO);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toEqual([
      `${TWO}: valid CVJ Studio file "Acme Coffee Roasters" with 2 journeys:`,
      `  1. "${cafe!.title}" (persona: Café owner): ${cafe!.tactics.length} tactics, ${cafe!.connections.length} connections, 1 custom tactic.`,
      `  2. "${home!.title}" (persona: Home brewer): 3 tactics, 2 connections, 0 custom tactics.`,
    ]);
  }, 30_000);

  it('check and forecast take --journey; without it, the first, with a note on stderr', async () => {
    const first = await cvj('forecast', TWO, '--json');
    expect(first.stderr).toContain('note: the file holds 2 journeys; this is the first');
    const second = await cvj('forecast', TWO, '--journey', '2', '--json');
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(JSON.parse(second.stdout).currency).toBe('EUR');
    expect(JSON.parse(first.stdout).tactics).not.toEqual(JSON.parse(second.stdout).tactics);
    const check = await cvj('check', TWO, '--journey', home!.title, '--json');
    expect(JSON.parse(check.stdout).findings.length).toBeGreaterThan(0);
    const wrong = await cvj('check', TWO, '--journey', '9');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('there is no journey 9');
  }, 30_000);

  it('export --journey draws that journey; every image embeds the whole file', async () => {
    const out = join(dir, 'home.svg');
    const { code, stdout } = await cvj('export', TWO, '--journey', '2', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('3 tactics, journey embedded');
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain(`<title>${home!.title.replace(/—/g, '—')}</title>`);
    const back = readJourneyBytes(new Uint8Array(readFileSync(out)));
    expect(back.ok && back.set.order).toEqual(set.order);
  }, 30_000);

  it('export --all writes one image per journey, named after it', async () => {
    const folder = mkdtempSync(join(dir, 'all-'));
    const { code, stdout } = await cvj('export', TWO, '--all', '--out', join(folder, 'acme.png'));
    expect(code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([`acme - ${cafe!.title}.png`, `acme - ${home!.title}.png`].sort());
    expect(stdout.trim().split('\n')).toHaveLength(2);
  }, 60_000);

  it('a version 1 file: one journey, as before', async () => {
    const v1 = join(dir, 'old.cvj');
    writeFileSync(v1, readFileSync(join(repoRoot, 'test/fixtures/v1/starter.cvj')));
    const { code, stderr } = await cvj('forecast', v1);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 30_000);
});
