import { tacticsById } from '../model/selectors';
import type { Journey } from '../model/types';
import { reconcileLayout } from '../model/reconcile';
import { UNTITLED_JOURNEY } from '../model/names';
import { serializeJourneyFile } from '../file/serialize';
import { svgJourneyMetadata } from './embed';
import { cardContext, drawCard } from './svg-cards';
import { drawConnection, drawConnectionLabel } from './svg-connections';
import {
  resolveBackground,
  resolveFontFamily,
  titleAndDescription,
  writeSvgDocument,
} from './svg-frame';
import { drawHeaders, drawLanes } from './svg-lanes';
import { connectedHandles, curveOf, scopeBounds, scopeContent } from './svg-scope';
import type { SvgExport, SvgExportOptions } from './svg-options';
import { drawTitle, personaLine, titleBandHeight, titleLines } from './svg-title';
import { normalizeText } from './text-normalize';
import { getTheme, inkOn, isThemeName } from '../theme/tokens';
import { el } from './xml';
import { forecastJourney } from '../model/forecast';
import { STAGE_IDS } from '../model/types';
import { drawCardForecast, drawStageForecast, flowWidth, FORECAST_BAND } from './svg-forecast';

export { EXPORT_FONT_STACK } from './svg-frame';
export type { ExportScope, SvgExport, SvgExportOptions } from './svg-options';
export { TITLE_BAND } from './svg-title';

/**
 * The journey as a standalone SVG 1.1 document: lanes, stage headers, cards with their icons and
 * badges, connections with arrowheads and labels, all as plain shapes and real `<text>` (no
 * foreignObject, no images, no external references, no CSS), laid out with the same code as the
 * canvas. Pure and deterministic: the same journey and options give the same bytes. Cards are
 * drawn where the app shows them: in their stage's lane (see reconcileLayout), whatever the
 * positions of a file opened from an older version or another tool say.
 */
export function renderJourneySvg(journey: Journey, options: SvgExportOptions = {}): SvgExport {
  const doc = reconcileLayout(journey).journey;
  const scope = options.scope ?? 'all';
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError('scale must be above 0');
  const themeName = options.theme ?? 'light';
  if (!isThemeName(themeName)) {
    throw new RangeError(
      `theme must be "light", "dark" or "projector" (got ${JSON.stringify(themeName)})`,
    );
  }
  const theme = getTheme(themeName);
  const background = resolveBackground(options.background ?? 'theme', theme);
  const fontFamily = resolveFontFamily(options.fontFamily);
  const includeTitle = options.includeTitle ?? true;
  const includeHeaders = options.includeHeaders ?? (scope === 'all' || 'stage' in scope);

  const { tactics, connections } = scopeContent(doc, scope);
  const byId = tacticsById(doc);
  const curves = connections.map((c) => curveOf(byId, c));
  const forecast = options.forecast ? forecastJourney(doc, { locale: options.locale }) : null;
  const area = scopeBounds(doc, scope, tactics, curves, includeHeaders);
  const laneFoot = area.y1;
  const stageTotals = forecast !== null && (scope === 'all' || 'stage' in scope);
  if (stageTotals) area.y1 += FORECAST_BAND;
  const width = Math.ceil(area.x1 - area.x0);
  const title = normalizeText(doc.title) || UNTITLED_JOURNEY;
  const titleText = includeTitle ? titleLines(title, width) : [];
  const persona = includeTitle ? personaLine(doc.persona, width) : null;
  const titleHeight = includeTitle ? titleBandHeight(titleText, persona) : 0;
  const height = Math.ceil(area.y1 - area.y0) + titleHeight;

  const ctx = cardContext(doc, theme);
  const handles = options.handles ?? 'connected';
  const connected = connectedHandles(connections);
  const both = new Set<'in' | 'out'>(['in', 'out']);
  const lanes = drawLanes(area, theme);
  const headers = includeHeaders ? drawHeaders(area, theme) : '';
  // Reduced, not spread into Math.max: 100,000 connections would be too many arguments.
  const busiest = forecast ? connections.reduce((m, c) => Math.max(m, forecast.connections.get(c.id) ?? 0), 0) : 0;
  const lines = connections.map((c, i) =>
    drawConnection(doc, c, curves[i]!, theme, forecast ? flowWidth(forecast.connections.get(c.id), busiest) : undefined),
  );
  const labels = connections.map((c, i) => drawConnectionLabel(doc, c, curves[i]!, theme));
  const cards: string[] = [];
  for (const t of tactics) {
    drawCard(
      ctx,
      t,
      handles === 'all' ? both : handles === 'none' ? undefined : connected.get(t.id),
      cards,
    );
  }

  const numbers: string[] = [];
  if (forecast) {
    for (const t of tactics) numbers.push(drawCardForecast(theme, t, forecast, options.locale));
    if (stageTotals) {
      const stages = scope === 'all' ? STAGE_IDS : [scope.stage];
      for (const stage of stages) numbers.push(drawStageForecast(theme, stage, forecast, laneFoot, options.locale));
    }
  }

  const head = titleAndDescription(title, {
    tactics: tactics.length,
    stages: new Set(tactics.map((t) => t.stage)).size,
    connections: connections.length,
  });
  if (options.embed ?? true) {
    head.push(svgJourneyMetadata(options.embedText ?? serializeJourneyFile(journey)));
  }
  if (ctx.defs.length > 0) head.push(el('defs', {}, ctx.defs.join('')));
  if (background) head.push(el('rect', { width, height, fill: background }));
  if (includeTitle) head.push(drawTitle(titleText, inkOn(theme, background), persona));

  const document = writeSvgDocument({
    width,
    height,
    scale,
    fontFamily,
    head,
    translate: { x: -area.x0, y: titleHeight - area.y0 },
    groups: [
      ['cvj-lanes', [lanes]],
      ['cvj-headers', [headers]],
      ['cvj-connections', lines],
      ['cvj-cards', cards],
      // Over the cards, as on the canvas: a label between two close cards stays readable.
      ['cvj-connection-labels', labels],
      // Only with the option: an export without the numbers stays byte for byte what it was.
      ...(forecast ? [['cvj-forecast', numbers] as [string, string[]]] : []),
    ],
  });
  return { ...document, tactics: tactics.length, connections: connections.length };
}
