import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { renderJourneySvg } from '../shared/export/svg';
import type { JourneySet } from '../shared/model/types';
import { deliverableOf } from '../shared/report/structure';
import { pageSizeForLocale, renderReportPdf, type PageSize } from '../shared/report/pdf';
import { renderDeckPptx } from '../shared/report/pptx';
import { shippedFontDir } from './fonts';
import { rasteriseSvg } from './rasterise';

/**
 * `cvj export … --out report.pdf | deck.pptx`: the client deliverables in Node, with the shipped
 * fonts and the same SVG exporter as every other export (the deck's overview rasterised by resvg).
 */
export interface DeliverableOptions {
  theme?: 'light' | 'dark' | 'projector';
  /** The journey title on the drawings. */
  includeTitle?: boolean;
  /** Attach the `.cvj` text (off: --no-embed). */
  embedText?: string;
  journeys?: readonly string[];
  locale?: string;
  pageSize?: PageSize;
  now?: Date;
}

function fonts() {
  const dir = shippedFontDir();
  return { regular: readFileSync(join(dir, 'Inter-Regular.ttf')), bold: readFileSync(join(dir, 'Inter-Bold.ttf')) };
}

export async function reportPdf(set: JourneySet, options: DeliverableOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const d = deliverableOf(set, { now: options.now ?? new Date(), locale, ...(options.journeys ? { journeys: options.journeys } : {}) });
  return renderReportPdf(d, {
    fonts: fonts(),
    svgOf: (i) => renderJourneySvg(d.journeys[i]!.journey, { embed: false, theme: options.theme ?? 'light', includeTitle: false }).svg,
    ...(options.embedText !== undefined ? { cvjText: options.embedText } : {}),
    pageSize: options.pageSize ?? pageSizeForLocale(locale),
    author: author(),
  });
}

export async function deckPptx(set: JourneySet, options: DeliverableOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const d = deliverableOf(set, { now: options.now ?? new Date(), locale, ...(options.journeys ? { journeys: options.journeys } : {}) });
  return renderDeckPptx(d, {
    pngOf: (i) => {
      const svg = renderJourneySvg(d.journeys[i]!.journey, { embed: false, theme: options.theme ?? 'light', includeTitle: options.includeTitle ?? true });
      // At most 2,400 × 1,350 px (twice a 16:9 slide at 1200 wide): sharp on a projector, quick to make.
      const scale = Math.min(2, 2400 / svg.width, 1350 / svg.height);
      const bytes = rasteriseSvg(svg.svg, { scale });
      return { bytes, width: svg.width, height: svg.height };
    },
    ...(options.embedText !== undefined ? { cvjText: options.embedText } : {}),
    author: author(),
  });
}

/** The document's author: the account that made it (as Office and PDF writers do). */
function author(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

