import type { Connection, Journey, Tactic, TacticStatus } from '../../../../shared/model/types';
import { TACTIC_STATUSES } from '../../../../shared/model/types';
import { tacticTitle } from '../../../../shared/model/names';
import { LIMITS } from '../../../../shared/model/limits';
import { tacticsById } from '../../../../shared/model/selectors';

/**
 * What the inspector shows, worked out from the document and the selection. Pure, so the
 * components only render it; ids in the selection that no longer exist are ignored.
 */
export type InspectorSubject =
  | { kind: 'none' }
  | { kind: 'tactic'; tactic: Tactic }
  | { kind: 'tactics'; tactics: Tactic[]; connectionCount: number }
  | { kind: 'connection'; connection: Connection }
  | { kind: 'connections'; connections: Connection[] };

export function inspectorSubject(doc: Journey, selection: readonly string[]): InspectorSubject {
  if (selection.length === 0) return { kind: 'none' };
  // The usual case, one card (just added or clicked), without walking a 10,000-card journey.
  const byId = tacticsById(doc);
  const only = selection.length === 1 ? byId.get(selection[0]!) : undefined;
  if (only) return { kind: 'tactic', tactic: only };
  const ids = new Set(selection);
  const tactics = doc.tactics.filter((t) => ids.has(t.id));
  const connections = selection.every((id) => byId.has(id)) ? [] : doc.connections.filter((c) => ids.has(c.id));
  const [firstTactic] = tactics;
  const [firstConnection] = connections;
  if (firstTactic && tactics.length === 1 && connections.length === 0) {
    return { kind: 'tactic', tactic: firstTactic };
  }
  // Cards and connections together: the cards are what the shared fields edit.
  if (firstTactic) return { kind: 'tactics', tactics, connectionCount: connections.length };
  if (firstConnection && connections.length === 1)
    return { kind: 'connection', connection: firstConnection };
  if (firstConnection) return { kind: 'connections', connections };
  return { kind: 'none' };
}

/** The value every tactic has for a field, or `mixed` when they differ. */
export type SharedValue<T> = { mixed: false; value: T | undefined } | { mixed: true };

export function sharedValue<K extends keyof Tactic>(
  tactics: readonly Tactic[],
  key: K,
): SharedValue<Tactic[K]> {
  const [first, ...rest] = tactics;
  const value = first?.[key];
  return rest.every((t) => Object.is(t[key], value)) ? { mixed: false, value } : { mixed: true };
}

/** Optional text fields: an emptied field removes the value rather than storing "". */
export function optionalText(text: string): string | undefined {
  return text === '' ? undefined : text;
}

export const STATUS_OPTIONS: readonly { value: TacticStatus | ''; label: string }[] = [
  { value: '', label: 'None' },
  ...TACTIC_STATUSES.map((status) => ({
    value: status,
    label: status[0]?.toUpperCase() + status.slice(1),
  })),
];

export function toStatus(value: string): TacticStatus | undefined {
  return (TACTIC_STATUSES as readonly string[]).includes(value)
    ? (value as TacticStatus)
    : undefined;
}

export interface NumberRule {
  /** Said in messages: "Cost", "Conversion rate". */
  name: string;
  min: number;
  max: number;
  /** A trailing "%" is accepted (people type "25%" for a rate). */
  percent?: boolean;
}

export const COST_RULE: NumberRule = { name: 'Cost', min: 0, max: LIMITS.cost };
export const CONVERSION_RULE: NumberRule = {
  name: 'Conversion rate',
  min: 0,
  max: 100,
  percent: true,
};

/** The forecast's assumptions (shared/model/forecast; docs/forecast.md). */
export const REACH_RULE: NumberRule = { name: 'Reach', min: 0, max: LIMITS.reach };
export const VALUE_RULE: NumberRule = { name: 'Value per person', min: 0, max: LIMITS.cost };
export const COST_PER_PERSON_RULE: NumberRule = { name: 'Cost per person', min: 0, max: LIMITS.cost };
export const SHARE_RULE: NumberRule = { name: 'Share', min: 0, max: 100, percent: true };

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; message: string };

// Digits with an optional decimal point. No thousands separators: "1,500" could mean 1.5 or
// 1500 depending on who types it, and a wrong cost on the projector is worse than a hint.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Text from a number field: empty clears the value, anything else must be a number in range. */
export function parseNumberInput(text: string, rule: NumberRule): ParsedNumber {
  let body = text.trim();
  if (rule.percent && body.endsWith('%')) body = body.slice(0, -1).trim();
  if (body === '') return { ok: true, value: undefined };
  if (!DECIMAL.test(body)) {
    return {
      ok: false,
      message: `${rule.name} must be a number, like ${rule.percent ? '12.5' : '1500'}.`,
    };
  }
  // "+ 0" turns "-0" into 0, so a file never stores a negative zero.
  const value = Number(body) + 0;
  if (!Number.isFinite(value)) return { ok: false, message: `${rule.name} must be a number.` };
  if (value < rule.min)
    return { ok: false, message: `${rule.name} can’t be less than ${rule.min}.` };
  if (value > rule.max) {
    return {
      ok: false,
      message: `${rule.name} can’t be more than ${rule.max.toLocaleString('en')}.`,
    };
  }
  return { ok: true, value };
}

export function formatNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

export const MAX_LENGTH = {
  title: LIMITS.titleLength,
  notes: LIMITS.notesLength,
  owner: LIMITS.shortTextLength,
  link: LIMITS.linkLength,
  label: LIMITS.titleLength,
} as const;

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Blogging, Lead magnet and 3 more": which cards a group edit will touch. */
export function listTitles(tactics: readonly Tactic[], shown = 3): string {
  const titles = tactics.map((t) => tacticTitle(t.title));
  if (titles.length <= shown + 1) {
    return titles.length <= 1
      ? titles.join('')
      : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
  }
  return `${titles.slice(0, shown).join(', ')} and ${titles.length - shown} more`;
}
