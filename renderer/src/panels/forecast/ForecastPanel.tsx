import { setForecastSettings } from '../../../../shared/model/commands';
import {
  forecastCsv,
  forecastLevers,
  formatMoney,
  formatPeople,
  formatPercent,
  PERIOD_LABEL,
  PERIOD_SHORT,
  UNBOUNDED,
  type ForecastResult,
  type Lever,
} from '../../../../shared/model/forecast';
import { getStage, STAGES } from '../../../../shared/model/stages';
import { FORECAST_PERIODS, type Journey } from '../../../../shared/model/types';
import { exportFileName } from '../../export/render';
import { SvgIcon } from '../../canvas/Icon';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { stageVars } from '../../ui/stageStyle';
import { CloseIcon } from '../../ui/icons';
import { usePlatform } from '../../platform/context';
import { LOCALE, useForecast } from './useForecast';
import { useDeferredValue, useMemo } from 'react';
import './forecast.css';

/** Currencies offered in the panel (any ISO code the file holds is offered too). */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'INR', 'BRL', 'MXN', 'ZAR', 'SGD'];
/** Rows of the per-tactic table drawn in the panel; the CSV has them all. */
const TABLE_ROWS = 200;

/**
 * The Forecast panel (toolbar "Forecast", View > Forecast): the journey's currency and period, a
 * funnel of the eight stages, the totals, the five biggest levers (each selects what it names),
 * what keeps numbers unknown, and the per-stage and per-tactic tables (Export CSV). It only
 * shows shared/model/forecast's results.
 */
export function ForecastPanel() {
  const store = useAppStoreApi();
  const open = useAppStore((s) => s.forecastOn && !s.healthOpen && s.presenting === null);
  const result = useForecast();
  if (!open || !result) return null;
  const close = () => {
    store.getState().setForecastOn(false);
    document.querySelector<HTMLElement>('[data-forecast-toggle]')?.focus();
  };
  return (
    <aside
      className="cvj-health cvj-forecast"
      aria-label="Forecast"
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        e.stopPropagation();
        if (e.key === 'Escape') close();
      }}
    >
      <header className="cvj-health__head">
        <h2 className="cvj-health__title">Forecast</h2>
        <button type="button" className="cvj-close-btn" aria-label="Close forecast" title="Close" onClick={close}>
          <SvgIcon node={CloseIcon} size={20} />
        </button>
      </header>
      <ForecastBody result={result} />
    </aside>
  );
}

