import { getLibraryTactic } from '../library';
import { listLabels } from '../selectors';
import { stageIndex } from '../stages';
import type { Connection, Journey, StageId, Tactic } from '../types';
import { STAGE_IDS } from '../types';
import type { Finding, RuleId, Severity } from './types';

/** What every rule reads, worked out once per analysis (all linear in the journey's size). */
export interface HealthContext {
  doc: Journey;
  byId: Map<string, Tactic>;
  byStage: Record<StageId, Tactic[]>;
  /** Connections leaving / reaching each tactic (only connections whose two ends exist). */
  outgoing: Map<string, Connection[]>;
  incoming: Map<string, Connection[]>;
  /** The stage a tactic's kind belongs to: its library entry's, its custom tactic's, or, for a
   * plain custom card (kind `custom`), the stage it sits in: the strategist wrote it for there. */
  homeStage(tactic: Tactic): StageId | undefined;
}

export function healthContext(doc: Journey): HealthContext {
  const byId = new Map(doc.tactics.map((t) => [t.id, t]));
  const byStage = Object.fromEntries(STAGE_IDS.map((id) => [id, [] as Tactic[]])) as Record<StageId, Tactic[]>;
  for (const t of doc.tactics) byStage[t.stage].push(t);
  const outgoing = new Map<string, Connection[]>();
  const incoming = new Map<string, Connection[]>();
  for (const c of doc.connections) {
    if (!byId.has(c.source) || !byId.has(c.target)) continue;
    push(outgoing, c.source, c);
    push(incoming, c.target, c);
  }
  const custom = new Map(doc.customTactics.map((d) => [d.id, d.stage]));
  return {
    doc,
    byId,
    byStage,
    outgoing,
    incoming,
    homeStage: (t) => (t.kind === 'custom' ? t.stage : getLibraryTactic(t.kind)?.stage ?? custom.get(t.kind)),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A finding, with its stages in journey order and its dismissal key. */
export function finding(
  rule: RuleId,
  severity: Severity,
  message: string,
  about: { stages?: StageId[]; tactics?: string[]; connections?: string[] },
  /** 'stage': the finding is about its stages (its tactics only serve "Show me"), so adding or
   * removing a card there keeps a dismissal. */
  keyBy: 'all' | 'stage' = 'all',
): Finding {
  const stages = [...new Set(about.stages ?? [])].sort((a, b) => stageIndex(a) - stageIndex(b));
  const tactics = about.tactics ?? [];
  const connections = about.connections ?? [];
  const descriptor =
    keyBy === 'stage'
      ? stages.join(',')
      : [stages.join(','), [...tactics].sort().join(','), [...connections].sort().join(',')].join('|');
  const key = `${rule}:${hash53(descriptor)}`;
  return { rule, severity, message, stages, tactics, connections, key };
}

/**
 * cyrb53: a fast, well-mixed 53-bit string hash, as 14 hex digits. A finding's key stays short
 * however many tactics it names (a journey file keeps the keys of dismissed findings).
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** "A", "A and B", "A, B and C"; more than `max` names end with "and N more". */
export function listNames(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  return listLabels(rest > 0 ? [...shown, `${rest} more`] : shown);
}

/** A tactic's title in quotes, for messages. */
export function quoted(tactic: Tactic): string {
  const title = tactic.title.trim() || 'Untitled tactic';
  return `“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”`;
}
