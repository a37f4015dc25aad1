import { journeysInOrder } from '../model/journeySet';
import { STAGES, type Stage } from '../model/stages';
import type { Journey, JourneySet, Tactic } from '../model/types';
import { analyseJourney } from '../model/health';
import { forecastJourney, formatMoney, formatPeople, formatPercent } from '../model/forecast';
import { UNTITLED_JOURNEY } from '../model/names';
import { normalizeText } from '../export/text-normalize';

/**
 * What a client deliverable holds, page by page (PDF report) or slide by slide (deck), as plain
 * data: a pure function of the file. The PDF and PPTX modules only lay these out; neither
 * decides what goes where. Text here is the user's, normalised (no control characters) but not
 * escaped: each format escapes for itself.
 */

export interface TacticRow {
  title: string;
  owner: string;
  status: string;
  cost: string;
  votes: string;
  notes: string;
}

export interface StageSection {
  stage: Stage;
  tactics: TacticRow[];
}

export interface HealthSection {
  score: number;
  findings: { severity: 'problem' | 'warning' | 'tip'; message: string; stages: string }[];
}

export interface ForecastSection {
  currency: string;
  period: string;
  /** People and revenue arriving at each stage, formatted ("—" unknown). */
  stages: { label: string; people: number | null; revenue: number | null; peopleText: string; revenueText: string }[];
  totals: { label: string; value: string }[];
}

export interface JourneySection {
  journey: Journey;
  title: string;
  /** "Persona: name — description", or null. */
  persona: string | null;
  stages: StageSection[];
  /** Null when there is nothing to say (no finding). */
  health: HealthSection | null;
  /** Null when the forecast has no numbers (no reach anywhere). */
  forecast: ForecastSection | null;
}

export interface Deliverable {
  /** The file's title (or its one journey's). */
  title: string;
  /** Who it is for: the personas of its journeys, or "". */
  subtitle: string;
  /** The date on the cover, formatted for the locale. */
  date: string;
  journeys: JourneySection[];
}

export interface DeliverableOptions {
  /** When the document is made (the cover's date). */
  now: Date;
  locale?: string;
  /** Only these journeys (ids), in file order; all by default. */
  journeys?: readonly string[];
}

const STATUS_LABEL: Record<string, string> = { idea: 'Idea', planned: 'Planned', live: 'Live', paused: 'Paused' };
const PERIOD_LABEL: Record<string, string> = { month: 'per month', quarter: 'per quarter', year: 'per year' };

/** One line of user text for a title: normalised, never empty. */
export function lineOf(text: string, fallback = UNTITLED_JOURNEY): string {
  return normalizeText(text) || fallback;
}

/** User text kept whole, line breaks kept, other control characters out. */
export function blockOf(text: string | undefined): string {
  return (text ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => normalizeText(line))
    .join('\n')
    .trim();
}

function tacticRow(t: Tactic, currency: string, locale: string): TacticRow {
  return {
    title: lineOf(t.title, 'Untitled tactic'),
    owner: lineOf(t.owner ?? '', ''),
    status: t.status ? (STATUS_LABEL[t.status] ?? t.status) : '',
    cost: t.cost === undefined ? '' : formatMoney(t.cost, currency, { locale }),
    votes: t.votes ? String(t.votes) : '',
    notes: blockOf(t.notes),
  };
}

export function personaLineOf(journey: Journey): string | null {
  const p = journey.persona;
  if (!p || !normalizeText(p.name)) return null;
  const description = normalizeText(p.description ?? '');
  return `Persona: ${normalizeText(p.name)}${description ? ` — ${description}` : ''}`;
}

