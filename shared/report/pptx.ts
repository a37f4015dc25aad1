import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import { deckSlides, type Deliverable, type JourneySection } from './structure';
import { getTheme } from '../theme/tokens';

/**
 * The PowerPoint deck (pptxgenjs): the slides `deckSlides` lists, with native, editable text,
 * tables and charts (only the overview drawing is a picture). pptxgenjs escapes text for XML;
 * the structure already dropped the control characters XML cannot carry. The `.cvj` rides in
 * the package as `cvj-studio/journey.cvj` (stored, not compressed), declared in
 * [Content_Types].xml, so File > Open and `cvj validate` restore the journeys from a deck.
 */

export interface PptxInput {
  /** The overview drawing of a journey as PNG bytes (our export, rasterised). */
  pngOf(journeyIndex: number): { bytes: Uint8Array; width: number; height: number };
  cvjText?: string;
  author?: string;
}

import { DECK_CVJ_PATH } from './deck-path';
export { DECK_CVJ_PATH };

const FONT = 'Arial';
/** A deck projected and printed: the light theme's colours (shared/theme/tokens.ts), as pptx hex. */
const C = getTheme('light').colors;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const INK = hex(C.ink);
const SOFT = hex(C.inkSoft);
const ACCENT = hex(C.accent);
const LINE = hex(C.line);
const HEAD = hex(C.surfaceMuted);
/** Widescreen 16:9, in inches. */
const W = 13.333;
const H = 7.5;
/** Notes longer than this are cut on a slide (the PDF report and the file keep them whole). */
const NOTES_ON_SLIDE = 400;
const TITLE_ON_SLIDE = 160;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function renderDeckPptx(d: Deliverable, input: PptxInput): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = cut(d.title, 200);
  pptx.subject = 'Customer Value Journey';
  pptx.author = input.author ?? '';
  pptx.company = 'CVJ Studio';

  for (const slide of deckSlides(d)) {
    const s = pptx.addSlide();
    if (slide.kind === 'title') {
      s.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: W, h: 0.15, fill: { color: ACCENT }, line: { color: ACCENT } });
      s.addText('Customer Value Journey', { x: 0.8, y: 2.0, w: W - 1.6, h: 0.5, fontFace: FONT, fontSize: 18, color: SOFT });
      s.addText(cut(d.title, TITLE_ON_SLIDE), { x: 0.8, y: 2.5, w: W - 1.6, h: 1.4, fontFace: FONT, fontSize: 40, bold: true, color: INK, fit: 'shrink' });
      const lines = [d.subtitle, d.date].filter(Boolean).join('\n');
      s.addText(cut(lines, 400), { x: 0.8, y: 4.0, w: W - 1.6, h: 1.0, fontFace: FONT, fontSize: 18, color: INK });
      continue;
    }
    const j = d.journeys[slide.journey]!;
    const part = d.journeys.length > 1 ? `${slide.journey + 1}. ${j.title}` : j.title;
    if (slide.kind === 'overview') overview(s, j, part, input.pngOf(slide.journey));
    else if (slide.kind === 'stage') stage(s, j, slide.stage, part);
    else if (slide.kind === 'forecast') forecast(pptx, s, j, part);
    else health(s, j, part);
  }

  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  if (input.cvjText === undefined) return written;
  const zip = await JSZip.loadAsync(written);
  zip.file(DECK_CVJ_PATH, input.cvjText, { compression: 'STORE' });
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('<Default ', '<Default Extension="cvj" ContentType="application/vnd.cvj+json"/><Default '));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

function header(s: PptxGenJS.Slide, part: string, title: string) {
  s.addText(cut(part, 200), { x: 0.5, y: 0.25, w: W - 1, h: 0.35, fontFace: FONT, fontSize: 12, color: SOFT });
  s.addText(cut(title, TITLE_ON_SLIDE), { x: 0.5, y: 0.55, w: W - 1, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: INK, fit: 'shrink' });
}

