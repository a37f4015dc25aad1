// svg-to-pdfkit ships no types; the declaration beside this file is reached from every project this way.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./svg-to-pdfkit.d.ts" />
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { reportPages, type Deliverable, type JourneySection, type StageSection } from './structure';
import { getTheme } from '../theme/tokens';

/**
 * The PDF report (pdfkit, with svg-to-pdfkit drawing our SVG export as vector paths): the pages
 * `reportPages` lists, laid out here and nowhere else. Runs in Node (the CLI) and in the browser
 * bundle alike: every input (fonts, drawings, the file to attach) comes in as bytes or text.
 */

export type PageSize = 'A4' | 'LETTER';

export interface PdfInput {
  /** Inter (regular and bold) as TrueType bytes: embedded, so the report looks the same anywhere. */
  fonts: { regular: Uint8Array; bold: Uint8Array };
  /** The vector drawing of a journey (our SVG export, without embedded journey). */
  svgOf(journeyIndex: number): string;
  /** The `.cvj` text attached to the PDF, so File > Open restores the journeys; none: not attached. */
  cvjText?: string;
  pageSize?: PageSize;
  author?: string;
  appVersion?: string;
}

/** Letter in the United States, Canada, Mexico and the Philippines; A4 everywhere else. */
export function pageSizeForLocale(locale: string): PageSize {
  const region = (() => {
    try {
      return new Intl.Locale(locale).maximize().region ?? '';
    } catch {
      return '';
    }
  })();
  return ['US', 'CA', 'MX', 'PH'].includes(region) ? 'LETTER' : 'A4';
}

export const CVJ_ATTACHMENT = 'journey.cvj';

/** A printed document: the light theme's colours (shared/theme/tokens.ts). */
const C = getTheme('light').colors;
const INK = C.ink;
const SOFT = C.inkSoft;
const LINE = C.line;
const MARGIN = 48;
const SEVERITY_LABEL = { problem: 'Problem', warning: 'Warning', tip: 'Tip' } as const;
const SEVERITY_COLOR = { problem: C.danger, warning: C.warningInk, tip: C.accent } as const;

type Doc = PDFKit.PDFDocument;

/**
 * pdfkit breaks a word longer than the line one character at a time, which takes quadratic
 * time (20,000 characters without a space: 38 s). A zero-width space every 60 characters of such
 * a run gives it break opportunities; text with ordinary words is left as it is.
 */
export function breakable(text: string): string {
  return text.replace(/\S{61,}/g, (run) => run.replace(/(\S{60})(?=\S)/g, '$1\u200b'));
}

/** A table cell holds at most this much of a title, owner or cost (the notes go in full below). */
const CELL_TEXT = 400;
const cell = (text: string) => breakable(text.length > CELL_TEXT ? `${text.slice(0, CELL_TEXT - 1)}…` : text);

export function renderReportPdf(d: Deliverable, input: PdfInput): Promise<Uint8Array> {
  const size = input.pageSize ?? 'A4';
  const doc: Doc = new PDFDocument({
    size,
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    // Our own font from the start: no standard (unembedded) font is ever referenced.
    font: input.fonts.regular as unknown as string,
    info: {
      Title: d.title,
      Author: input.author ?? '',
      Subject: 'Customer Value Journey report',
      Creator: `CVJ Studio${input.appVersion ? ` ${input.appVersion}` : ''}`,
      Producer: 'CVJ Studio (pdfkit)',
    },
    lang: 'en',
    displayTitle: true,
  } as PDFKit.PDFDocumentOptions);
  // Registered under the fonts' own PostScript names: pdfkit caches a registered font under
  // that name, and a font re-opened per call (another name) is parsed again each time.
  doc.registerFont('Inter-Regular', input.fonts.regular as unknown as string);
  doc.registerFont('Inter-Bold', input.fonts.bold as unknown as string);

  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => {
      const total = chunks.reduce((n, c) => n + c.length, 0);
      const out = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    doc.on('error', reject);
  });

  for (const page of reportPages(d)) {
    if (page.kind === 'cover') cover(doc, d, size);
    else {
      const j = d.journeys[page.journey]!;
      const part = d.journeys.length > 1 ? `${page.journey + 1}. ${j.title}` : j.title;
      if (page.kind === 'drawing') drawing(doc, j, part, input.svgOf(page.journey), size);
      else if (page.kind === 'stage') stagePage(doc, j.stages[page.stage]!, part, size);
      else if (page.kind === 'health') healthPage(doc, j, part, size);
      else forecastPage(doc, j, part, size);
    }
  }

  // Page numbers on every page but the cover.
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Inter-Regular').fontSize(9).fillColor(SOFT).text(`${i + 1} / ${range.count}`, MARGIN, height - 30, {
      width: width - 2 * MARGIN,
      align: 'right',
      lineBreak: false,
    });
    doc.text(d.title.slice(0, 120), MARGIN, height - 30, { width: width - 2 * MARGIN - 60, align: 'left', lineBreak: false, ellipsis: true });
    doc.page.margins.bottom = bottom;
  }

  if (input.cvjText !== undefined) {
    // Stored uncompressed, so the app and the CLI read it back without a zlib in every host.
    const compress = (doc as unknown as { compress: boolean }).compress;
    (doc as unknown as { compress: boolean }).compress = false;
    // pdfkit takes any Uint8Array (its types say Buffer).
    doc.file(new TextEncoder().encode(input.cvjText) as unknown as ArrayBuffer, {
      name: CVJ_ATTACHMENT,
      type: 'application/vnd.cvj+json',
      description: 'The journeys of this report: open it in CVJ Studio to edit them',
      relationship: 'Source',
    } as Parameters<Doc['file']>[1]);
    (doc as unknown as { compress: boolean }).compress = compress;
  }
  doc.end();
  return done;
}

