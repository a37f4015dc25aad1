import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckPptx, reportPdf } from '../../../cli/deliverables';
import { readJourneyBytes } from '../../../shared/export/open';
import { parseJourneyFile } from '../../../shared/file/parse';
import { serializeJourneySet } from '../../../shared/file/serialize';
import { journeysInOrder } from '../../../shared/model/journeySet';
import type { JourneySet } from '../../../shared/model/types';
import { pageSizeForLocale } from '../../../shared/report/pdf';
import { deckSlides, deliverableOf, reportPages } from '../../../shared/report/structure';

/**
 * Issue 17: the PDF report and the PowerPoint deck, checked with tools other than ours: poppler
 * (pdfinfo, pdftotext, pdffonts), qpdf, and LibreOffice Impress converting the deck to PDF. They
 * come from Debian (scripts/install-test-deps.sh installs them for `npm test` and CI).
 */

const NOW = new Date('2026-12-06T12:00:00Z');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cvj-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(path: string): { set: JourneySet; text: string } {
  const text = readFileSync(path, 'utf8');
  const parsed = parseJourneyFile(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { set: parsed.set, text: serializeJourneySet(parsed.set, { extra: parsed.file }) };
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every part of the package parsed as strict XML (throws on the first error). */
async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => {
      throw new Error(`${name}: ${error.message}`);
    });
    parser.write(xml).close();
    parts.set(name, xml);
  }
  return parts;
}

/** The text runs of the slides (<a:t>), entities decoded, slide by slide. */
function slideTexts(parts: Map<string, string>): string[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...parts.entries()]
    .filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort(([a], [b]) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
    .map(([, xml]) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(' '));
}

function libreOfficePages(pptx: string): number {
  const out = join(dir, 'lo');
  const result = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, pptx], { encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  const pdf = join(out, pptx.split('/').pop()!.replace(/\.pptx$/, '.pdf'));
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);
}

for (const [name, path] of [
  ['the v1 full fixture', 'test/fixtures/v1/full.cvj'],
  ['the SaaS template', 'assets/templates/saas.cvj'],
  ['the two-persona v2 fixture', 'test/fixtures/v2/full.cvj'],
] as const) {
  describe(`deliverables of ${name}`, () => {
    const { set, text } = open(path);
    const journeys = journeysInOrder(set);
    const d = deliverableOf(set, { now: NOW, locale: 'en-GB' });
    const pdfPath = () => join(dir, `${name}.pdf`);
    const pptxPath = () => join(dir, `${name}.pptx`);

    it('PDF report: pages as designed, every title and note as real text, fonts embedded, valid, metadata, the journeys attached', async () => {
      const bytes = await reportPdf(set, { embedText: text, now: NOW, locale: 'en-GB' });
      writeFileSync(pdfPath(), bytes);
      const info = run('pdfinfo', [pdfPath()]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(reportPages(d).length);
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      expect(info).toContain(`Title:           ${d.title}`);
      expect(info).toMatch(/Creator:\s+CVJ Studio/);
      const words = squash(run('pdftotext', ['-enc', 'UTF-8', pdfPath(), '-']));
      for (const t of journeys.flatMap((j) => j.tactics)) {
        expect(words).toContain(squash(t.title));
        if (t.notes.trim()) expect(words).toContain(squash(t.notes));
      }
      const fonts = run('pdffonts', [pdfPath()]).split('\n').slice(2).filter((l) => l.trim());
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/Inter-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes/);
      expect(spawnSync('qpdf', ['--check', pdfPath()]).status).toBe(0);
      expect(run('pdfdetach', ['-list', pdfPath()])).toContain('journey.cvj');
      const back = readJourneyBytes(bytes);
      expect(back.ok && back.source).toBe('pdf');
      expect(back.ok && back.set).toEqual(set);
    });

    it('PowerPoint deck: well-formed XML, the designed slides, every title as slide text, native tables, LibreOffice converts it page for slide, the journeys inside', async () => {
      const bytes = await deckPptx(set, { embedText: text, now: NOW, locale: 'en-GB' });
      writeFileSync(pptxPath(), bytes);
      const parts = await xmlParts(bytes);
      const slides = slideTexts(parts);
      expect(slides).toHaveLength(deckSlides(d).length);
      const all = squash(slides.join(' '));
      for (const t of journeys.flatMap((j) => j.tactics)) expect(all).toContain(squash(t.title));
      // Stage slides hold tables (a:tbl), not pictures of them.
      const stageSlides = [...parts.entries()].filter(([n, xml]) => /slides\/slide\d+\.xml$/.test(n) && xml.includes('<a:tbl>'));
      const stagesWithTactics = d.journeys.flatMap((j) => j.stages).filter((s) => s.tactics.length > 0).length;
      expect(stageSlides.length).toBeGreaterThanOrEqual(stagesWithTactics);
      expect(libreOfficePages(pptxPath())).toBe(slides.length);
      const back = readJourneyBytes(bytes);
      expect(back.ok && back.source).toBe('pptx');
      expect(back.ok && back.set).toEqual(set);
    }, 120_000);
  });
}

