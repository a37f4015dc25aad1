import { produce } from 'immer';
import { LIMITS } from '../limits';
import type { Journey } from '../types';

/**
 * "We know": a journey-health finding dismissed for this journey, by its key (saved in the
 * file), and brought back. Each is one undo step; the last one restored leaves no
 * `dismissedFindings` field behind.
 */
export function dismissFinding(doc: Journey, { key }: { key: string }): Journey {
  const list = doc.dismissedFindings ?? [];
  if (list.includes(key) || key.length === 0 || key.length > LIMITS.findingKeyLength) return doc;
  if (list.length >= LIMITS.dismissedFindings) return doc;
  return produce(doc, (draft) => {
    draft.dismissedFindings = [...list, key];
  });
}

export function restoreFinding(doc: Journey, { key }: { key: string }): Journey {
  const list = doc.dismissedFindings ?? [];
  if (!list.includes(key)) return doc;
  return produce(doc, (draft) => {
    const rest = list.filter((k) => k !== key);
    if (rest.length === 0) delete draft.dismissedFindings;
    else draft.dismissedFindings = rest;
  });
}
