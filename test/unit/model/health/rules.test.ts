import { describe, expect, it } from 'vitest';
import { analyseJourney, HEALTH_RULES } from '../../../../shared/model/health';
import type { RuleId } from '../../../../shared/model/health';
import { healthContext } from '../../../../shared/model/health/context';
import type { Journey } from '../../../../shared/model/types';
import { dismissFinding, restoreFinding } from '../../../../shared/model/commands';
import { parseJourneyFile } from '../../../../shared/file/parse';
import { serializeJourneyFile } from '../../../../shared/file/serialize';
import { healthy, journey } from './build';

/** The findings of one rule only. */
function check(rule: RuleId, doc: Journey) {
  return HEALTH_RULES.find((r) => r.id === rule)!.check(healthContext(doc));
}

describe('journey health: a healthy journey', () => {
  it('has no finding and scores 100 in every stage', () => {
    const report = analyseJourney(healthy());
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.stages.every((s) => s.score === 100)).toBe(true);
  });
});

describe('each rule, on a journey that triggers it and one that does not', () => {
  it('empty-stage: names the empty stage (Convert, Ascend and a post-Convert Excite excepted)', () => {
    const doc = journey({ aware: ['aware.seo'], convert: ['convert.demo'] });
    const found = check('empty-stage', doc);
    expect(found.map((f) => f.stages)).toEqual([['engage'], ['subscribe'], ['advocate'], ['promote']]);
    expect(found[0]!.message).toBe(
      'Nothing at Engage yet: no tactic where the person consumes the content; starts to like and trust the business.',
    );
    expect(check('empty-stage', healthy())).toEqual([]);
  });

  it('dead-end: a stage that leads nowhere while later stages have tactics', () => {
    const doc = journey({ aware: ['aware.seo'], engage: ['engage.blog-posts'], subscribe: ['subscribe.form'] }, [
      ['aware-1', 'engage-1'],
    ]);
    const found = check('dead-end', doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', stages: ['engage'], tactics: ['engage-1'] });
    expect(found[0]!.message).toBe(
      'Engage is a dead end: none of its tactics leads on to a later stage, though Subscribe has tactics.',
    );
    // A backward link is not "onward"; the last stage with tactics is never a dead end.
    const back = journey({ aware: ['aware.seo'], engage: ['engage.blog-posts'] }, [['engage-1', 'aware-1']]);
    expect(check('dead-end', back).map((f) => f.stages)).toEqual([['aware']]);
    expect(check('dead-end', healthy())).toEqual([]);
  });

  it('unconnected: cards with no connection at all', () => {
    const doc = journey({ aware: ['aware.seo', 'aware.blogging'], engage: ['engage.blog-posts'] }, [['aware-1', 'engage-1']]);
    const [f] = check('unconnected', doc);
    expect(f).toMatchObject({ tactics: ['aware-2'], stages: ['aware'] });
    expect(f!.message).toBe('A card is connected to nothing: “aware 2”. Connect it to show where it fits in the journey.');
    expect(check('unconnected', journey({ aware: ['aware.seo'] }))).toEqual([]);
  });

  it('flagged-connection: skips of several stages and backward links, not the loop', () => {
    const doc = journey({ aware: ['aware.seo'], convert: ['convert.demo'], promote: ['promote.referral-program'] }, [
      ['aware-1', 'convert-1'],
      ['convert-1', 'aware-1'],
      ['promote-1', 'aware-1'],
    ]);
    const found = check('flagged-connection', doc);
    expect(found.map((f) => f.connections)).toEqual([['aware-1>convert-1'], ['convert-1>aware-1']]);
    expect(found[0]!.message).toMatch(/^Jumps from Aware to Convert, skipping 2 stages/);
    expect(found[1]!.message).toMatch(/^Runs backward from Convert to Aware/);
  });

  it('no-entry-offer: Convert without a Convert kind (custom tactics of Convert count)', () => {
    expect(check('no-entry-offer', journey({ aware: ['aware.seo'] }))[0]).toMatchObject({ severity: 'problem', stages: ['convert'] });
    const wrongKind = journey({ convert: ['engage.case-studies'] });
    expect(check('no-entry-offer', wrongKind)[0]!.message).toMatch(/^Convert has no entry-point offer/);
    expect(check('no-entry-offer', journey({ convert: ['convert.consultation'] }))).toEqual([]);
    const custom = journey({ convert: ['custom.walkthrough'] });
    custom.customTactics = [{ id: 'custom.walkthrough', name: 'Walkthrough', stage: 'convert', icon: 'star', color: '#123456' }];
    expect(check('no-entry-offer', custom)).toEqual([]);
    // A plain custom card the strategist wrote at Convert is their entry-point offer.
    expect(check('no-entry-offer', journey({ convert: ['custom'] }))).toEqual([]);
    expect(check('other-stage-tactic', journey({ convert: ['custom'] }))).toEqual([]);
  });

  it('no-core-offer: nothing at Ascend', () => {
    expect(check('no-core-offer', journey({ aware: ['aware.seo'] }))[0]).toMatchObject({
      severity: 'problem',
      stages: ['ascend'],
      message: 'Nothing at Ascend: no core offer, so no profit (the entry-point offer at Convert rarely pays for itself).',
    });
    expect(check('no-core-offer', journey({ ascend: ['custom'] }))).toEqual([]);
  });

  it('no-loop: no Promote → Aware connection', () => {
    const doc = journey({ aware: ['aware.seo'], promote: ['promote.referral-program'] });
    expect(check('no-loop', doc)[0]).toMatchObject({ stages: ['aware', 'promote'], tactics: ['promote-1'] });
    expect(check('no-loop', healthy())).toEqual([]);
  });

  it('no-lead-magnet: Subscribe with tactics but no lead magnet', () => {
    expect(check('no-lead-magnet', journey({ subscribe: ['subscribe.form'] }))[0]).toMatchObject({ tactics: ['subscribe-1'] });
    expect(check('no-lead-magnet', journey({ aware: ['aware.seo'] }))).toEqual([]);
    expect(check('no-lead-magnet', journey({ subscribe: ['subscribe.form', 'subscribe.lead-magnet'] }))).toEqual([]);
  });

  it('convert-excite-gap: Convert has tactics, Excite none', () => {
    const doc = journey({ convert: ['convert.tripwire', 'convert.coupon'] });
    expect(check('convert-excite-gap', doc)[0]).toMatchObject({
      severity: 'problem',
      stages: ['convert', 'excite'],
      tactics: ['convert-1', 'convert-2'],
    });
    expect(check('convert-excite-gap', journey({ aware: ['aware.seo'] }))).toEqual([]);
  });

  it('no-owner: planned or live tactics without an owner', () => {
    const doc = journey({
      aware: [{ kind: 'aware.seo', status: 'live' }, { kind: 'aware.blogging', status: 'planned', owner: 'Ana' }],
      engage: [{ kind: 'engage.blog-posts', status: 'idea' }, { kind: 'engage.website', status: 'planned', owner: '  ' }],
    });
    expect(check('no-owner', doc)[0]).toMatchObject({ severity: 'tip', tactics: ['aware-1', 'engage-2'] });
  });

  it('duplicate-tactic: the same library tactic twice in a stage', () => {
    const doc = journey({ aware: ['aware.seo', 'aware.seo', 'aware.blogging', 'custom', 'custom'], engage: ['aware.seo'] });
    const found = check('duplicate-tactic', doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ tactics: ['aware-1', 'aware-2'], message: 'SEO is in Aware 2 times: merge the cards, or rename them to say how they differ.' });
  });

  it('other-stage-tactic: a library tactic in another lane, as a tip', () => {
    const found = check('other-stage-tactic', journey({ engage: [{ kind: 'aware.seo', title: 'Local SEO' }] }));
    expect(found).toEqual([
      expect.objectContaining({ severity: 'tip', message: '“Local SEO” is in Engage; SEO usually belongs to Aware.' }),
    ]);
  });
});

