import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTemplateFiles, TEMPLATE_DIR } from '../../../scripts/generate-templates';
import { parseJourneyFile } from '../../../shared/file/parse';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import { analyseJourney } from '../../../shared/model/health';
import { cardFitsLane, stageOfCard } from '../../../shared/model/layout';
import { getLibraryTactic } from '../../../shared/model/library';
import { connectionFlow, isFlagged } from '../../../shared/model/selectors';
import { stageIndex } from '../../../shared/model/stages';
import type { Journey } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import { TEMPLATES } from '../../../shared/templates/catalog';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = join(repoRoot, TEMPLATE_DIR);

function readTemplate(id: string): { text: string; journey: Journey } {
  const text = readFileSync(join(dir, `${id}.cvj`), 'utf8');
  const parsed = parseJourneyFile(text);
  if (!parsed.ok) throw new Error(`${id}.cvj does not parse: ${parsed.error.message}`);
  return { text, journey: parsed.journey };
}

describe('template catalog', () => {
  it('lists seven templates with unique ids, names and one-line descriptions', () => {
    expect(TEMPLATES).toHaveLength(7);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.name.trim()).not.toBe('');
      expect(t.description.trim()).not.toBe('');
      expect(t.description.length).toBeLessThanOrEqual(110);
      expect(t.description).not.toMatch(/\n/);
    }
  });

  it('matches the files in assets/templates exactly', () => {
    const files = readdirSync(dir).sort();
    expect(files).toEqual(TEMPLATES.map((t) => `${t.id}.cvj`).sort());
  });

  it('is up to date with the generator (run `npx tsx scripts/generate-templates.ts`)', () => {
    const built = buildTemplateFiles();
    expect([...built.keys()]).toEqual(TEMPLATES.map((t) => t.id));
    for (const [id, text] of built) {
      expect(readFileSync(join(dir, `${id}.cvj`), 'utf8'), `${id}.cvj`).toBe(text);
    }
    // A second build gives the very same bytes: nothing depends on the time or chance.
    expect(buildTemplateFiles()).toEqual(built);
  });
});

describe.each(TEMPLATES.map((t) => [t.id]))('template %s', (id) => {
  it('exists and parses with no warnings; saving it again gives the same bytes', () => {
    expect(existsSync(join(dir, `${id}.cvj`))).toBe(true);
    const text = readFileSync(join(dir, `${id}.cvj`), 'utf8');
    const parsed = parseJourneyFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.warnings).toEqual([]);
    expect(serializeJourneyFile(parsed.journey, { extra: parsed.file })).toBe(text);
  });

  it('has a specific title and fixed timestamps', () => {
    const { journey } = readTemplate(id);
    expect(journey.title).toMatch(/ — /);
    expect(journey.meta).toEqual({
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
    });
    expect(journey.customTactics).toEqual([]);
    expect(journey.dismissedFindings).toBeUndefined();
  });

  it('has two or three tactics in every stage, each titled, noted and in its lane', () => {
    const { journey } = readTemplate(id);
    for (const stage of STAGE_IDS) {
      const here = journey.tactics.filter((t) => t.stage === stage);
      expect(here.length, stage).toBeGreaterThanOrEqual(2);
      expect(here.length, stage).toBeLessThanOrEqual(3);
      const kinds = here.map((t) => t.kind).filter((k) => k !== 'custom');
      expect(new Set(kinds).size, `${stage}: a library tactic twice`).toBe(kinds.length);
    }
    for (const t of journey.tactics) {
      expect(t.title.trim(), t.id).not.toBe('');
      expect(t.title.length, t.title).toBeLessThanOrEqual(40);
      expect(t.notes.trim(), t.title).not.toBe('');
      if (t.kind !== 'custom') expect(getLibraryTactic(t.kind)?.stage, t.title).toBe(t.stage);
      expect(stageOfCard(t.position), t.title).toBe(t.stage);
      expect(cardFitsLane(t.position.x, t.stage), t.title).toBe(true);
      if (t.status === 'planned' || t.status === 'live')
        expect(t.owner?.trim(), t.title).toBeTruthy();
    }
  });

  it('leads from stage to stage with no flagged connection, and loops Promote → Aware', () => {
    const { journey } = readTemplate(id);
    const byId = new Map(journey.tactics.map((t) => [t.id, t]));
    for (const c of journey.connections) {
      expect(byId.has(c.source) && byId.has(c.target), c.id).toBe(true);
      expect(isFlagged(connectionFlow(journey, c)), c.id).toBe(false);
    }
    const loops = journey.connections.filter(
      (c) => byId.get(c.source)?.stage === 'promote' && byId.get(c.target)?.stage === 'aware',
    );
    expect(loops.length).toBeGreaterThan(0);

    for (const t of journey.tactics) {
      const out = journey.connections.filter((c) => c.source === t.id);
      const into = journey.connections.filter((c) => c.target === t.id);
      expect(out.length + into.length, `${t.title} is connected to nothing`).toBeGreaterThan(0);
      if (t.stage === 'promote') {
        // Every Promote tactic sends new people back to the start.
        expect(
          out.some((c) => byId.get(c.target)?.stage === 'aware'),
          t.title,
        ).toBe(true);
      } else {
        // Every other tactic leads onward to a later stage.
        const onward = out.some((c) => stageIndex(byId.get(c.target)!.stage) > stageIndex(t.stage));
        expect(onward, `${t.title} leads nowhere onward`).toBe(true);
      }
      if (t.stage !== 'aware') {
        expect(into.length, `nothing leads to ${t.title}`).toBeGreaterThan(0);
      }
    }
  });

  it('is healthy: no problem and no warning', () => {
    const { journey } = readTemplate(id);
    const findings = analyseJourney(journey).findings;
    expect(findings.filter((f) => f.severity === 'problem')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
});
