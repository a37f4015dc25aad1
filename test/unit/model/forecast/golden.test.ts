import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJourneyFile } from '../../../../shared/file/parse';
import { forecastJourney, forecastLevers, type ForecastResult } from '../../../../shared/model/forecast';
import type { Journey } from '../../../../shared/model/types';

/**
 * Golden journeys (test/fixtures/forecast): every expected number below is worked out by hand
 * from the rule in docs/forecast.md, not copied from the code's output.
 */
function fixture(name: string): Journey {
  const parsed = parseJourneyFile(readFileSync(new URL(`../../../fixtures/forecast/${name}.cvj`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.journey;
}

function byTitle(doc: Journey, result: ForecastResult) {
  return Object.fromEntries(doc.tactics.map((t) => [t.title, result.tactics.get(t.id)!]));
}

/** Within 1e-9 relative (the solve is exact up to floating point). */
function near(actual: number | null | undefined, expected: number) {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('forecast: golden journeys, computed by hand', () => {
  it('a straight line through the eight stages with the Promote → Aware loop (the worked example)', () => {
    const doc = fixture('worked-example');
    const result = forecastJourney(doc, { locale: 'en-US' });
    const t = byTitle(doc, result);
    // Engage's people E: 20 % of 10,000 search-ad visitors, plus 60 % of the friends referred.
    // Each person at Engage reaches Promote with 25 % × 10 % × 80 % × 50 % × 50 % × 50 % = 0.25 %,
    // and 40 % of those refer a friend, 60 % of whom come to Engage: E = 2,000 + 0.0006 E.
    const E = 2000 / (1 - 0.6 * 0.4 * 0.0025);
    near(t['Invoicing guides']!.people, E);
    near(t['Invoice template pack']!.people, 0.25 * E);
    near(t['$7 starter kit']!.people, 0.025 * E);
    near(t['Pro plan, yearly']!.people, 0.01 * E);
    near(t['Referral reward']!.people, 0.0025 * E);
    near(t['Friend referral']!.people, 0.001 * E);
    near(t['$7 starter kit']!.revenue, 7 * 0.025 * E);
    near(t['Pro plan, yearly']!.revenue, 497 * 0.01 * E);
    near(t['Referral reward']!.cost, 20 * 0.0025 * E);
    near(t['Search ads']!.cost, 2000);
    expect(t['Invoicing guides']!.revenue).toBeNull(); // no value: it sells nothing of its own
    const { totals } = result;
    near(totals.people, 10000 + 0.001 * E);
    near(totals.leads, 0.25 * E);
    near(totals.customers, 0.025 * E);
    near(totals.revenue, 5.145 * E);
    near(totals.cost, 2000 + 0.05 * E);
    near(totals.profit, 5.095 * E - 2000);
    near(totals.roi, (5.095 * E - 2000) / (2000 + 0.05 * E));
    near(totals.costPerCustomer, (2000 + 0.05 * E) / (0.025 * E));
    near(totals.revenuePerCustomer, 5.145 / 0.025);
    near(result.loopGain, 0.0006);
    expect(result.unbounded).toBe(false);
    expect(result.currency).toBe('USD');
    expect(result.period).toBe('month');
    // The rounded figures docs/forecast.md quotes.
    expect(Math.round(E)).toBe(2001);
    expect(Math.round(totals.revenue!)).toBe(10296);
    expect(Math.round(totals.profit!)).toBe(10196 - 2000);
  });

  it('a split: shares given, and the connection without one takes what the rate leaves', () => {
    const doc = fixture('split');
    const result = forecastJourney(doc);
    const t = byTitle(doc, result);
    // Ads 1,000 × 50 % = 500 at the webinar; 30 % and 10 % of them by share, and the coupon the
    // rest of the 60 % rate: 20 %.
    near(t['Webinar']!.people, 500);
    near(t['Demo']!.people, 150);
    near(t['Trial']!.people, 50);
    near(t['Coupon']!.people, 100);
    near(result.totals.revenue, 150 * 100 + 50 * 10 + 100 * 5);
    near(result.totals.customers, 300);
    expect(result.totals.cost).toBe(0);
    expect(result.totals.roi).toBeNull(); // no cost: no ratio
    [500, 150, 50, 100].forEach((flow, i) => near(result.connections.get(doc.connections[i]!.id), flow));
  });

  it('a merge: two sources feed one landing page; fixed and per-person costs', () => {
    const doc = fixture('merge');
    const result = forecastJourney(doc);
    const t = byTitle(doc, result);
    near(t['Landing page']!.people, 300 * 0.1 + 700 * 0.2);
    near(t['Tripwire']!.people, 85);
    near(t['Ads']!.cost, 500 + 0.5 * 700);
    const { totals } = result;
    near(totals.revenue, 765);
    near(totals.cost, 850);
    near(totals.profit, -85);
    near(totals.roi, -0.1);
    near(totals.leads, 170);
    near(totals.costPerLead, 5);
    near(totals.costPerCustomer, 10);
    near(totals.revenuePerCustomer, 9);
    near(totals.people, 1000);
    expect(result.stages.map((s) => s.people)).toEqual([1000, 0, 170, 85, 0, 0, 0, 0]);
  });

  it('a loop that loses nobody (gain 1) grows without limit, said plainly, never Infinity or NaN', () => {
    const doc = fixture('loop-unbounded');
    const result = forecastJourney(doc);
    const t = byTitle(doc, result);
    expect(result.unbounded).toBe(true);
    near(result.loopGain, 1);
    near(t['Ads']!.people, 100); // before the loop: still known
    for (const title of ['Newsletter', 'Referral program', 'Referrals']) {
      expect(t[title]).toMatchObject({ people: null, unbounded: true });
    }
    expect(t['Newsletter']!.revenue).toBeNull();
    expect(result.totals.revenue).toBeNull();
    expect(forecastLevers(doc, result)).toEqual([]);
    // One leak (99 % back) and the loop converges: the newsletter gets 100 / (1 − 0.99).
    const leaky = { ...doc, tactics: doc.tactics.map((x) => (x.title === 'Referral program' ? { ...x, conversionRate: 99 } : x)) };
    const converged = forecastJourney(leaky);
    expect(converged.unbounded).toBe(false);
    near(byTitle(leaky, converged)['Newsletter']!.people, 100 / (1 - 0.99));
  });

  it('missing assumptions stay unknown (null, shown —) and say what would make them known', () => {
    const doc = fixture('missing');
    const result = forecastJourney(doc);
    const t = byTitle(doc, result);
    expect(t['Blog']!.people).toBeNull();
    expect(t['Webinar']!.people).toBeNull();
    expect(t['Demo']).toMatchObject({ people: null, revenue: null });
    near(t['Videos']!.people, 200);
    near(t['Coupon']!.revenue, 100);
    expect(result.totals.revenue).toBeNull();
    expect(result.totals.profit).toBeNull();
    near(result.totals.cost, 100);
    expect(result.stages[0]!.people).toBeNull(); // the blog's visitors are unknown
    expect(result.missing.map((m) => [m.tacticId, m.field])).toEqual([
      ['aware-1', 'reach'],
      ['aware-1', 'conversionRate'],
      ['engage-1', 'conversionRate'],
    ]);
    expect(result.missing[0]!.message).toBe(
      'Nothing leads to it: give “Blog” (Aware) a reach, the new people it brings in per period.',
    );
    // Nothing at all brings people in: every number unknown, and where to start is said.
    const noReach = { ...doc, tactics: doc.tactics.map(({ reach: _, ...x }) => x) };
    const empty = forecastJourney(noReach);
    expect([...empty.tactics.values()].every((f) => f.people === null)).toBe(true);
    expect(empty.totals.people).toBeNull();
    expect(empty.missing.filter((m) => m.field === 'reach').map((m) => m.tacticId)).toEqual(['aware-1', 'aware-2']);
  });

  it('shares over the rate are scaled down to it, with a warning: nobody is created', () => {
    const doc = fixture('split');
    const over = { ...doc, connections: doc.connections.map((c) => (c.id === 'engage-1>convert-1' ? { ...c, share: 80 } : c)) };
    const result = forecastJourney(over);
    const t = byTitle(over, result);
    // 80 % + 10 % given against a 60 % rate: scaled by 60/90; the coupon gets nothing.
    near(t['Demo']!.people, 500 * 0.8 * (60 / 90));
    near(t['Trial']!.people, 500 * 0.1 * (60 / 90));
    expect(t['Coupon']!.people).toBe(0);
    expect(result.warnings).toEqual([
      {
        tacticId: 'engage-1',
        message:
          'The shares of the paths from “Webinar” add up to 90 %, more than the 60 % who go on (its conversion rate): they are scaled down to 60 %.',
      },
    ]);
  });

  it('ranks the levers by the profit a 10 % improvement adds, exactly', () => {
    const doc = fixture('split');
    const result = forecastJourney(doc);
    const levers = forecastLevers(doc, result);
    // Ads reach +10 %: 1,100 people, everything downstream +10 %: +1,600.
    // Webinar → Demo share 30 → 33 %: 15 more demos (+1,500) taken from the coupon's 20 → 17 %
    // (−15 coupons, −75): +1,425. Ads rate 50 → 55 %: +10 % downstream: +1,600.
    // Demo value 100 → 110: +1,500. Webinar rate 60 → 66 %: the 6 % go to the coupon (the only
    // path without a share): 30 more at $5: +150. Equal gains list alphabetically.
    expect(levers.map((l) => [l.target, l.change, Math.round(l.gain * 1e6) / 1e6])).toEqual([
      ['Ads conversion rate', '+10 %', 1600],
      ['Ads reach', '+10 %', 1600],
      ['Demo value', '+10 %', 1500],
      ['Webinar → Demo share', '+10 %', 1425],
      ['Webinar conversion rate', '+10 %', 150],
    ]);
    expect(levers[3]).toMatchObject({ kind: 'connection', id: 'engage-1>convert-1', field: 'share' });
  });
});
