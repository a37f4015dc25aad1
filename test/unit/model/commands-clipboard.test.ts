import { describe, expect, it } from 'vitest';
import {
  copyTactics,
  newIdsFor,
  serializeClipboard,
  type ClipboardPayload,
} from '../../../shared/model/commands';
import { parseClipboard } from '../../../shared/model/commands/clipboardSchema';
import type { Journey } from '../../../shared/model/types';
import { counterIds, sampleJourney } from './fixtures';

/** The sample journey with the convert card made from its custom tactic. */
function withCustomCard(): Journey {
  const doc = sampleJourney();
  return {
    ...doc,
    tactics: doc.tactics.map((t) => (t.id === 'c' ? { ...t, kind: 'custom.podcast' } : t)),
  };
}

describe('copyTactics', () => {
  it('takes the cards, the connections between them and the custom defs they use', () => {
    const doc = withCustomCard();
    const payload = copyTactics(doc, ['c', 'e', 'nope']);
    expect(payload).toEqual({
      format: 'cvj-clipboard',
      version: 1,
      tactics: [doc.tactics[1], doc.tactics[2]],
      connections: [{ id: 'e-c', source: 'e', target: 'c' }],
      customTactics: doc.customTactics,
    });
  });

  it('leaves out connections to cards outside the copy, and unused custom defs', () => {
    const payload = copyTactics(withCustomCard(), ['a']);
    expect(payload.tactics.map((t) => t.id)).toEqual(['a']);
    expect(payload.connections).toEqual([]);
    expect(payload.customTactics).toEqual([]);
  });
});

describe('serializeClipboard and parseClipboard', () => {
  const payload = copyTactics(withCustomCard(), ['a', 'e', 'c']);

  it('round-trip a payload, unknown fields of its items included', () => {
    expect(parseClipboard(serializeClipboard(payload))).toEqual(payload);
    const newer = {
      ...payload,
      tactics: payload.tactics.map((t) => ({ ...t, tags: ['q3'] })),
    } as ClipboardPayload;
    expect(parseClipboard(serializeClipboard(newer))).toEqual(newer);
  });

  it('ignores text that is not JSON, or JSON that is not a payload', () => {
    for (const text of ['', 'hello', '{', 'null', '42', '[]', '"cvj-clipboard"', '{}']) {
      expect(parseClipboard(text)).toBeNull();
    }
    expect(parseClipboard(JSON.stringify(sampleJourney()))).toBeNull();
    expect(parseClipboard(undefined as unknown as string)).toBeNull();
  });

  const broken: Record<string, (p: ClipboardPayload) => unknown> = {
    'another format': (p) => ({ ...p, format: 'excalidraw/clipboard' }),
    'another version': (p) => ({ ...p, version: 2 }),
    'no tactics list': ({ tactics: _t, ...rest }) => rest,
    'no connections list': ({ connections: _c, ...rest }) => rest,
    'an unknown stage': (p) => withFirstTactic(p, { stage: 'delight' }),
    'a position that is not a number': (p) => withFirstTactic(p, { position: { x: '1', y: 2 } }),
    'a title that is not text': (p) => withFirstTactic(p, { title: 7 }),
    'a repeated tactic id': (p) => ({ ...p, tactics: [...p.tactics, p.tactics[0]] }),
    'an edge to a card not copied': (p) => ({
      ...p,
      connections: [{ id: 'x', source: 'a', target: 'elsewhere' }],
    }),
    'a self-connection': (p) => ({ ...p, connections: [{ id: 'x', source: 'a', target: 'a' }] }),
    'a repeated pair': (p) => ({
      ...p,
      connections: [...p.connections, { id: 'again', source: 'a', target: 'e' }],
    }),
    'a colour that is not hex': (p) => ({
      ...p,
      customTactics: [{ ...p.customTactics[0], color: 'red;background:url(x)' }],
    }),
  };

  it('accepts every payload the broken ones below are made from', () => {
    expect(parseClipboard(JSON.stringify(withFirstTactic(payload, {})))).toEqual(payload);
  });

  for (const [what, breakIt] of Object.entries(broken)) {
    it(`rejects a payload with ${what}`, () => {
      expect(parseClipboard(JSON.stringify(breakIt(payload)))).toBeNull();
    });
  }

  it('rejects numbers JSON cannot hold, without throwing', () => {
    const text = serializeClipboard(payload).replace('"y":480', '"y":1e999');
    expect(text).toContain('1e999');
    expect(parseClipboard(text)).toBeNull();
  });

  it('drops unknown top-level keys and never lets `__proto__` set a prototype', () => {
    const text = serializeClipboard(payload).replace(
      '"tactics":[{',
      '"tactics":[{"__proto__":{"polluted":true},',
    );
    const parsed = parseClipboard(JSON.stringify({ ...JSON.parse(text), extra: 1 }));
    expect(parsed).not.toBeNull();
    expect(parsed && 'extra' in parsed).toBe(false);
    expect(Object.getPrototypeOf(parsed?.tactics[0])).toBe(Object.prototype);
    expect((parsed?.tactics[0] as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

function withFirstTactic(p: ClipboardPayload, fields: Record<string, unknown>): unknown {
  return { ...p, tactics: p.tactics.map((t, i) => (i === 0 ? { ...t, ...fields } : t)) };
}

describe('newIdsFor', () => {
  it('makes a fresh id for every tactic and connection', () => {
    const ids = newIdsFor(copyTactics(sampleJourney(), ['a', 'e', 'c']), counterIds());
    expect(ids).toEqual({ 'a-e': 'c_1', 'e-c': 'c_2', a: 't_3', e: 't_4', c: 't_5' });
  });
});
