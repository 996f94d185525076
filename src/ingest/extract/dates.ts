/**
 * Date expressions in news prose, resolved against the article's date into date specs with their precision:
 * "in June 2022" → 2022-06, "on Monday" → the Monday before publication, "last year" → the year before,
 * "in 2020" / "the 2020 campaign" → 2020. An article dated only to the month cannot place a weekday, so
 * "on Monday" then resolves to the month.
 */
import { formatDateSpec, parseDateSpec } from '../../facts/dates.ts';
import { MONTHS, WEEKDAYS } from './lexicons.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  spec: string;
  /** Relative to the article ("on Monday", "last year") rather than a calendar date. */
  relative: boolean;
}

export interface ArticleDate {
  /** The article's date spec as given. */
  spec: string;
  /** Day-precision anchor (the last day of a month-precision date). */
  anchor: Date;
  precision: 'YEAR' | 'MONTH' | 'DAY';
}

export function articleDate(publishedAt: string): ArticleDate {
  const parsed = parseDateSpec(publishedAt);
  const anchor = new Date(`${parsed.precision === 'DAY' ? parsed.from : parsed.to}T00:00:00Z`);
  return { spec: parsed.text.split('/').pop() ?? parsed.text, anchor, precision: parsed.precision };
}

const DAY_MS = 86_400_000;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const monthSpec = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
const daySpec = (year: number, month: number, day: number) => `${monthSpec(year, month)}-${String(day).padStart(2, '0')}`;

function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The article's own date at the precision it has, capped at `precision`. */
function articleSpec(article: ArticleDate, precision: 'YEAR' | 'MONTH' | 'DAY'): string {
  const rank = { YEAR: 0, MONTH: 1, DAY: 2 };
  const p = rank[precision] <= rank[article.precision] ? precision : article.precision;
  return formatDateSpec(article.anchor, p);
}

function weekday(article: ArticleDate, day: number, strictlyBefore: boolean): string {
  if (article.precision !== 'DAY') return articleSpec(article, 'MONTH');
  let back = (article.anchor.getUTCDay() - day + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return formatDateSpec(addDays(article.anchor, -back), 'DAY');
}

function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year for a month named without one: the latest such month not after the article. */
function yearForMonth(article: ArticleDate, month: number): number {
  const year = article.anchor.getUTCFullYear();
  return month <= article.anchor.getUTCMonth() + 1 ? year : year - 1;
}

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).join('|');
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

interface Rule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, article: ArticleDate) => string | null;
  relative: boolean;
}

