/**
 * Fact dates. A fact holds at a day, a month, a year, or over a range of those; the precision is kept so that
 * "June 2022" is never shown as "2022-06-01". Written as compact strings in seed files and inputs:
 * `2020`, `2022-06`, `2024-11-19`, or a range `2021-01/2024-11`.
 */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface FactDate {
  /** First day the fact may have held, ISO `YYYY-MM-DD`. */
  from: string;
  /** Last day the fact may have held, ISO `YYYY-MM-DD`. */
  to: string;
  /** The coarsest precision of the two ends. */
  precision: DatePrecision;
  /** The compact form it was written in, e.g. `2022-06`. */
  text: string;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export class DateSpecError extends Error {}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parsePart(text: string): { first: string; last: string; precision: DatePrecision } {
  const m = PART.exec(text);
  if (!m) throw new DateSpecError(`"${text}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) throw new DateSpecError(`year ${year} is out of range`);
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31`, precision: 'YEAR' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new DateSpecError(`month ${m[2]} is out of range in "${text}"`);
  const dim = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(dim)}`, precision: 'MONTH' };
  }
  const day = Number(m[3]);
  if (day < 1 || day > dim) throw new DateSpecError(`day ${m[3]} is out of range in "${text}"`);
  return { first: text, last: text, precision: 'DAY' };
}

const RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** Parses `2022-06` or `2021-01/2024-11` into a range with its precision; throws DateSpecError. */
export function parseDateSpec(text: string): FactDate {
  const trimmed = text.trim();
  const [a, b, extra] = trimmed.split('/');
  if (extra !== undefined || a === undefined) throw new DateSpecError(`"${text}" has more than one "/"`);
  const start = parsePart(a);
  if (b === undefined) return { from: start.first, to: start.last, precision: start.precision, text: trimmed };
  const end = parsePart(b);
  if (end.last < start.first) throw new DateSpecError(`"${text}" ends before it starts`);
  const precision = RANK[start.precision] <= RANK[end.precision] ? start.precision : end.precision;
  return { from: start.first, to: end.last, precision, text: trimmed };
}

/** The compact form of a single day, month or year, e.g. for an article published on a known day. */
export function formatDateSpec(date: Date, precision: DatePrecision): string {
  const y = pad(date.getUTCFullYear(), 4);
  if (precision === 'YEAR') return y;
  const m = `${y}-${pad(date.getUTCMonth() + 1)}`;
  return precision === 'MONTH' ? m : `${m}-${pad(date.getUTCDate())}`;
}

export function isDateSpec(text: string): boolean {
  try {
    parseDateSpec(text);
    return true;
  } catch {
    return false;
  }
}
