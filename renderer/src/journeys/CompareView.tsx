import { useMemo, useState } from 'react';
import { ModalDialog } from '../panels/dialogs/ModalDialog';
import { SvgIcon } from '../canvas/Icon';
import { CloseIcon } from '../ui/icons';
import { STAGES } from '../../../shared/model/stages';
import { compareJourneys, type NumbersDelta, type TacticPair } from '../../../shared/model/compare';
import { formatMoney, formatPeople, UNKNOWN } from '../../../shared/model/forecast';
import type { Journey, Tactic } from '../../../shared/model/types';
import { tacticTitle } from '../../../shared/model/names';
import { useAppStore, useAppStoreApi } from '../store/context';
import { workingSet } from '../store/journeysSlice';
import { journeysInOrder } from '../../../shared/model/journeySet';
import { journeyForecast, LOCALE } from '../panels/forecast/useForecast';
import { PersonaMark } from './JourneyTabs';

const FIELD_LABEL: Record<string, string> = {
  stage: 'stage',
  kind: 'tactic',
  title: 'title',
  notes: 'notes',
  owner: 'owner',
  status: 'status',
  cost: 'cost',
  conversionRate: 'conversion rate',
  reach: 'reach',
  value: 'value per person',
  costPerPerson: 'cost per person',
  link: 'link',
  votes: 'votes',
};

/**
 * Two journeys of the file side by side (Journey › Compare Journeys…, or the tab menu): per
 * stage, the cards only in one, the cards in both whose fields differ (and which), the cards in
 * both unchanged; with forecast numbers, the difference per stage and in the totals. Marks are
 * words and symbols as well as colours, so they survive a projector and a grey printout.
 */
export function CompareView() {
  const open = useAppStore((s) => s.compareOpen);
  const store = useAppStoreApi();
  if (!open) return null;
  const close = () => store.getState().setCompareOpen(false);
  return (
    <ModalDialog titleId="cvj-compare-title" onCancel={close} className="cvj-compare">
      <CompareBody close={close} />
    </ModalDialog>
  );
}

