import { getStage } from '../shared/model/stages';
import {
  forecastCsv,
  forecastJourney,
  forecastLevers,
  formatMoney,
  formatPeople,
  formatPercent,
  PERIOD_LABEL,
  PERIOD_SHORT,
  UNBOUNDED,
} from '../shared/model/forecast';
import type { Journey } from '../shared/model/types';

/** The user's locale, as the app takes it (LC_ALL, LC_MONETARY, LANG: "en_GB.UTF-8" → "en-GB"). */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.LC_ALL || env.LC_MONETARY || env.LANG;
  const tag = raw?.split('.')[0]?.replace('_', '-');
  if (!tag || tag === 'C' || tag === 'POSIX') return Intl.DateTimeFormat().resolvedOptions().locale;
  try {
    return new Intl.Locale(tag).toString();
  } catch {
    return undefined;
  }
}

/** `cvj forecast`: the same numbers as the app's Forecast panel, as text, JSON or CSV. */
export function forecastLines(doc: Journey, output: 'text' | 'json' | 'csv', locale = systemLocale()): string[] {
  const result = forecastJourney(doc, { locale });
  // One line per row: a terminal's line endings (the app's Export CSV file keeps CRLF).
  if (output === 'csv') return forecastCsv(doc, result).split('\r\n').slice(0, -1);
  const levers = forecastLevers(doc, result);
  if (output === 'json') {
    const { totals } = result;
    return [
      JSON.stringify(
        {
          currency: result.currency,
          period: result.period,
          stages: result.stages.map(({ stage, people, revenue, cost }) => ({ stage, people, revenue, cost })),
          tactics: doc.tactics.map((t) => {
            const f = result.tactics.get(t.id)!;
            return { id: t.id, title: t.title, stage: t.stage, people: f.people, revenue: f.revenue, cost: f.cost };
          }),
          totals: {
            people: totals.people,
            leads: totals.leads,
            customers: totals.customers,
            revenue: totals.revenue,
            cost: totals.cost,
            profit: totals.profit,
            roi: totals.roi,
          },
          levers: levers.map((l) => ({ target: `${l.target} ${l.change}`, gain: l.gain })),
          unbounded: result.unbounded,
        },
        null,
        2,
      ),
    ];
  }
  const money = (n: number | null) => formatMoney(n, result.currency, { locale });
  const people = (n: number | null) => formatPeople(n, locale);
  const { totals } = result;
  const lines = [`Forecast, ${PERIOD_LABEL[result.period]}, in ${result.currency}:`];
  if (result.unbounded) {
    lines.push(`  A loop brings back as many people as it starts with (gain ${Math.round((result.loopGain ?? 1) * 100) / 100}): its numbers ${UNBOUNDED}.`);
  }
  for (const s of result.stages) {
    lines.push(`  ${getStage(s.stage).label.padEnd(10)} ${people(s.people).padStart(12)} people  ${money(s.revenue).padStart(14)} revenue  ${money(s.cost).padStart(14)} cost`);
  }
  lines.push(
    `  people reached ${people(totals.people)} · leads ${people(totals.leads)} · customers ${people(totals.customers)}`,
    `  revenue ${money(totals.revenue)} · cost ${money(totals.cost)} · profit ${money(totals.profit)} · ROI ${formatPercent(totals.roi, locale)}`,
    `  cost per lead ${money(totals.costPerLead)} · cost per customer ${money(totals.costPerCustomer)} · revenue per customer ${money(totals.revenuePerCustomer)}`,
  );
  if (levers.length > 0) {
    lines.push('  Biggest levers:');
    for (const l of levers) lines.push(`    ${l.target} ${l.change} ⇒ +${money(l.gain)} ${PERIOD_SHORT[result.period]}`);
  }
  for (const m of result.missing) lines.push(`  — ${m.message}`);
  for (const w of result.warnings) lines.push(`  ! ${w.message}`);
  return lines;
}
