/**
 * Scores an extraction against a gold facts document: precision, recall and F1 per fact type (entities by type
 * and overall, statements with their speaker, authorizations, reversals) and the accuracy of the dates of what
 * matched. Pure: the caller loads the files and runs the extractor.
 */
import { evidenceSpan, maximumMatching, normalizeForm, quoteSimilarity, quotesOverlap, sameDate, sameEntity, spanSimilarity, spansOverlap, type ScoredEntity } from './match.ts';

export const SCORED_ENTITY_TYPES = ['Person', 'Agency', 'WeaponSystem', 'Place'] as const;
export type ScoredEntityType = (typeof SCORED_ENTITY_TYPES)[number];

interface Evidence {
  sentence: string;
  start?: number;
  end?: number;
}

/** What scoring needs of a facts document or an extraction. */
export interface ScoredDocument {
  text: string;
  entities: ScoredEntity[];
  statements: Array<{ speaker: string; quote: string; date: string; evidence: Evidence }>;
  facts: Array<{ type: string; from: string; to: string; date: string; evidence: Evidence }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type Category = `entities.${ScoredEntityType}` | 'entities' | 'statements' | 'authorizations' | 'reversals';
export const CATEGORIES: Category[] = [
  'entities.Person', 'entities.Agency', 'entities.WeaponSystem', 'entities.Place', 'entities', 'statements', 'authorizations', 'reversals',
];

export interface Miss {
  category: Category;
  side: 'gold' | 'predicted';
  what: string;
}

export interface DocumentScore {
  counts: Record<Category, Counts>;
  dates: { correct: number; total: number; wrong: string[] };
  misses: Miss[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Finds the entity a reference names: its id, else its exact name, else one of its aliases. */
function resolver(doc: ScoredDocument): (ref: string) => ScoredEntity {
  const byId = new Map<string, ScoredEntity>();
  const byName = new Map<string, ScoredEntity>();
  const byAlias = new Map<string, ScoredEntity>();
  for (const e of doc.entities) {
    if (e.id) byId.set(e.id, e);
    byName.set(e.name, e);
    for (const a of e.aliases ?? []) if (!byAlias.has(normalizeForm(a))) byAlias.set(normalizeForm(a), e);
  }
  return (ref) => {
    const found = byId.get(ref) ?? byName.get(ref) ?? byAlias.get(normalizeForm(ref));
    if (found) return found;
    const prefix = /^(\w+):/.exec(ref)?.[1];
    const type = prefix === 'person' ? 'Person' : prefix === 'agency' ? 'Agency' : prefix === 'policy' ? 'Policy' : prefix === 'weapon' ? 'WeaponSystem' : prefix === 'place' ? 'Place' : 'Unknown';
    return { type, name: ref };
  };
}

const describe = (e: ScoredEntity) => `${e.type} "${e.name}"${e.anonymous ? ' (anonymous)' : ''}`;

export function scoreDocument(gold: ScoredDocument, predicted: ScoredDocument): DocumentScore {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, zero()])) as Record<Category, Counts>;
  const misses: Miss[] = [];
  const dates = { correct: 0, total: 0, wrong: [] as string[] };
  const tally = (category: Category, goldCount: number, predictedCount: number, pairs: number) => {
    counts[category].tp += pairs;
    counts[category].fn += goldCount - pairs;
    counts[category].fp += predictedCount - pairs;
  };
  const unmatched = <T>(category: Category, goldItems: T[], predictedItems: T[], pairs: Array<[number, number]>, show: (x: T) => string) => {
    const g = new Set(pairs.map(([a]) => a));
    const p = new Set(pairs.map(([, b]) => b));
    goldItems.forEach((x, i) => g.has(i) || misses.push({ category, side: 'gold', what: show(x) }));
    predictedItems.forEach((x, i) => p.has(i) || misses.push({ category, side: 'predicted', what: show(x) }));
  };

  // Entities: policies and anonymous sources are judged through the facts they take part in.
  const scoredEntities = (doc: ScoredDocument, type: string) => doc.entities.filter((e) => e.type === type && !e.anonymous);
  for (const type of SCORED_ENTITY_TYPES) {
    const g = scoredEntities(gold, type);
    const p = scoredEntities(predicted, type);
    const pairs = maximumMatching(g.length, p.length, (i, j) => sameEntity(g[i]!, p[j]!));
    tally(`entities.${type}`, g.length, p.length, pairs.length);
    tally('entities', g.length, p.length, pairs.length);
    unmatched(`entities.${type}`, g, p, pairs, describe);
  }