function journeySection(journey: Journey, locale: string): JourneySection {
  const forecast = forecastJourney(journey, { locale });
  const currency = forecast.currency;
  const byStage = STAGES.map((stage) => ({
    stage,
    tactics: journey.tactics
      .filter((t) => t.stage === stage.id)
      .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
      .map((t) => tacticRow(t, currency, locale)),
  }));
  const report = analyseJourney(journey);
  const health: HealthSection | null =
    report.findings.length === 0
      ? null
      : {
          score: report.score,
          findings: report.findings.map((f) => ({
            severity: f.severity,
            message: normalizeText(f.message),
            stages: f.stages.map((s) => STAGES.find((x) => x.id === s)?.label ?? s).join(', '),
          })),
        };
  const t = forecast.totals;
  const money = (v: number | null) => formatMoney(v, currency, { locale });
  const people = (v: number | null) => formatPeople(v, locale);
  const known = forecast.hasReach && forecast.stages.some((s) => (s.people ?? 0) > 0);
  return {
    journey,
    title: lineOf(journey.title),
    persona: personaLineOf(journey),
    stages: byStage,
    health,
    forecast: known
      ? {
          currency,
          period: PERIOD_LABEL[forecast.period] ?? forecast.period,
          stages: forecast.stages.map((s, i) => ({
            label: STAGES[i]!.label,
            people: s.people,
            revenue: s.revenue,
            peopleText: people(s.people),
            revenueText: money(s.revenue),
          })),
          totals: [
            { label: 'New people', value: people(t.people) },
            { label: 'Leads', value: people(t.leads) },
            { label: 'Customers', value: people(t.customers) },
            { label: 'Revenue', value: money(t.revenue) },
            { label: 'Cost', value: money(t.cost) },
            { label: 'Profit', value: money(t.profit) },
            { label: 'ROI', value: formatPercent(t.roi, locale) },
            { label: 'Cost per lead', value: money(t.costPerLead) },
            { label: 'Cost per customer', value: money(t.costPerCustomer) },
          ],
        }
      : null,
  };
}

/** The deliverable of a file: cover data and one section per journey, in tab order. */
export function deliverableOf(set: JourneySet, options: DeliverableOptions): Deliverable {
  const locale = options.locale ?? 'en-US';
  const all = journeysInOrder(set);
  const chosen = options.journeys ? all.filter((j) => options.journeys!.includes(j.id)) : all;
  const journeys = (chosen.length > 0 ? chosen : all).map((j) => journeySection(j, locale));
  const personas = journeys.map((j) => (j.journey.persona ? normalizeText(j.journey.persona.name) : '')).filter(Boolean);
  return {
    title: lineOf(journeys.length === 1 ? journeys[0]!.journey.title : set.title),
    subtitle: personas.length > 0 ? `For ${[...new Set(personas)].join(', ')}` : '',
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(options.now),
    journeys,
  };
}

/** The PDF report's pages, in order (the layout module draws each kind). */
export type ReportPage =
  | { kind: 'cover' }
  | { kind: 'drawing'; journey: number }
  | { kind: 'stage'; journey: number; stage: number }
  | { kind: 'health'; journey: number }
  | { kind: 'forecast'; journey: number };

/**
 * Cover; then per journey: the drawing, one page per stage, health (when there are findings),
 * forecast (when it has numbers). A stage's table longer than a page continues on the next
 * page of the same stage (the layout module adds those; they are not listed here).
 */
export function reportPages(d: Deliverable): ReportPage[] {
  const pages: ReportPage[] = [{ kind: 'cover' }];
  d.journeys.forEach((j, journey) => {
    pages.push({ kind: 'drawing', journey });
    j.stages.forEach((_, stage) => pages.push({ kind: 'stage', journey, stage }));
    if (j.health) pages.push({ kind: 'health', journey });
    if (j.forecast) pages.push({ kind: 'forecast', journey });
  });
  return pages;
}

/** The deck's slides: title; per journey the overview, one per stage, forecast and health when present. */
export type DeckSlide = ReportPage extends infer P ? (P extends { kind: 'cover' } ? { kind: 'title' } : P extends { kind: 'drawing' } ? { kind: 'overview'; journey: number } : P) : never;

export function deckSlides(d: Deliverable): DeckSlide[] {
  return reportPages(d).map((p): DeckSlide => (p.kind === 'cover' ? { kind: 'title' } : p.kind === 'drawing' ? { kind: 'overview', journey: p.journey } : p));
}