describe('hostile text in a report and a deck', () => {
  const { set } = open('test/fixtures/v1/full.cvj');
  const first = journeysInOrder(set)[0]!;
  const markup = '<script>alert(1)</script> & </a:t><a:t>injected';
  const hostile: JourneySet = {
    ...set,
    journeys: Object.assign(Object.create(null) as Record<string, typeof first>, {
      [first.id]: {
        ...first,
        title: `${markup}\u0000\u0007\u001b[31m`,
        tactics: first.tactics.map((t, i) => (i === 0 ? { ...t, title: markup, notes: 'x'.repeat(100_000) } : i === 1 ? { ...t, title: 'y'.repeat(100_000) } : t)),
      },
    }),
  };

  it('PDF: valid, the markup shown as text, 100,000 characters of notes in full', async () => {
    const bytes = await reportPdf(hostile, { now: NOW, locale: 'en-GB' });
    const path = join(dir, 'hostile.pdf');
    writeFileSync(path, bytes);
    expect(spawnSync('qpdf', ['--check', path]).status).toBe(0);
    const words = run('pdftotext', ['-enc', 'UTF-8', path, '-']);
    expect(squash(words)).toContain('<script>alert(1)</script> &');
    expect(words.replace(/[^x]/g, '').length).toBeGreaterThanOrEqual(100_000);
  }, 60_000);

  it('PPTX: well-formed, the markup escaped as text (no extra run), LibreOffice still converts it', async () => {
    const bytes = await deckPptx(hostile, { now: NOW, locale: 'en-GB' });
    const path = join(dir, 'hostile.pptx');
    writeFileSync(path, bytes);
    const parts = await xmlParts(bytes);
    const slides = slideTexts(parts);
    expect(slides.join(' ')).toContain(markup);
    for (const xml of parts.values()) {
      expect(xml).not.toContain('<script>');
      // eslint-disable-next-line no-control-regex -- looking for exactly these characters
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    }
    expect(libreOfficePages(path)).toBe(slides.length);
  }, 120_000);
});

describe('page size', () => {
  it('Letter where Letter is the norm, A4 elsewhere', () => {
    expect(pageSizeForLocale('en-US')).toBe('LETTER');
    expect(pageSizeForLocale('es-MX')).toBe('LETTER');
    expect(pageSizeForLocale('en-GB')).toBe('A4');
    expect(pageSizeForLocale('de-DE')).toBe('A4');
    expect(pageSizeForLocale('not a locale')).toBe('A4');
  });
  it('the report takes the size asked for', async () => {
    const { set } = open('test/fixtures/v1/starter.cvj');
    const path = join(dir, 'letter.pdf');
    writeFileSync(path, await reportPdf(set, { now: NOW, pageSize: 'LETTER' }));
    expect(run('pdfinfo', [path])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});

describe('cvj export --out report.pdf / deck.pptx, then cvj validate', () => {
  it('writes each, says so, and validate reads every journey back out of them', async () => {
    const { main } = await import('../../../cli/cvj');
    for (const ext of ['pdf', 'pptx']) {
      const out = join(dir, `cli.${ext}`);
      const lines: string[] = [];
      const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      expect(await main(['export', 'test/fixtures/v2/full.cvj', '--out', out], io)).toBe(0);
      expect(lines.at(-1)).toMatch(new RegExp(`^Wrote .*cli\\.${ext} \\((PDF report|PowerPoint deck), 2 journeys, journey embedded\\)\\.$`));
      lines.length = 0;
      expect(await main(['validate', out], io)).toBe(0);
      expect(lines.join('\n')).toContain(`(embedded in ${ext === 'pdf' ? 'a PDF report' : 'a PowerPoint deck'}) "Acme Coffee Roasters" with 2 journeys`);
    }
    // --no-embed: a report that holds no journey says so when opened.
    const bare = join(dir, 'bare.pdf');
    const io = { out: () => {}, err: () => {} };
    expect(await main(['export', 'test/fixtures/v2/full.cvj', '--out', bare, '--no-embed', '--journey', '2'], io)).toBe(0);
    const back = readJourneyBytes(new Uint8Array(readFileSync(bare)));
    expect(back.ok).toBe(false);
    expect(!back.ok && back.error.message).toMatch(/This PDF holds no CVJ Studio journey/);
  }, 60_000);
});
