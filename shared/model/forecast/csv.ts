import { getStage } from '../stages';
import type { Journey } from '../types';
import type { ForecastResult } from './types';

/**
 * The per-tactic table as CSV (RFC 4180: commas, quotes doubled, CRLF): stage, title, people,
 * revenue, cost, in journey order. Numbers unrounded for display (to 15 significant digits, what
 * a spreadsheet keeps), unknown ones empty. A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with ' so a card title can never execute in someone's Excel.
 */
export function forecastCsv(doc: Journey, result: ForecastResult): string {
  const rows = [['stage', 'title', 'people', 'revenue', 'cost']];
  for (const t of doc.tactics) {
    const f = result.tactics.get(t.id);
    rows.push([getStage(t.stage).label, t.title, number(f?.people), number(f?.revenue), number(f?.cost)]);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** 15 significant digits, a spreadsheet's own precision: 99.99999999999997 is 100. */
function number(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(Number(value.toPrecision(15)));
}

function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
