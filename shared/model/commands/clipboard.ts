import type { Connection, CustomTacticDef, Journey, Tactic } from '../types';
import { pickTactics } from './fields';

export const CLIPBOARD_FORMAT = 'cvj-clipboard';
export const CLIPBOARD_VERSION = 1;

/**
 * Cards on the clipboard: self-contained, so they paste into another journey (another window,
 * another file) with their connections and the custom tactic defs they are made from.
 */
export interface ClipboardPayload {
  format: typeof CLIPBOARD_FORMAT;
  version: typeof CLIPBOARD_VERSION;
  tactics: Tactic[];
  /** Only connections between copied tactics. */
  connections: Connection[];
  /** The journey's custom tactic defs that the copied tactics are made from. */
  customTactics: CustomTacticDef[];
}

/** A selector: what Copy puts on the clipboard for these tactics (in document order). */
export function copyTactics(doc: Journey, ids: readonly string[]): ClipboardPayload {
  const tactics = pickTactics(doc.tactics, ids);
  const copied = new Set(tactics.map((tactic) => tactic.id));
  const kinds = new Set(tactics.map((tactic) => tactic.kind));
  return {
    format: CLIPBOARD_FORMAT,
    version: CLIPBOARD_VERSION,
    tactics,
    connections: doc.connections.filter((c) => copied.has(c.source) && copied.has(c.target)),
    customTactics: doc.customTactics.filter((custom) => kinds.has(custom.id)),
  };
}

export function serializeClipboard(payload: ClipboardPayload): string {
  return JSON.stringify(payload);
}

/** Anything bigger is not something Copy made; refusing it early keeps a paste from hanging. */
export const MAX_CLIPBOARD_CHARS = 32 * 1024 * 1024;

/**
 * Whether pasted text is ours to read (parseClipboard, clipboardSchema.ts, checks it fully):
 * text that names our format. Cheap, and without the schema, for the paste event's decision.
 */
export function mentionsClipboardFormat(text: string): boolean {
  return typeof text === 'string' && text.length <= MAX_CLIPBOARD_CHARS && text.includes(`"${CLIPBOARD_FORMAT}"`);
}

/**
 * A fresh id for every tactic and connection in the payload, in the shape `pasteTactics` and
 * `duplicateTactics` take. `createId` is `ids.ts`'s (passed in, so tests can be deterministic).
 */
export function newIdsFor(
  payload: Pick<ClipboardPayload, 'tactics' | 'connections'>,
  createId: (prefix: string) => string,
): Record<string, string> {
  // Object.fromEntries defines own keys, so an id like `__proto__` maps like any other.
  return Object.fromEntries([
    ...payload.connections.map((c) => [c.id, createId('c')] as const),
    // Tactics last: if a tactic and a connection share an id, either new id would do.
    ...payload.tactics.map((tactic) => [tactic.id, createId('t')] as const),
  ]);
}
