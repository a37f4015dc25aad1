import { describe, expect, it } from 'vitest';
import { clearVotes, duplicateTactics, voteForTactic, voteRanking } from '../../../shared/model/commands';
import { parseJourneyFile, serializeJourneyFile } from '../../../shared/file';
import type { Journey } from '../../../shared/model/types';
import { sampleJourney } from './fixtures';

const vote = (doc: Journey, id: string, delta: 1 | -1 = 1) => voteForTactic(doc, { id, delta });

describe('dot-voting', () => {
  it('adds and takes back dots one at a time, never below none, leaving no field at zero', () => {
    const doc = sampleJourney();
    const voted = vote(vote(vote(doc, 'e'), 'e'), 'c');
    expect(voted.tactics.map((t) => t.votes)).toEqual([undefined, 2, 1]);
    const back = vote(vote(voted, 'c', -1), 'c', -1);
    expect(back.tactics.find((t) => t.id === 'c')).not.toHaveProperty('votes');
    expect(vote(doc, 'a', -1)).toBe(doc);
    expect(vote(doc, 'missing')).toBe(doc);
    expect(doc.tactics.every((t) => t.votes === undefined)).toBe(true);
  });

  it('ranks the voted cards, most dots first', () => {
    const doc = vote(vote(vote(vote(sampleJourney(), 'c'), 'e'), 'e'), 'e');
    expect(voteRanking(doc).map((r) => [r.id, r.votes])).toEqual([
      ['e', 3],
      ['c', 1],
    ]);
  });

  it('clears every dot in one command, and nothing when there are none', () => {
    const doc = vote(vote(sampleJourney(), 'a'), 'c');
    const cleared = clearVotes(doc);
    expect(cleared.tactics.some((t) => 'votes' in t)).toBe(false);
    expect(clearVotes(cleared)).toBe(cleared);
  });

  it('is saved in the file and read back; a bad count is refused with a message', () => {
    const doc = vote(vote(sampleJourney(), 'e'), 'e');
    const text = serializeJourneyFile(doc);
    expect(text).toContain('"votes": 2');
    const back = parseJourneyFile(text);
    expect(back.ok && back.journey.tactics.find((t) => t.id === 'e')?.votes).toBe(2);
    for (const bad of ['0', '1.5', '-1', '"3"']) {
      const broken = parseJourneyFile(text.replace('"votes": 2', `"votes": ${bad}`));
      expect(broken.ok, bad).toBe(false);
    }
  });

  it('a copy of a card starts without dots', () => {
    const doc = vote(sampleJourney(), 'e');
    const copied = duplicateTactics(doc, { ids: ['e'], newIds: { e: 'e2' }, offset: { x: 0, y: 240 } });
    expect(copied.tactics.find((t) => t.id === 'e2')).toBeDefined();
    expect(copied.tactics.find((t) => t.id === 'e2')).not.toHaveProperty('votes');
  });
});
