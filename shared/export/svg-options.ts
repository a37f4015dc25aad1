import type { StageId } from '../model/types';
import type { ThemeName } from '../theme/tokens';

/** The options and result of `renderJourneySvg` (svg.ts). */

/** What an export shows: the whole journey, one stage's lane, or some tactics. */
export type ExportScope = 'all' | { stage: StageId } | { ids: readonly string[] };

export interface SvgExportOptions {
  /** The whole journey (default), one stage's lane, or some tactics and the connections among them. */
  scope?: ExportScope;
  /** The colours: `light` (default), `dark` or `projector` (shared/theme/tokens.ts). */
  theme?: ThemeName;
  /** `theme` (the theme's canvas colour, default), `white`, `transparent` or a hex colour. */
  background?: string;
  /** Stage headers on top of the lanes. Default true, except for an `ids` scope. */
  includeHeaders?: boolean;
  /** The journey's title above the lanes. Default true. */
  includeTitle?: boolean;
  /** Put the journey (as .cvj text) in a `<metadata>` element. Default true. */
  embed?: boolean;
  /**
   * The .cvj text to embed; default `serializeJourneyFile(doc)` (the journey as given). Pass
   * `serializeJourneyFile(doc, { extra: parsed.file })` to keep a file's unknown keys.
   */
  embedText?: string;
  /**
   * CSS font-family list. Text is laid out with the metrics of the shipped Inter, so change this
   * only to name Inter differently. Letters, digits, spaces, commas, quotes and hyphens only.
   */
  fontFamily?: string;
  /**
   * The round connection handles on the cards' edges: only where a connection attaches
   * (`connected`, default: arrows start and end on a handle, as on the canvas, without the
   * editing affordance on unconnected cards), on every card as the canvas shows them (`all`),
   * or `none`.
   */
  handles?: 'connected' | 'all' | 'none';
  /**
   * The funnel forecast's numbers (shared/model/forecast): people and revenue on each card, the
   * stage totals at the foot of the lanes, connections as wide as the people they carry.
   */
  forecast?: boolean;
  /** The locale numbers are written for (and the default currency); default the runtime's. */
  locale?: string;
  /** Multiplies the width and height attributes (the drawing keeps its viewBox). Default 1. */
  scale?: number;
}

export interface SvgExport {
  svg: string;
  /** The width and height attributes, in CSS pixels (user units times `scale`). */
  width: number;
  height: number;
  /** How many tactics and connections the image shows (the scope's). */
  tactics: number;
  connections: number;
}
