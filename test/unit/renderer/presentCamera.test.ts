import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, laneLeft } from '../../../shared/model/layout';
import { CARD_FAR_TITLE } from '../../../shared/export/card-layout';
import { createStarterJourney } from '../../../shared/model/starter';
import { STAGE_IDS, type Tactic } from '../../../shared/model/types';
import { CAPTION_BAND, HEADER_BAND, LAST_STEP, presentViewport, stageOfStep } from '../../../renderer/src/present/camera';
import { stepForKey } from '../../../renderer/src/present/usePresentMode';
import { hiddenFrom, revealedJourney } from '../../../renderer/src/present/reveal';
import { createAppStore } from '../../../renderer/src/store';

const starter = createStarterJourney({ id: 'j', now: '2026-12-06T00:00:00Z' });
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const onScreen = (v: { x: number; y: number; zoom: number }, t: Tactic) => ({
  left: t.position.x * v.zoom + v.x,
  right: (t.position.x + CARD_WIDTH) * v.zoom + v.x,
  top: t.position.y * v.zoom + v.y,
  bottom: (t.position.y + CARD_HEIGHT) * v.zoom + v.y,
});

describe('present mode camera', () => {
  it('the starter journey has at most 3 cards a stage (the case the title sizes are promised for)', () => {
    for (const stage of STAGE_IDS) expect(starter.tactics.filter((t) => t.stage === stage).length).toBeLessThanOrEqual(3);
  });

  for (const screen of SCREENS) {
    it(`overview at ${screen.width}x${screen.height}: every card on screen, titles at least 16 px`, () => {
      const v = presentViewport(starter.tactics, 0, screen);
      expect(CARD_FAR_TITLE.fontSize * v.zoom).toBeGreaterThanOrEqual(16);
      for (const t of starter.tactics) {
        const box = onScreen(v, t);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(screen.width);
        expect(box.top).toBeGreaterThanOrEqual(HEADER_BAND);
        expect(box.bottom).toBeLessThanOrEqual(screen.height);
      }
    });

    it(`each stage at ${screen.width}x${screen.height}: its lane centred, its cards between headers and caption, titles at least 32 px`, () => {
      for (let step = 1; step <= LAST_STEP; step++) {
        const stage = stageOfStep(step)!;
        const v = presentViewport(starter.tactics, step, screen);
        expect(CARD_FAR_TITLE.fontSize * v.zoom).toBeGreaterThanOrEqual(32);
        const laneCentre = (laneLeft(stage) + 160) * v.zoom + v.x;
        expect(laneCentre).toBeCloseTo(screen.width / 2, 5);
        for (const t of starter.tactics.filter((c) => c.stage === stage)) {
          const box = onScreen(v, t);
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(screen.width);
          expect(box.top).toBeGreaterThanOrEqual(HEADER_BAND);
          expect(box.bottom).toBeLessThanOrEqual(screen.height - CAPTION_BAND);
        }
      }
    });
  }

  it('a long lane is framed whole, smaller', () => {
    const tall = Array.from({ length: 12 }, (_, i) => ({ ...starter.tactics[0]!, id: `t${i}`, stage: 'aware' as const, position: { x: 20, y: 240 + i * 128 } }));
    const v = presentViewport(tall, 1, SCREENS[0]!);
    expect(onScreen(v, tall.at(-1)!).bottom).toBeLessThanOrEqual(800 - CAPTION_BAND);
    expect(v.zoom).toBeLessThan(presentViewport(starter.tactics, 1, SCREENS[0]!).zoom);
  });
});

describe('present mode keys', () => {
  it('step forward with Right, Down, Space and Page Down (clickers), back with Left, Up and Page Up', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(stepForKey(key, 3)).toBe(4);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(stepForKey(key, 3)).toBe(2);
    expect(stepForKey('PageDown', 8)).toBe(8);
    expect(stepForKey('PageUp', 0)).toBe(0);
  });

  it('Home is the overview, End is Promote, 1–8 jump, Esc leaves, other keys are the editor’s', () => {
    expect(stepForKey('Home', 5)).toBe(0);
    expect(stepForKey('End', 0)).toBe(8);
    for (let n = 1; n <= 8; n++) expect(stepForKey(String(n), 0)).toBe(n);
    expect(stageOfStep(8)).toBe('promote');
    expect(stepForKey('Escape', 2)).toBe('leave');
    for (const key of ['0', '9', 'n', 'Enter', 'Delete']) expect(stepForKey(key, 2)).toBeNull();
  });
});

describe('presenting state', () => {
  it('is view state: steps clamp, the furthest step is remembered, nothing enters undo history', () => {
    const store = createAppStore(starter);
    const history = () => store.temporal.getState().pastStates.length;
    const before = history();
    store.getState().presentStep(3);
    expect(store.getState().presenting).toBeNull();
    store.getState().startPresenting();
    expect(store.getState().presenting).toEqual({ step: 0, revealAsWeGo: false, reached: 0, voting: false, laser: false });
    store.getState().presentStep(4);
    store.getState().presentStep(2);
    store.getState().presentStep(42);
    expect(store.getState().presenting).toMatchObject({ step: 8, reached: 8 });
    store.getState().presentStep(-3);
    store.getState().setRevealAsWeGo(true);
    expect(store.getState().presenting).toEqual({ step: 0, revealAsWeGo: true, reached: 8, voting: false, laser: false });
    store.getState().stopPresenting();
    expect(store.getState().presenting).toBeNull();
    expect(history()).toBe(before);
    expect(store.getState().doc).toBe(starter);
  });
});

describe('reveal as we go', () => {
  it('hides the cards of the stages not reached yet and the connections touching them', () => {
    const presenting = { step: 2, revealAsWeGo: true, reached: 3, voting: false, laser: false };
    const from = hiddenFrom(presenting);
    expect(from).toBe(3);
    const shown = revealedJourney(starter, from);
    expect([...new Set(shown.tactics.map((t) => t.stage))]).toEqual(['aware', 'engage', 'subscribe']);
    const ids = new Set(shown.tactics.map((t) => t.id));
    expect(shown.connections.length).toBeGreaterThan(0);
    for (const c of shown.connections) expect(ids.has(c.source) && ids.has(c.target)).toBe(true);
    expect(revealedJourney(starter, null)).toBe(starter);
    expect(hiddenFrom({ ...presenting, revealAsWeGo: false })).toBeNull();
    expect(revealedJourney(starter, 0).tactics).toEqual([]);
  });
});