function CompareBody({ close }: { close(): void }) {
  const store = useAppStoreApi();
  const journeys = useMemo(() => journeysInOrder(workingSet(store.getState())), [store]);
  const openId = store.getState().doc.id;
  const [aId, setA] = useState(openId);
  const [bId, setB] = useState(() => journeys.find((j) => j.id !== openId)?.id ?? openId);
  const a = journeys.find((j) => j.id === aId) ?? journeys[0]!;
  const b = journeys.find((j) => j.id === bId) ?? journeys[1] ?? journeys[0]!;
  const result = useMemo(() => compareJourneys(a, b, { a: journeyForecast(a), b: journeyForecast(b) }), [a, b]);
  const { counts } = result;

  return (
    <div className="cvj-compare__body">
      <header className="cvj-compare__head">
        <h2 id="cvj-compare-title">Compare journeys</h2>
        <JourneyPicker label="Left (A)" value={a.id} journeys={journeys} onChange={setA} />
        <span className="cvj-compare__vs" aria-hidden="true">
          vs
        </span>
        <JourneyPicker label="Right (B)" value={b.id} journeys={journeys} onChange={setB} />
        <button type="button" className="cvj-close-btn" aria-label="Close" onClick={close}>
          <SvgIcon node={CloseIcon} size={20} />
        </button>
      </header>
      <p className="cvj-compare__summary" data-testid="compare-summary">
        <span className="cvj-diff cvj-diff--a">− {counts.onlyA} only in A</span>
        <span className="cvj-diff cvj-diff--b">+ {counts.onlyB} only in B</span>
        <span className="cvj-diff cvj-diff--changed">± {counts.changed} changed</span>
        <span className="cvj-diff cvj-diff--same">= {counts.same} in both</span>
      </p>
      <div className="cvj-compare__scroll">
        <table className="cvj-compare__table">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">
                <PersonaMark journey={a} /> A: {a.title}
              </th>
              <th scope="col">
                <PersonaMark journey={b} /> B: {b.title}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.stages.map((row, i) => (
              <tr key={row.stage} data-stage={row.stage}>
                <th scope="row">
                  {STAGES[i]!.number}. {STAGES[i]!.label}
                </th>
                <td>
                  <ul className="cvj-compare__cards">
                    {row.onlyA.map((t) => (
                      <Card key={t.id} tactic={t} mark="a" />
                    ))}
                    {row.changed.map((p) => (
                      <Card key={p.a.id} tactic={p.a} mark="changed" pair={p} />
                    ))}
                    {row.same.map((p) => (
                      <Card key={p.a.id} tactic={p.a} mark="same" />
                    ))}
                  </ul>
                </td>
                <td>
                  <ul className="cvj-compare__cards">
                    {row.onlyB.map((t) => (
                      <Card key={t.id} tactic={t} mark="b" />
                    ))}
                    {row.changed.map((p) => (
                      <Card key={p.b.id} tactic={p.b} mark="changed" pair={p} />
                    ))}
                    {row.same.map((p) => (
                      <Card key={p.b.id} tactic={p.b} mark="same" />
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {result.forecast ? <ForecastDiff result={result.forecast} /> : null}
      </div>
    </div>
  );
}

function JourneyPicker({ label, value, journeys, onChange }: { label: string; value: string; journeys: Journey[]; onChange(id: string): void }) {
  return (
    <label className="cvj-compare__pick">
      {label}
      <select className="cvj-input" value={value} onChange={(e) => onChange(e.target.value)}>
        {journeys.map((j, i) => (
          <option key={j.id} value={j.id}>
            {i + 1}. {j.title}
            {j.persona ? ` (${j.persona.name})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

const MARK = {
  a: { sign: '−', label: 'only in A' },
  b: { sign: '+', label: 'only in B' },
  changed: { sign: '±', label: 'changed' },
  same: { sign: '=', label: 'in both' },
} as const;

function Card({ tactic, mark, pair }: { tactic: Tactic; mark: keyof typeof MARK; pair?: TacticPair }) {
  const { sign, label } = MARK[mark];
  return (
    <li className={`cvj-diff-card cvj-diff-card--${mark}`} data-mark={mark} data-title={tactic.title}>
      <span className="cvj-diff-card__sign" aria-hidden="true">
        {sign}
      </span>
      <span className="cvj-diff-card__title">{tacticTitle(tactic.title)}</span>
      <span className="cvj-visually-hidden">({label})</span>
      {pair ? <span className="cvj-diff-card__fields">{pair.differs.map((f) => FIELD_LABEL[f] ?? f).join(', ')}</span> : null}
    </li>
  );
}

function ForecastDiff({ result }: { result: NonNullable<ReturnType<typeof compareJourneys>['forecast']> }) {
  const currency = result.currency.b;
  const people = (d: NumbersDelta) => [formatPeople(d.a, LOCALE), formatPeople(d.b, LOCALE), signed(d.delta, (v) => formatPeople(v, LOCALE))];
  const money = (d: NumbersDelta) => [formatMoney(d.a, result.currency.a, { locale: LOCALE }), formatMoney(d.b, currency, { locale: LOCALE }), signed(d.delta, (v) => formatMoney(v, currency, { locale: LOCALE }))];
  const sameCurrency = result.currency.a === result.currency.b;
  return (
    <section className="cvj-compare__forecast" aria-labelledby="cvj-compare-forecast">
      <h3 id="cvj-compare-forecast">Forecast: B against A</h3>
      {sameCurrency ? null : (
        <p className="cvj-compare__note">
          A counts in {result.currency.a} and B in {result.currency.b}: revenue differences are left out.
        </p>
      )}
      <table className="cvj-compare__numbers">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">People A</th>
            <th scope="col">People B</th>
            <th scope="col">Δ people</th>
            <th scope="col">Revenue A</th>
            <th scope="col">Revenue B</th>
            <th scope="col">Δ revenue</th>
          </tr>
        </thead>
        <tbody>
          {result.stages.map((s, i) => (
            <tr key={s.stage}>
              <th scope="row">{STAGES[i]!.label}</th>
              {[...people(s.people), ...(sameCurrency ? money(s.revenue) : money(s.revenue).slice(0, 2).concat(UNKNOWN))].map((cell, k) => (
                <td key={k}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="compare-totals">
            <th scope="row">Total</th>
            {[...people(result.totals.people), ...(sameCurrency ? money(result.totals.revenue) : money(result.totals.revenue).slice(0, 2).concat(UNKNOWN))].map((cell, k) => (
              <td key={k}>{cell}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function signed(value: number | null, format: (v: number) => string): string {
  if (value === null) return UNKNOWN;
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}