function overview(s: PptxGenJS.Slide, j: JourneySection, part: string, png: { bytes: Uint8Array; width: number; height: number }) {
  header(s, part, 'The whole journey');
  if (j.persona) s.addText(cut(j.persona, 300), { x: 0.5, y: 1.2, w: W - 1, h: 0.4, fontFace: FONT, fontSize: 14, color: SOFT });
  const boxW = W - 1;
  const boxH = H - 2.0;
  const scale = Math.min(boxW / png.width, boxH / png.height);
  const w = png.width * scale;
  const h = png.height * scale;
  s.addImage({ data: `image/png;base64,${base64(png.bytes)}`, x: (W - w) / 2, y: 1.7, w, h, altText: `The journey “${cut(j.title, 200)}”, all eight stages` });
}

function stage(s: PptxGenJS.Slide, j: JourneySection, index: number, part: string) {
  const section = j.stages[index]!;
  header(s, part, `${section.stage.number}. ${section.stage.label}`);
  s.addText(`${section.stage.description}. Measure: ${section.stage.measure}.`, { x: 0.5, y: 1.25, w: W - 1, h: 0.45, fontFace: FONT, fontSize: 14, color: SOFT });
  if (section.tactics.length === 0) {
    s.addText('No tactic at this stage yet.', { x: 0.5, y: 2.0, w: W - 1, h: 0.5, fontFace: FONT, fontSize: 16, color: SOFT });
    return;
  }
  const head = ['Tactic', 'Owner', 'Status', 'Cost', 'Votes', 'Notes'].map((text) => ({ text, options: { bold: true, fill: { color: HEAD } } }));
  const rows = section.tactics.map((t) => [t.title, t.owner, t.status, t.cost, t.votes, cut(t.notes, NOTES_ON_SLIDE)].map((text) => ({ text: cut(text, 600) })));
  s.addTable([head, ...rows], {
    x: 0.5,
    y: 1.85,
    w: W - 1,
    colW: [2.7, 1.4, 1.1, 1.2, 0.9, W - 1 - 7.3],
    fontFace: FONT,
    fontSize: 12,
    color: INK,
    border: { type: 'solid', pt: 0.5, color: LINE },
    valign: 'top',
    autoPage: true,
    autoPageRepeatHeader: true,
    autoPageHeaderRows: 1,
    newSlideStartY: 0.6,
  });
}

function forecast(pptx: PptxGenJS, s: PptxGenJS.Slide, j: JourneySection, part: string) {
  const f = j.forecast!;
  header(s, part, 'Funnel forecast');
  s.addText(`People arriving at each stage, ${f.period}; money in ${f.currency}.`, { x: 0.5, y: 1.25, w: W - 1, h: 0.4, fontFace: FONT, fontSize: 14, color: SOFT });
  s.addChart(
    pptx.ChartType.bar,
    // A bar chart draws its first category at the bottom: reversed, Aware is on top.
    [{ name: 'People', labels: f.stages.map((x) => x.label).reverse(), values: f.stages.map((x) => x.people ?? 0).reverse() }],
    { x: 0.5, y: 1.8, w: 7.4, h: 5.2, barDir: 'bar', chartColors: [ACCENT], showValue: true, dataLabelFontSize: 11, catAxisLabelFontSize: 12, valAxisHidden: true, showLegend: false },
  );
  s.addTable(
    f.totals.map((t) => [{ text: t.label }, { text: t.value, options: { align: 'right' as const } }]),
    { x: 8.2, y: 1.9, w: 4.6, colW: [2.4, 2.2], fontFace: FONT, fontSize: 13, color: INK, border: { type: 'solid', pt: 0.5, color: LINE } },
  );
}

function health(s: PptxGenJS.Slide, j: JourneySection, part: string) {
  const h = j.health!;
  header(s, part, `Journey health: ${h.score} of 100`);
  const label = { problem: 'Problem', warning: 'Warning', tip: 'Tip' } as const;
  const rows = h.findings.slice(0, 12).map((f) => [{ text: label[f.severity], options: { bold: true } }, { text: cut(f.message, 300) }, { text: f.stages }]);
  if (h.findings.length > 12) rows.push([{ text: '' }, { text: `and ${h.findings.length - 12} more (see the PDF report)` }, { text: '' }]);
  s.addTable(rows, { x: 0.5, y: 1.4, w: W - 1, colW: [1.4, 8.0, W - 1 - 9.4], fontFace: FONT, fontSize: 12, color: INK, border: { type: 'solid', pt: 0.5, color: LINE }, valign: 'top', autoPage: true, newSlideStartY: 0.6 });
}
