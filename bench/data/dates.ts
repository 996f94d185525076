/**
 * Fact dates as the service stores them: a day, a month, a year or a range, parsed by the service's own
 * `parseDateSpec`, so `dateFrom`/`dateTo`/`datePrecision`/`dateText` are exactly what an ingested fact gets.
 */
import { parseDateSpec, type FactDate } from '../../src/facts/dates.ts';
import type { Prng } from './prng.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** A random day between two years, inclusive, as YYYY-MM-DD. */
export function randomDay(rng: Prng, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return isoDay(start + Math.floor(rng.next() * ((end - start) / DAY_MS + 1)) * DAY_MS);
}

export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(day: string, days: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** Mostly days, some months and years, a few ranges: the mix news reports give. */
export function randomFactDate(rng: Prng, fromYear: number, toYear: number): FactDate {
  const day = randomDay(rng, fromYear, toYear);
  const precision = rng.weighted([
    ['DAY', 75],
    ['MONTH', 15],
    ['YEAR', 7],
    ['RANGE', 3],
  ] as const);
  if (precision === 'DAY') return parseDateSpec(day);
  if (precision === 'MONTH') return parseDateSpec(day.slice(0, 7));
  if (precision === 'YEAR') return parseDateSpec(day.slice(0, 4));
  const end = addDays(day, rng.int(40, 700)).slice(0, 7);
  return parseDateSpec(`${day.slice(0, 7)}/${end}`);
}

export function dateFields(date: FactDate) {
  return { dateFrom: date.from, dateTo: date.to, datePrecision: date.precision, dateText: date.text };
}
