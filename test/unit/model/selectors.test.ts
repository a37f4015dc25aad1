import { describe, expect, it } from 'vitest';
import { moveTactics } from '../../../shared/model/commands';
import {
  connectionFlow,
  getTactic,
  isFlagged,
  stageFlow,
  tacticsByStage,
} from '../../../shared/model/selectors';
import type { Journey, StageId } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import { centredIn, sampleJourney, tacticIn } from './fixtures';

/** One tactic per stage, ids = stage ids. */
function everyStage(): Journey {
  return {
    ...sampleJourney(),
    tactics: STAGE_IDS.map((stage) => tacticIn(stage, stage)),
    connections: [],
  };
}

function flow(from: StageId, to: StageId) {
  return connectionFlow(everyStage(), { source: from, target: to });
}

describe('tacticsByStage', () => {
  it('groups tactics by lane, top to bottom then left to right, with empty lanes present', () => {
    const highLeft = tacticIn('aware', 'high-left', 600);
    const doc: Journey = {
      ...sampleJourney(),
      tactics: [
        tacticIn('aware', 'low', 900),
        {
          ...highLeft,
          id: 'high-right',
          position: { ...highLeft.position, x: highLeft.position.x + 12 },
        },
        highLeft,
        tacticIn('ascend', 'x', 700),
      ],
    };
    const byStage = tacticsByStage(doc);
    expect(Object.keys(byStage)).toEqual([...STAGE_IDS]);
    expect(byStage.aware.map((t) => t.id)).toEqual(['high-left', 'high-right', 'low']);
    expect(byStage.ascend.map((t) => t.id)).toEqual(['x']);
    expect(byStage.promote).toEqual([]);
  });
});

describe('getTactic', () => {
  it('finds a tactic by id, and sees changes made by commands', () => {
    const doc = sampleJourney();
    expect(getTactic(doc, 'e')?.title).toBe('Blog posts');
    expect(getTactic(doc, 'nope')).toBeUndefined();
    const moved = moveTactics(doc, { moves: [{ id: 'e', position: centredIn('convert', 700) }] });
    expect(getTactic(moved, 'e')?.stage).toBe('convert');
    expect(getTactic(doc, 'e')?.stage).toBe('engage');
  });
});

describe('connectionFlow', () => {
  it('treats the next stage, or skipping one, as a normal forward step', () => {
    expect(flow('aware', 'engage')).toMatchObject({ kind: 'forward', stagesSkipped: 0 });
    expect(flow('aware', 'subscribe')).toMatchObject({ kind: 'forward', stagesSkipped: 1 });
    expect(isFlagged(flow('aware', 'subscribe'))).toBe(false);
  });

  it('flags a jump over two or more stages, naming them', () => {
    expect(flow('aware', 'convert')).toMatchObject({ kind: 'skip', stagesSkipped: 2 });
    const skip = flow('aware', 'excite');
    expect(skip).toMatchObject({ kind: 'skip', stagesSkipped: 3 });
    expect(skip?.explanation).toContain('Engage, Subscribe and Convert');
    expect(isFlagged(skip)).toBe(true);
  });

  it('flags a backward step', () => {
    const back = flow('engage', 'aware');
    expect(back).toMatchObject({ kind: 'backward', stagesSkipped: 0 });
    expect(back?.explanation).toMatch(/backward from Engage to Aware/);
    expect(isFlagged(back)).toBe(true);
    expect(flow('promote', 'engage')?.kind).toBe('backward');
  });

  it('accepts Promote back to Aware as the referral loop', () => {
    const loop = flow('promote', 'aware');
    expect(loop?.kind).toBe('loop');
    expect(loop?.explanation).toMatch(/referrals/i);
    expect(isFlagged(loop)).toBe(false);
  });

  it('does not flag tactics within one stage', () => {
    expect(stageFlow('ascend', 'ascend')).toMatchObject({ kind: 'same-stage', stagesSkipped: 0 });
    expect(isFlagged(stageFlow('ascend', 'ascend'))).toBe(false);
  });

  it('explains every flow in a sentence', () => {
    for (const from of STAGE_IDS) {
      for (const to of STAGE_IDS) {
        expect(stageFlow(from, to).explanation, `${from}->${to}`).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('returns undefined when an end is missing', () => {
    const doc = sampleJourney();
    expect(connectionFlow(doc, { source: 'a', target: 'ghost' })).toBeUndefined();
    expect(isFlagged(undefined)).toBe(false);
  });
});