  const goldRef = resolver(gold);
  const predictedRef = resolver(predicted);
  const countDates = (pairs: Array<[number, number]>, goldDate: (i: number) => string, predictedDate: (j: number) => string, label: (i: number) => string) => {
    for (const [i, j] of pairs) {
      dates.total++;
      if (sameDate(goldDate(i), predictedDate(j))) dates.correct++;
      else dates.wrong.push(`${label(i)}: gold ${goldDate(i)}, predicted ${predictedDate(j)}`);
    }
  };

  const gs = gold.statements;
  const ps = predicted.statements;
  const statementPairs = maximumMatching(
    gs.length,
    ps.length,
    (i, j) => sameEntity(goldRef(gs[i]!.speaker), predictedRef(ps[j]!.speaker)) && quotesOverlap(gs[i]!.quote, ps[j]!.quote),
    (i, j) => quoteSimilarity(gs[i]!.quote, ps[j]!.quote),
  );
  tally('statements', gs.length, ps.length, statementPairs.length);
  const showStatement = (ref: (r: string) => ScoredEntity) => (s: ScoredDocument['statements'][number]) => `${describe(ref(s.speaker))}: "${s.quote.slice(0, 80)}"`;
  const g0 = new Set(statementPairs.map(([a]) => a));
  const p0 = new Set(statementPairs.map(([, b]) => b));
  gs.forEach((s, i) => g0.has(i) || misses.push({ category: 'statements', side: 'gold', what: showStatement(goldRef)(s) }));
  ps.forEach((s, j) => p0.has(j) || misses.push({ category: 'statements', side: 'predicted', what: showStatement(predictedRef)(s) }));
  countDates(statementPairs, (i) => gs[i]!.date, (j) => ps[j]!.date, (i) => `statement "${gs[i]!.quote.slice(0, 40)}"`);

  for (const [type, category] of [['AUTHORIZED', 'authorizations'], ['REVERSED', 'reversals']] as const) {
    const gf = gold.facts.filter((f) => f.type === type);
    const pf = predicted.facts.filter((f) => f.type === type);
    const goldSpans = gf.map((f) => evidenceSpan(gold.text, f.evidence));
    const predictedSpans = pf.map((f) => evidenceSpan(predicted.text, f.evidence));
    const pairs = maximumMatching(
      gf.length,
      pf.length,
      (i, j) => sameEntity(goldRef(gf[i]!.from), predictedRef(pf[j]!.from)) && spansOverlap(goldSpans[i]!, predictedSpans[j]!),
      (i, j) => spanSimilarity(goldSpans[i]!, predictedSpans[j]!) + (sameDate(gf[i]!.date, pf[j]!.date) ? 0.5 : 0) + (sameEntity(goldRef(gf[i]!.to), predictedRef(pf[j]!.to)) ? 0.25 : 0),
    );
    tally(category, gf.length, pf.length, pairs.length);
    const show = (ref: (r: string) => ScoredEntity) => (f: (typeof gf)[number]) => `${describe(ref(f.from))} ${type} ${describe(ref(f.to))} — "${f.evidence.sentence.slice(0, 70)}"`;
    const gm = new Set(pairs.map(([a]) => a));
    const pm = new Set(pairs.map(([, b]) => b));
    gf.forEach((f, i) => gm.has(i) || misses.push({ category, side: 'gold', what: show(goldRef)(f) }));
    pf.forEach((f, j) => pm.has(j) || misses.push({ category, side: 'predicted', what: show(predictedRef)(f) }));
    countDates(pairs, (i) => gf[i]!.date, (j) => pf[j]!.date, (i) => `${type} by ${goldRef(gf[i]!.from).name}`);
  }
  return { counts, dates, misses };
}

/** Sums the counts of several documents (micro-average). */
export function combine(scores: DocumentScore[]): DocumentScore {
  const total: DocumentScore = { counts: Object.fromEntries(CATEGORIES.map((c) => [c, zero()])) as Record<Category, Counts>, dates: { correct: 0, total: 0, wrong: [] }, misses: [] };
  for (const s of scores) {
    for (const c of CATEGORIES) {
      total.counts[c].tp += s.counts[c].tp;
      total.counts[c].fp += s.counts[c].fp;
      total.counts[c].fn += s.counts[c].fn;
    }
    total.dates.correct += s.dates.correct;
    total.dates.total += s.dates.total;
    total.dates.wrong.push(...s.dates.wrong);
    total.misses.push(...s.misses);
  }
  return total;
}

export function dateAccuracy(score: DocumentScore): number {
  return score.dates.total === 0 ? 1 : score.dates.correct / score.dates.total;
}
