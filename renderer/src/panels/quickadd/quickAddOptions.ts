import type { CustomTacticDef, StageId } from '../../../../shared/model/types';
import { getStage } from '../../../../shared/model/stages';
import { searchLibrary, type PaletteTactic } from '../../../../shared/model/selectors';

export type QuickAddOption =
  | { type: 'tactic'; tactic: PaletteTactic }
  /** A card of kind `custom` titled with whatever was typed. */
  | { type: 'text'; text: string };

export interface QuickAddSection {
  title: string;
  /** Index of the section's first option in the flat list (the one arrow keys walk). */
  start: number;
  options: QuickAddOption[];
}

/**
 * The lane's own stage first (quick-add was opened in that lane, so that is what the user is
 * most likely after), then the journey's own tactics, then hits from other stages. Other stages
 * appear only for a query: unfiltered they would bury the lane's dozen under sixty more.
 */
export function quickAddSections(
  query: string,
  stage: StageId,
  customTactics: readonly CustomTacticDef[],
): { sections: QuickAddSection[]; options: QuickAddOption[] } {
  const hits = searchLibrary(query, customTactics);
  const text = query.trim();
  const groups: [string, QuickAddOption[]][] = [
    [getStage(stage).label, tactics(hits.filter((h) => !h.custom && h.stage === stage))],
    ['In this journey', tactics(hits.filter((h) => h.custom))],
    ['Other stages', text ? tactics(hits.filter((h) => !h.custom && h.stage !== stage)) : []],
    ['New', text ? [{ type: 'text', text }] : []],
  ];
  const sections: QuickAddSection[] = [];
  const options: QuickAddOption[] = [];
  for (const [title, group] of groups) {
    if (group.length === 0) continue;
    sections.push({ title, start: options.length, options: group });
    options.push(...group);
  }
  return { sections, options };
}

function tactics(hits: PaletteTactic[]): QuickAddOption[] {
  return hits.map((tactic) => ({ type: 'tactic', tactic }));
}