const RULES: Rule[] = [
  {
    // June 5, 2023 / Nov. 5 2023 / 5 June 2023
    pattern: new RegExp(`\\b(?:(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4}))\\b`, 'gi'),
    relative: false,
    resolve: (m) => {
      const month = MONTHS[(m[1] ?? m[5] ?? '').toLowerCase()];
      const day = Number(m[2] ?? m[4]);
      const year = Number(m[3] ?? m[6]);
      return month && validDay(year, month, day) ? daySpec(year, month, day) : null;
    },
  },
  {
    // June 2022 / in early June 2022
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'),
    relative: false,
    resolve: (m) => {
      const month = MONTHS[(m[1] ?? '').toLowerCase()];
      return month ? monthSpec(Number(m[2]), month) : null;
    },
  },
  {
    // on June 5 / June 5th / 5 June
    pattern: new RegExp(`\\b(?:(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES}))\\b(?!\\s*,?\\s*\\d{4})`, 'gi'),
    relative: true,
    resolve: (m, article) => {
      const month = MONTHS[(m[1] ?? m[4] ?? '').toLowerCase()];
      const day = Number(m[2] ?? m[3]);
      if (!month || (m[1]?.toLowerCase() === 'may' && !/^May\b/.test(m[0]))) return null;
      const year = yearForMonth(article, month);
      return validDay(year, month, day) ? daySpec(year, month, day) : null;
    },
  },
  {
    // in June (no year) — "may" only when capitalized, it is also a verb
    pattern: new RegExp(`\\b(?:in|since|during|by|until|through|last|this|early|late|mid-?|earlier in|later in|end of|beginning of|as recently as|as late as|as early as|back in|as of)\\s+(?:early\\s+|late\\s+|mid-?)?(${MONTH_NAMES})\\b(?!\\.?\\s*\\d)`, 'gi'),
    relative: true,
    resolve: (m, article) => {
      const word = m[1] ?? '';
      if (word.toLowerCase() === 'may' && word !== 'May') return null;
      const month = MONTHS[word.toLowerCase()];
      if (!month) return null;
      if (/^last\b/i.test(m[0])) {
        const year = article.anchor.getUTCFullYear();
        return monthSpec(month < article.anchor.getUTCMonth() + 1 ? year : year - 1, month);
      }
      return monthSpec(yearForMonth(article, month), month);
    },
  },
  {
    // "starting Monday", "from Tuesday", "next Friday": days ahead of the article
    pattern: new RegExp(`\\b(?:starting|beginning|effective|next|this coming)\\s+(?:on\\s+|from\\s+)?(${WEEKDAY_NAMES})\\b`, 'gi'),
    relative: true,
    resolve: (m, article) => {
      const day = WEEKDAYS[(m[1] ?? '').toLowerCase()];
      if (day === undefined || article.precision !== 'DAY') return null;
      const ahead = (day - article.anchor.getUTCDay() + 7) % 7 || 7;
      return formatDateSpec(addDays(article.anchor, ahead), 'DAY');
    },
  },
  {
    pattern: new RegExp(`\\b(last|this past|this|on)?\\s*(${WEEKDAY_NAMES})\\b`, 'gi'),
    relative: true,
    resolve: (m, article) => {
      const day = WEEKDAYS[(m[2] ?? '').toLowerCase()];
      if (day === undefined) return null;
      return weekday(article, day, m[1]?.toLowerCase() === 'last');
    },
  },
  {
    // "a day after", "the previous day": counted back from the article's day
    pattern: /\b(?:(a|one|two|three|four|five)\s+days?\s+(?:after|earlier|before)|the\s+(?:previous|prior)\s+day|the\s+day\s+before)\b/gi,
    relative: true,
    resolve: (m, a) => (a.precision === 'DAY' ? formatDateSpec(addDays(a.anchor, -(NUMBER_WORDS[(m[1] ?? 'a').toLowerCase()] ?? 1)), 'DAY') : null),
  },
  { pattern: /\b(?:today|this morning|this afternoon|this evening|tonight|earlier today)\b/gi, relative: true, resolve: (_m, a) => articleSpec(a, 'DAY') },
  {
    pattern: /\b(?:yesterday|last night)\b/gi,
    relative: true,
    resolve: (_m, a) => (a.precision === 'DAY' ? formatDateSpec(addDays(a.anchor, -1), 'DAY') : articleSpec(a, 'MONTH')),
  },
  {
    pattern: /\b(?:this|last|earlier this|past)\s+week\b/gi,
    relative: true,
    resolve: (m, a) => {
      if (a.precision !== 'DAY') return articleSpec(a, 'MONTH');
      const monday = addDays(a.anchor, -((a.anchor.getUTCDay() + 6) % 7));
      if (/last|past/i.test(m[0])) return `${formatDateSpec(addDays(monday, -7), 'DAY')}/${formatDateSpec(addDays(monday, -1), 'DAY')}`;
      return monday.getTime() === a.anchor.getTime() ? formatDateSpec(monday, 'DAY') : `${formatDateSpec(monday, 'DAY')}/${formatDateSpec(a.anchor, 'DAY')}`;
    },
  },
  { pattern: /\b(?:this month|earlier this month|later this month|so far this month)\b/gi, relative: true, resolve: (_m, a) => articleSpec(a, 'MONTH') },
  {
    pattern: /\b(?:last|past|previous)\s+month\b/gi,
    relative: true,
    resolve: (_m, a) => {
      const [y, mo] = shiftMonth(a.anchor.getUTCFullYear(), a.anchor.getUTCMonth() + 1, -1);
      return monthSpec(y, mo);
    },
  },
  { pattern: /\b(?:this year|earlier this year|so far this year|later this year)\b/gi, relative: true, resolve: (_m, a) => articleSpec(a, 'YEAR') },
  { pattern: /\b(?:last|past|previous)\s+year\b/gi, relative: true, resolve: (_m, a) => String(a.anchor.getUTCFullYear() - 1) },
  {
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(day|week|month|year)s?\s+ago\b/gi,
    relative: true,
    resolve: (m, a) => {
      const n = NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'year') return String(a.anchor.getUTCFullYear() - n);
      if (unit === 'month') {
        const [y, mo] = shiftMonth(a.anchor.getUTCFullYear(), a.anchor.getUTCMonth() + 1, -n);
        return monthSpec(y, mo);
      }
      if (a.precision !== 'DAY') return null;
      return formatDateSpec(addDays(a.anchor, -n * (unit === 'week' ? 7 : 1)), unit === 'week' ? 'MONTH' : 'DAY');
    },
  },
  {
    // in 2020 / the 2020 campaign / in early 2023 — not amounts ("2,020", "$2020") or spans ("2020s")
    pattern: /(?<![\d,.$€£])\b(1[89]\d\d|20\d\d)\b(?![\d%s]|,\d|-\d|\s*(?:people|troops|soldiers|residents|jobs|units|homes))/g,
    relative: false,
    resolve: (m) => m[1] ?? null,
  },
];

/** All date expressions in `text[from, to)`, earliest first, without overlaps (the longest wins). */
export function findDates(text: string, article: ArticleDate, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(slice); m; m = rule.pattern.exec(slice)) {
      const start = from + m.index + (m[0].length - m[0].trimStart().length);
      const end = from + m.index + m[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      const spec = rule.resolve(m, article);
      if (spec) found.push({ start, end, text: text.slice(start, end), spec, relative: rule.relative });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Phrases that point back at the time of the events just described. */
export const AT_THE_TIME = /\b(?:at the time|back then|that year|that month|that day|the same day|the same year|the same month|at that point)\b/i;

/** The article's own date spec (for facts the text does not date). */
export function defaultDate(article: ArticleDate): string {
  return article.spec;
}
