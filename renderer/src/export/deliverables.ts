import { renderJourneySvg } from '../../../shared/export/svg';
import type { JourneySet } from '../../../shared/model/types';
import { deliverableOf } from '../../../shared/report/structure';
import { pageSizeForLocale, renderReportPdf } from '../../../shared/report/pdf';
import { renderDeckPptx } from '../../../shared/report/pptx';
import type { ThemeName } from '../../../shared/theme/tokens';
import { rasterise } from './render';

/**
 * The PDF report and the PowerPoint deck in the app (export dialog › "PDF report", "PowerPoint
 * (.pptx)"): the same structure and layout modules as `cvj export`, with the shipped fonts
 * fetched from the app's own files and the deck's overview drawn by the browser. Loaded only
 * when a user picks one of these formats (pdfkit and pptxgenjs stay out of the start-up code).
 */

export interface DeliverableRequest {
  set: JourneySet;
  /** Only these journeys (ids); all by default. */
  journeys?: readonly string[];
  theme: ThemeName;
  includeTitle: boolean;
  /** The `.cvj` text to carry, or none. */
  embedText?: string;
  locale: string;
}

async function fontBytes(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const [regular, bold] = await Promise.all([
    import('../../../assets/fonts/Inter-Regular.ttf?url'),
    import('../../../assets/fonts/Inter-Bold.ttf?url'),
  ]);
  const load = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
  return { regular: await load(regular.default), bold: await load(bold.default) };
}

function structure(request: DeliverableRequest) {
  return deliverableOf(request.set, {
    now: new Date(),
    locale: request.locale,
    ...(request.journeys ? { journeys: request.journeys } : {}),
  });
}

export async function makeReportPdf(request: DeliverableRequest): Promise<Uint8Array> {
  const d = structure(request);
  return renderReportPdf(d, {
    fonts: await fontBytes(),
    svgOf: (i) => renderJourneySvg(d.journeys[i]!.journey, { embed: false, theme: request.theme, includeTitle: false }).svg,
    ...(request.embedText !== undefined ? { cvjText: request.embedText } : {}),
    pageSize: pageSizeForLocale(request.locale),
  });
}

export async function makeDeckPptx(request: DeliverableRequest): Promise<Uint8Array> {
  const d = structure(request);
  const pictures = await Promise.all(
    d.journeys.map(async (j) => {
      const svg = renderJourneySvg(j.journey, { embed: false, theme: request.theme, includeTitle: request.includeTitle });
      const scale = Math.min(2, 2400 / svg.width, 1350 / svg.height);
      const pixels = { width: Math.max(1, Math.round(svg.width * scale)), height: Math.max(1, Math.round(svg.height * scale)) };
      const bytes = await rasterise({ svg, pixels }, { embed: false }, '');
      return { bytes, width: svg.width, height: svg.height };
    }),
  );
  return renderDeckPptx(d, {
    pngOf: (i) => pictures[i]!,
    ...(request.embedText !== undefined ? { cvjText: request.embedText } : {}),
  });
}
