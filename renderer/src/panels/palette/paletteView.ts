import type { CustomTacticDef } from '../../../../shared/model/types';
import { STAGES, getStage, type Stage } from '../../../../shared/model/stages';
import { searchLibrary, type PaletteTactic } from '../../../../shared/model/selectors';

export interface StageGroupView {
  stage: Stage;
  items: PaletteTactic[];
}

/** What the palette shows for a query: the search itself is shared/model's `searchLibrary`. */
export interface PaletteView {
  searching: boolean;
  /** The journey's own tactics ("In this journey"), hits only while searching. */
  custom: PaletteTactic[];
  /** Library groups in journey order; while searching, only those with a hit. */
  groups: StageGroupView[];
  /**
   * The best-ranked hit, which Enter adds. Taken from the ranking, not from the first row on
   * screen: "webinar" must add Webinar (a name match in Convert), not Lead magnet (whose
   * description mentions webinars) just because Subscribe comes first in the journey.
   */
  best: PaletteTactic | undefined;
}

export function paletteView(query: string, customTactics: readonly CustomTacticDef[]): PaletteView {
  const hits = searchLibrary(query, customTactics);
  const searching = query.trim() !== '';
  const custom = hits.filter((hit) => hit.custom);
  const groups = STAGES.map((stage) => ({
    stage,
    // Within a group, library order (the ranking only decides which hit Enter takes).
    items: orderInGroup(hits, stage),
  })).filter((group) => !searching || group.items.length > 0);
  return { searching, custom, groups, best: searching ? hits[0] : undefined };
}

function orderInGroup(hits: readonly PaletteTactic[], stage: Stage): PaletteTactic[] {
  const own = hits.filter((hit) => !hit.custom && hit.stage === stage.id);
  return own.sort((a, b) => libraryIndex(a) - libraryIndex(b));
}

const LIBRARY_ORDER = new Map(searchLibrary('').map((tactic, index) => [tactic.kind, index]));

function libraryIndex(tactic: PaletteTactic): number {
  return LIBRARY_ORDER.get(tactic.kind) ?? Number.MAX_SAFE_INTEGER;
}

/** The colour a row's icon is drawn in: the custom tactic's own, else its stage's. */
export function tacticColor(tactic: PaletteTactic): string {
  return tactic.color ?? getStage(tactic.stage).color;
}