describe('scores and dismissals', () => {
  it('takes 40, 15 and 5 points off each stage a problem, warning or tip names; the journey is the mean', () => {
    const doc = healthy();
    doc.tactics = doc.tactics.filter((t) => t.stage !== 'excite');
    doc.connections = doc.connections.filter((c) => !c.source.startsWith('excite') && !c.target.startsWith('excite'));
    const report = analyseJourney(doc);
    expect(report.findings.map((f) => f.rule)).toEqual(['convert-excite-gap', 'dead-end']);
    // Convert: the gap (40) and its dead end (15); Excite: empty, and the gap names it.
    expect(report.stages.find((s) => s.stage === 'convert')!.score).toBe(45);
    expect(report.stages.find((s) => s.stage === 'excite')!.score).toBe(0);
    expect(report.score).toBe(Math.round((6 * 100 + 45 + 0) / 8));
    const tipOnly = healthy();
    tipOnly.tactics.push({ ...tipOnly.tactics.find((t) => t.stage === 'engage')!, id: 'moved', stage: 'advocate' });
    tipOnly.connections.push({ id: 'c-moved', source: 'moved', target: tipOnly.tactics.find((t) => t.stage === 'promote')!.id });
    const tipped = analyseJourney(tipOnly);
    expect(tipped.findings.map((f) => [f.rule, f.severity])).toEqual([['other-stage-tactic', 'tip']]);
    expect(tipped.stages.find((s) => s.stage === 'advocate')!.score).toBe(95);
  });

  it('scores an empty stage 0 while a finding names it, so an empty journey scores 0', () => {
    const empty = analyseJourney(journey({}));
    expect(empty.stages.map((s) => s.score)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(empty.score).toBe(0);
    // Excite empty after a Convert: the gap names it, so it scores 0 too.
    const doc = healthy();
    doc.tactics = doc.tactics.filter((t) => t.stage !== 'excite');
    const report = analyseJourney(doc);
    expect(report.stages.find((s) => s.stage === 'excite')!.score).toBe(0);
    // "We know": dismissing what names an empty stage gives its points back.
    const gap = report.findings.find((f) => f.rule === 'convert-excite-gap')!;
    expect(analyseJourney(doc, new Set([gap.key])).stages.find((s) => s.stage === 'excite')!.score).toBe(100);
  });

  it('lists dismissed findings apart and leaves them out of the score', () => {
    const doc = journey({ aware: ['aware.seo'] });
    const first = analyseJourney(doc);
    const gap = first.findings.find((f) => f.rule === 'no-core-offer')!;
    const second = analyseJourney(doc, new Set([gap.key]));
    expect(second.findings).not.toContainEqual(gap);
    expect(second.dismissed).toEqual([gap]);
    expect(second.stages.find((s) => s.stage === 'ascend')!.score).toBe(100);
    expect(second.score).toBeGreaterThan(first.score);
  });

  it('keeps a finding’s key when only its wording or the journey’s other parts change', () => {
    const doc = journey({ aware: ['aware.seo', 'aware.blogging'], engage: ['engage.blog-posts'] }, [['aware-1', 'engage-1']]);
    const key = analyseJourney(doc).findings.find((f) => f.rule === 'unconnected')!.key;
    doc.tactics[1]!.title = 'Renamed';
    doc.tactics.push({ ...doc.tactics[2]!, id: 'x', stage: 'promote', kind: 'promote.referral-program' });
    expect(analyseJourney(doc).findings.filter((f) => f.rule === 'unconnected').map((f) => f.tactics)).toEqual([['aware-2', 'x']]);
    doc.tactics.pop();
    expect(analyseJourney(doc).findings.find((f) => f.rule === 'unconnected')!.key).toBe(key);
  });

  it('lists problems first, then warnings, then tips', () => {
    const order = analyseJourney(journey({ engage: ['aware.seo'] })).findings.map((f) => f.severity);
    expect(order).toEqual([...order].sort((a, b) => ['problem', 'warning', 'tip'].indexOf(a) - ['problem', 'warning', 'tip'].indexOf(b)));
    expect(order).toContain('tip');
  });
});

describe('dismissing a finding ("we know")', () => {
  it('is saved in the journey, one undo step each way, and the analysis reads it', () => {
    const doc = journey({ aware: ['aware.seo'] });
    const key = analyseJourney(doc).findings.find((f) => f.rule === 'no-core-offer')!.key;
    const dismissed = dismissFinding(doc, { key });
    expect(dismissed.dismissedFindings).toEqual([key]);
    expect(dismissFinding(dismissed, { key })).toBe(dismissed);
    expect(analyseJourney(dismissed).dismissed.map((f) => f.rule)).toEqual(['no-core-offer']);
    expect(analyseJourney(dismissed).findings.map((f) => f.rule)).not.toContain('no-core-offer');
    const restored = restoreFinding(dismissed, { key });
    expect(restored).not.toHaveProperty('dismissedFindings');
    expect(restoreFinding(restored, { key })).toBe(restored);
    // Saved and read back through the file format.
    const reread = parseJourneyFile(serializeJourneyFile(dismissed));
    expect(reread.ok && reread.journey.dismissedFindings).toEqual([key]);
  });

  it('keeps a stage-level dismissal when a card is added to that stage', () => {
    const doc = journey({ subscribe: ['subscribe.form'] });
    const key = analyseJourney(doc).findings.find((f) => f.rule === 'no-lead-magnet')!.key;
    const more = journey({ subscribe: ['subscribe.form', 'subscribe.chatbot'] });
    const again = analyseJourney(more).findings.find((f) => f.rule === 'no-lead-magnet')!;
    expect(again.tactics).toEqual(['subscribe-1', 'subscribe-2']);
    expect(again.key).toBe(key);
  });
});