function newPage(doc: Doc, size: PageSize, layout: 'portrait' | 'landscape' = 'portrait') {
  doc.addPage({ size, layout, margin: MARGIN });
}

function cover(doc: Doc, d: Deliverable, size: PageSize) {
  newPage(doc, size);
  const width = doc.page.width - 2 * MARGIN;
  doc.rect(0, 0, doc.page.width, 12).fill(C.accent);
  doc.font('Inter-Regular').fontSize(14).fillColor(SOFT).text('Customer Value Journey', MARGIN, 180, { width });
  doc.moveDown(0.5);
  doc.font('Inter-Bold').fontSize(30).fillColor(INK).text(breakable(d.title.slice(0, 2000)), { width, height: 300, ellipsis: true });
  if (d.subtitle) {
    doc.moveDown(0.6);
    doc.font('Inter-Regular').fontSize(16).fillColor(INK).text(breakable(d.subtitle.slice(0, 2000)), { width, height: 120, ellipsis: true });
  }
  doc.moveDown(1);
  doc.font('Inter-Regular').fontSize(13).fillColor(SOFT).text(d.date, { width });
  if (d.journeys.length > 1) {
    doc.moveDown(2);
    doc.font('Inter-Bold').fontSize(13).fillColor(INK).text(`${d.journeys.length} journeys`, { width });
    d.journeys.forEach((j, i) => {
      doc.font('Inter-Regular').fontSize(12).fillColor(INK).text(breakable(`${i + 1}. ${j.title}${j.persona ? ` (${j.persona.replace(/^Persona: /, '')})` : ''}`.slice(0, 2000)), { width, height: 60, ellipsis: true });
    });
  }
}

function heading(doc: Doc, part: string, title: string, note?: string) {
  const width = doc.page.width - 2 * MARGIN;
  doc.font('Inter-Regular').fontSize(10).fillColor(SOFT).text(breakable(part.slice(0, 300)), MARGIN, MARGIN, { width, height: 14, ellipsis: true, lineBreak: false });
  doc.font('Inter-Bold').fontSize(22).fillColor(INK).text(breakable(title.slice(0, 1000)), MARGIN, MARGIN + 18, { width, height: 60, ellipsis: true });
  if (note) doc.font('Inter-Regular').fontSize(12).fillColor(SOFT).text(breakable(note.slice(0, 1000)), { width, height: 60, ellipsis: true });
  doc.moveDown(0.8);
}

function drawing(doc: Doc, j: JourneySection, part: string, svg: string, size: PageSize) {
  newPage(doc, size, 'landscape');
  heading(doc, part, 'The whole journey', j.persona ?? undefined);
  const top = doc.y;
  const width = doc.page.width - 2 * MARGIN;
  const height = doc.page.height - top - MARGIN - 16;
  SVGtoPDF(doc, svg, MARGIN, top, {
    width,
    height,
    preserveAspectRatio: 'xMidYMin meet',
    assumePt: false,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'Inter-Bold' : 'Inter-Regular'),
    warningCallback: () => {},
  });
}

const COLUMNS = [
  { key: 'title', label: 'Tactic', share: 0.23 },
  { key: 'owner', label: 'Owner', share: 0.12 },
  { key: 'status', label: 'Status', share: 0.1 },
  { key: 'cost', label: 'Cost', share: 0.11 },
  { key: 'votes', label: 'Votes', share: 0.09 },
  { key: 'notes', label: 'Notes', share: 0.35 },
] as const;
const CELL = 5;
/** Notes longer than this go in full under the table instead of in its cell. */
const NOTES_IN_CELL = 900;

