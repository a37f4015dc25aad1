import type { ForecastPeriod } from '../types';

/** How numbers read on screen, in exports and in the CLI: rounded here, and only here. */

export const UNKNOWN = '—';
export const UNBOUNDED = 'grows without limit';

/** "per month", for sentences and column headers. */
export const PERIOD_LABEL: Readonly<Record<ForecastPeriod, string>> = {
  week: 'per week',
  month: 'per month',
  quarter: 'per quarter',
  year: 'per year',
};
/** "/ month", after an amount. */
export const PERIOD_SHORT: Readonly<Record<ForecastPeriod, string>> = {
  week: '/ week',
  month: '/ month',
  quarter: '/ quarter',
  year: '/ year',
};

/**
 * A locale's currency, from its region (en-GB → GBP, de-DE → EUR, fr-CA → CAD). A locale with
 * no region, or one this table does not know, gives USD.
 */
export function defaultCurrency(locale: string | undefined): string {
  let region: string | undefined;
  try {
    region = locale ? new Intl.Locale(locale).maximize().region : undefined;
  } catch {
    region = undefined;
  }
  if (!region) return 'USD';
  if (EURO.has(region)) return 'EUR';
  return CURRENCY_OF_REGION[region] ?? 'USD';
}

const EURO = new Set(['AT', 'BE', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'SI', 'ES', 'AD', 'MC', 'SM', 'VA', 'ME', 'XK']);
const CURRENCY_OF_REGION: Readonly<Record<string, string>> = {
  US: 'USD', GB: 'GBP', CA: 'CAD', AU: 'AUD', NZ: 'NZD', IE: 'EUR', CH: 'CHF', LI: 'CHF', SE: 'SEK', NO: 'NOK',
  DK: 'DKK', IS: 'ISK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', RS: 'RSD', UA: 'UAH', TR: 'TRY',
  IL: 'ILS', AE: 'AED', SA: 'SAR', QA: 'QAR', EG: 'EGP', ZA: 'ZAR', NG: 'NGN', KE: 'KES', MA: 'MAD', IN: 'INR',
  PK: 'PKR', BD: 'BDT', LK: 'LKR', CN: 'CNY', HK: 'HKD', TW: 'TWD', JP: 'JPY', KR: 'KRW', SG: 'SGD', MY: 'MYR',
  TH: 'THB', VN: 'VND', ID: 'IDR', PH: 'PHP', MX: 'MXN', BR: 'BRL', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN',
  UY: 'UYU', RU: 'RUB',
};

/** Whole people, grouped: "12,400". Unknown: "—". */
export function formatPeople(value: number | null, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/**
 * An amount in the journey's currency: "$4,310", "€1.2M" when `compact` (cards, lane headers).
 * Unknown: "—".
 */
export function formatMoney(value: number | null, currency: string, options: { locale?: string; compact?: boolean } = {}): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  const compact = options.compact === true && Math.abs(value) >= 10_000;
  try {
    return new Intl.NumberFormat(options.locale, {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      // Cents only under 100, and then always two of them ($4.20, not $4.2); $7 stays $7.
      maximumFractionDigits: compact ? 1 : Math.abs(value) < 100 && !Number.isInteger(value) ? 2 : 0,
      minimumFractionDigits: !compact && Math.abs(value) < 100 && !Number.isInteger(value) ? 2 : 0,
    }).format(value);
  } catch {
    // A code Intl does not know (the file may say anything valid-looking): the code, then the number.
    return `${currency} ${new Intl.NumberFormat(options.locale, { maximumFractionDigits: 0 }).format(value)}`;
  }
}

/** People, compact for cards: "12.4K". */
export function formatPeopleCompact(value: number | null, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  if (Math.abs(value) < 10_000) return formatPeople(value, locale);
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A ratio as a percentage: 0.253 → "25.3 %". */
export function formatPercent(value: number | null, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value * 100)} %`;
}