function ForecastBody({ result }: { result: ForecastResult }) {
  const store = useAppStoreApi();
  const platform = usePlatform();
  const doc = useAppStore((s) => s.doc);
  const flowWidths = useAppStore((s) => s.flowWidths);
  // Levers re-solve the journey a dozen times: worked out after the rest has rendered.
  const deferredDoc = useDeferredValue(doc);
  const levers = useMemo(() => forecastLevers(deferredDoc, result), [deferredDoc, result]);
  const money = (n: number | null) => formatMoney(n, result.currency, { locale: LOCALE });
  const people = (n: number | null) => formatPeople(n, LOCALE);
  const per = PERIOD_SHORT[result.period];
  const { totals } = result;
  const top = Math.max(1, ...result.stages.map((s) => s.people ?? 0));
  const select = (kind: 'tactic' | 'connection', id: string) => {
    store.getState().setSelection([id]);
    if (kind === 'tactic') store.getState().revealCards([id]);
  };
  const exportCsv = () =>
    void platform
      .exportFile({
        format: 'csv',
        bytes: new TextEncoder().encode(forecastCsv(doc, result)),
        suggestedName: exportFileName(doc.title, 'csv', 'forecast'),
      })
      .catch((error: unknown) =>
        store.getState().ask({ kind: 'message', tone: 'error', title: 'The CSV was not saved', message: String(error) }),
      );

  return (
    <div className="cvj-health__scroll">
      <div className="cvj-forecast__settings">
        <label>
          Currency
          <select
            className="cvj-input"
            value={result.currency}
            onChange={(e) => store.getState().apply(setForecastSettings, { currency: e.target.value })}
          >
            {[...new Set([result.currency, ...CURRENCIES])].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label>
          Period
          <select
            className="cvj-input"
            value={result.period}
            onChange={(e) => store.getState().apply(setForecastSettings, { period: e.target.value })}
          >
            {FORECAST_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABEL[p]}
              </option>
            ))}
          </select>
        </label>
      </div>

      {result.unbounded ? (
        <p className="cvj-forecast__alert" role="status">
          Grows without limit: a loop brings back as many people as it starts with (loop gain{' '}
          {Math.round((result.loopGain ?? 1) * 100) / 100}), so its numbers have no end. Lower a rate or share on the loop.
        </p>
      ) : null}

      <dl className="cvj-forecast__totals" data-testid="forecast-totals">
        <Total label="Profit" value={money(totals.profit)} strong />
        <Total label="Revenue" value={money(totals.revenue)} />
        <Total label="Cost" value={money(totals.cost)} />
        <Total label="ROI" value={formatPercent(totals.roi, LOCALE)} />
        <Total label="People reached" value={people(totals.people)} />
        <Total label="Leads" value={people(totals.leads)} />
        <Total label="Customers" value={people(totals.customers)} />
        <Total label="Cost per lead" value={money(totals.costPerLead)} />
        <Total label="Cost per customer" value={money(totals.costPerCustomer)} />
        <Total label="Revenue per customer" value={money(totals.revenuePerCustomer)} />
      </dl>
      <p className="cvj-forecast__period">{PERIOD_LABEL[result.period]}, in {result.currency}</p>

      <h3 className="cvj-forecast__heading">Funnel</h3>
      <ol className="cvj-forecast__funnel" aria-label="People by stage">
        {result.stages.map((s) => {
          const stage = getStage(s.stage);
          return (
            <li key={s.stage} style={stageVars(stage.color)}>
              <span className="cvj-stage-number cvj-health__number" aria-hidden="true">
                {stage.number}
              </span>
              <span className="cvj-forecast__stage">{stage.label}</span>
              <span className="cvj-forecast__bar" aria-hidden="true">
                <span style={{ width: `${((s.people ?? 0) / top) * 100}%` }} />
              </span>
              <span className="cvj-forecast__number">{people(s.people)}</span>
            </li>
          );
        })}
      </ol>
      <label className="cvj-health__option">
        <input type="checkbox" checked={flowWidths} onChange={(e) => store.getState().setFlowWidths(e.target.checked)} />
        Flow widths on the connections
      </label>

      <h3 className="cvj-forecast__heading">Biggest levers</h3>
      {levers.length === 0 ? (
        <p className="cvj-health__empty">
          {totals.profit === null ? 'Levers need a known profit: fill the assumptions below.' : 'No assumption to improve yet.'}
        </p>
      ) : (
        <ol className="cvj-forecast__levers" aria-label="Biggest levers">
          {levers.map((lever) => (
            <li key={`${lever.kind}:${lever.id}:${lever.field}`}>
              <button type="button" className="cvj-forecast__lever" onClick={() => select(lever.kind, lever.id)}>
                {leverText(lever, money, per)}
              </button>
            </li>
          ))}
        </ol>
      )}

      {result.missing.length + result.warnings.length > 0 ? (
        <>
          <h3 className="cvj-forecast__heading">Why some numbers are “—”</h3>
          <ul className="cvj-forecast__notes" aria-label="Missing assumptions">
            {[...result.warnings, ...result.missing].slice(0, 50).map((m, i) => (
              <li key={`${m.tacticId}:${i}`}>
                <button type="button" className="cvj-forecast__note" onClick={() => select('tactic', m.tacticId)}>
                  {m.message}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="cvj-forecast__heading">By stage</h3>
      <FigureTable
        label="By stage"
        first="Stage"
        rows={result.stages.map((x) => {
          const name = getStage(x.stage).label;
          return { key: x.stage, name, title: name, people: people(x.people), revenue: money(x.revenue), cost: money(x.cost) };
        })}
      />

      <div className="cvj-forecast__tactics-head">
        <h3 className="cvj-forecast__heading">By tactic</h3>
        <button type="button" className="cvj-btn" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <TacticTable doc={doc} result={result} people={people} money={money} />
    </div>
  );
}

function Total({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={strong ? 'cvj-forecast__total cvj-forecast__total--strong' : 'cvj-forecast__total'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function TacticTable({
  doc,
  result,
  people,
  money,
}: {
  doc: Journey;
  result: ForecastResult;
  people(n: number | null): string;
  money(n: number | null): string;
}) {
  const order = new Map(STAGES.map((s, i) => [s.id, i]));
  const rows = [...doc.tactics].sort((a, b) => order.get(a.stage)! - order.get(b.stage)!);
  return (
    <>
      <FigureTable
        label="By tactic"
        first="Tactic"
        rows={rows.slice(0, TABLE_ROWS).map((t) => {
          const f = result.tactics.get(t.id)!;
          return {
            key: t.id,
            name: t.title,
            title: `${getStage(t.stage).label}: ${t.title}`,
            people: f.unbounded ? UNBOUNDED : people(f.people),
            revenue: money(f.revenue),
            cost: money(f.cost),
          };
        })}
      />
      {rows.length > TABLE_ROWS ? (
        <p className="cvj-forecast__period">
          The first {TABLE_ROWS} of {rows.length} tactics; Export CSV has them all.
        </p>
      ) : null}
    </>
  );
}

interface FigureRow {
  key: string;
  name: string;
  title: string;
  people: string;
  revenue: string;
  cost: string;
}

/** People, revenue and cost, one row per stage or tactic. */
function FigureTable({ label, first, rows }: { label: string; first: string; rows: FigureRow[] }) {
  return (
    <table className="cvj-forecast__table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">People</th>
          <th scope="col">Revenue</th>
          <th scope="col">Cost</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" title={row.title}>
              {row.name}
            </th>
            <td>{row.people}</td>
            <td>{row.revenue}</td>
            <td>{row.cost}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function leverText(lever: Lever, money: (n: number) => string, per: string): string {
  return `${lever.target} ${lever.change} ⇒ +${money(lever.gain)} ${per}`;
}