function stagePage(doc: Doc, s: StageSection, part: string, size: PageSize) {
  newPage(doc, size);
  const title = `${s.stage.number}. ${s.stage.label}`;
  heading(doc, part, title, `${s.stage.description}. Measure: ${s.stage.measure}.`);
  if (s.tactics.length === 0) {
    doc.font('Inter-Regular').fontSize(12).fillColor(SOFT).text('No tactic at this stage yet.');
    return;
  }
  const width = doc.page.width - 2 * MARGIN;
  const widths = COLUMNS.map((c) => c.share * width);
  const long: { title: string; notes: string }[] = [];
  const header = () => row(doc, COLUMNS.map((c) => c.label), widths, true);
  header();
  for (const t of s.tactics) {
    const notes = t.notes.length > NOTES_IN_CELL ? 'In full below the table.' : t.notes;
    if (notes !== t.notes) long.push({ title: t.title, notes: t.notes });
    const cells = [t.title, t.owner, t.status, t.cost, t.votes].map(cell).concat(breakable(notes));
    const h = rowHeight(doc, cells, widths, false);
    if (doc.y + h > doc.page.height - MARGIN - 20) {
      newPage(doc, size);
      heading(doc, part, `${title} (continued)`);
      header();
    }
    row(doc, cells, widths, false, h);
  }
  for (const n of long) {
    doc.moveDown(1);
    doc.font('Inter-Bold').fontSize(12).fillColor(INK).text(cell(`Notes: ${n.title}`), MARGIN, doc.y, { width });
    // Flowing text: pdfkit continues on new pages as long as the notes need.
    doc.font('Inter-Regular').fontSize(10.5).fillColor(INK).text(breakable(n.notes), { width });
  }
}

function rowHeight(doc: Doc, cells: readonly string[], widths: number[], bold: boolean): number {
  doc.font(bold ? 'Inter-Bold' : 'Inter-Regular').fontSize(10);
  // Empty cells take one line; only cells with text are measured.
  let most = doc.currentLineHeight(true);
  cells.forEach((c, i) => {
    if (c) most = Math.max(most, doc.heightOfString(c, { width: widths[i]! - 2 * CELL }));
  });
  return most + 2 * CELL;
}

function row(doc: Doc, cells: readonly string[], widths: number[], bold: boolean, height?: number) {
  const h = height ?? rowHeight(doc, cells, widths, bold);
  const y = doc.y;
  let x = MARGIN;
  if (bold) doc.rect(MARGIN, y, widths.reduce((a, b) => a + b, 0), h).fill(C.surfaceMuted);
  doc.font(bold ? 'Inter-Bold' : 'Inter-Regular').fontSize(10).fillColor(INK);
  cells.forEach((c, i) => {
    if (c) doc.text(c, x + CELL, y + CELL, { width: widths[i]! - 2 * CELL });
    x += widths[i]!;
  });
  doc.moveTo(MARGIN, y + h).lineTo(x, y + h).lineWidth(0.5).strokeColor(LINE).stroke();
  doc.x = MARGIN;
  doc.y = y + h;
}

function healthPage(doc: Doc, j: JourneySection, part: string, size: PageSize) {
  const h = j.health!;
  newPage(doc, size);
  heading(doc, part, 'Journey health', `Score ${h.score} of 100, checked against the Customer Value Journey model.`);
  const width = doc.page.width - 2 * MARGIN;
  for (const f of h.findings) {
    if (doc.y > doc.page.height - MARGIN - 60) {
      newPage(doc, size);
      heading(doc, part, 'Journey health (continued)');
    }
    const y = doc.y;
    doc.font('Inter-Bold').fontSize(10).fillColor(SEVERITY_COLOR[f.severity]).text(SEVERITY_LABEL[f.severity], MARGIN, y, { width: 70 });
    doc.font('Inter-Regular').fontSize(11).fillColor(INK).text(breakable(f.message), MARGIN + 76, y, { width: width - 76 });
    if (f.stages) doc.font('Inter-Regular').fontSize(9.5).fillColor(SOFT).text(f.stages, MARGIN + 76, doc.y, { width: width - 76 });
    doc.x = MARGIN;
    doc.moveDown(0.6);
  }
}

function forecastPage(doc: Doc, j: JourneySection, part: string, size: PageSize) {
  const f = j.forecast!;
  newPage(doc, size);
  heading(doc, part, 'Funnel forecast', `People and revenue ${f.period}, in ${f.currency}.`);
  const width = doc.page.width - 2 * MARGIN;
  const labelW = 90;
  const valueW = 170;
  const barMax = width - labelW - valueW;
  const most = Math.max(1, ...f.stages.map((s) => s.people ?? 0));
  for (const s of f.stages) {
    const y = doc.y;
    doc.font('Inter-Regular').fontSize(11).fillColor(INK).text(s.label, MARGIN, y + 4, { width: labelW });
    const w = s.people === null ? 0 : Math.max(2, (s.people / most) * barMax);
    if (w > 0) doc.rect(MARGIN + labelW, y, w, 20).fill(C.accent);
    doc.font('Inter-Regular').fontSize(10.5).fillColor(INK).text(`${s.peopleText} people · ${s.revenueText}`, MARGIN + labelW + barMax + 8, y + 4, { width: valueW - 8 });
    doc.x = MARGIN;
    doc.y = y + 28;
  }
  doc.moveDown(1);
  doc.font('Inter-Bold').fontSize(14).fillColor(INK).text('Totals', MARGIN, doc.y, { width });
  doc.moveDown(0.3);
  const widths = [width * 0.5, width * 0.5];
  for (const t of f.totals) row(doc, [t.label, t.value], widths, false);
}
