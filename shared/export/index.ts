/**
 * The export of a journey: a pure SVG renderer, the text layout it shares with the canvas, and
 * the embedding that lets File > Open restore a journey from its exported SVG or PNG. Runs in
 * Node, the browser and the CLI (no DOM, no Node built-ins). Rasterising to PNG is not here: the
 * CLI does it with resvg (cli/rasterise.ts), the app with the browser's canvas.
 */
export { renderJourneySvg, EXPORT_FONT_STACK, TITLE_BAND } from './svg';
export type { ExportScope, SvgExport, SvgExportOptions } from './svg';
export { ELLIPSIS, layoutText } from './text-layout';
export type { LayoutOptions, TextLayout } from './text-layout';
export { baselineOffset, faceFor, measureText, normalLineHeight } from './text-measure';
export type { TextStyle } from './text-measure';
export { normalizeText } from './text-normalize';
export {
  BADGE,
  CARD,
  CARD_BODY,
  CARD_CONTENT,
  CARD_FAR_TITLE,
  CARD_TITLE,
  UNTITLED_TACTIC,
  cardBadges,
  cardFarTitleLines,
  cardTitleBaseline,
  cardTitleLines,
} from './card-layout';
export type { BadgeKind, CardBadge, CardBadgeRow } from './card-layout';
export { HEADER, headerLayout } from './lane-header';
export {
  HANDLE_SIZE,
  arrivalAngle,
  arrowHead,
  connectionCurve,
  connectionEnds,
} from './connection-geometry';
export type { ConnectionCurve, ConnectionEnds } from './connection-geometry';
export {
  PNG_JOURNEY_KEYWORD,
  SVG_JOURNEY_NAMESPACE,
  embedJourneyInPng,
  extractJourneyFromPng,
  extractJourneyFromSvg,
} from './embed';
export type { Extracted } from './embed';
export { readJourneyBytes, readJourneyText } from './open';
export type { JourneySource, OpenResult } from './open';
export {
  MAX_PNG_PIXELS,
  MAX_PNG_SIDE,
  maxRasterScale,
  rasterSize,
  rasterSizeProblem,
} from './raster-limits';
export { isPng, pngSize } from './png-chunks';
export { FONT_FAMILY, FACES as FONT_FACES } from './font-metrics';
export { colorMix, isHexColor } from './theme';
export { escapeXml } from './xml';
