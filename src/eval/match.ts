/**
 * The matching rules of tests/fixtures/ANNOTATION.md ("How the evaluation matches"):
 * - entities match when their types agree and they share a normalized name or alias;
 * - anonymous sources match anonymous sources, policies match policies (both are judged through the facts
 *   they take part in);
 * - quotes match when one contains the other or their word overlap is at least half;
 * - evidence matches when the two spans of the article overlap.
 */
import { locateEvidence, type Span } from '../facts/evidence.ts';
import { parseDateSpec } from '../facts/dates.ts';

export interface ScoredEntity {
  id?: string;
  type: string;
  name: string;
  aliases?: string[];
  anonymous?: boolean;
}

/** Lower case, punctuation removed, a leading "the" removed, white space folded. */
export function normalizeForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export function formsOf(entity: ScoredEntity): Set<string> {
  return new Set([entity.name, ...(entity.aliases ?? [])].map(normalizeForm).filter(Boolean));
}

export function sameEntity(a: ScoredEntity, b: ScoredEntity): boolean {
  if (a.anonymous || b.anonymous) return Boolean(a.anonymous && b.anonymous);
  if (a.type !== b.type) return false;
  if (a.type === 'Policy') return true;
  const fa = formsOf(a);
  for (const f of formsOf(b)) if (fa.has(f)) return true;
  return false;
}

function words(text: string): string[] {
  return normalizeForm(text).split(' ').filter(Boolean);
}

/** Shared words over the words of the longer quote, 0..1. */
export function quoteSimilarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, wa.size, wb.size);
}

export function quotesOverlap(a: string, b: string): boolean {
  const na = normalizeForm(a);
  const nb = normalizeForm(b);
  if (!na || !nb) return false;
  if (na.includes(nb) || nb.includes(na)) return true;
  return quoteSimilarity(a, b) >= 0.5;
}

/** The span of an evidence sentence in the article: its offsets, or where its words are found. */
export function evidenceSpan(text: string, evidence: { sentence: string; start?: number; end?: number }): Span | null {
  if (evidence.start !== undefined && evidence.end !== undefined && evidence.end > evidence.start) return { start: evidence.start, end: evidence.end };
  return locateEvidence(text, evidence.sentence);
}

export function spansOverlap(a: Span | null, b: Span | null): boolean {
  return a !== null && b !== null && a.start < b.end && b.start < a.end;
}

/** Shared length of two spans over the longer one, 0..1. */
export function spanSimilarity(a: Span | null, b: Span | null): number {
  if (!a || !b) return 0;
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / Math.max(1, a.end - a.start, b.end - b.start);
}

export function sameDate(a: string, b: string): boolean {
  try {
    const x = parseDateSpec(a);
    const y = parseDateSpec(b);
    return x.from === y.from && x.to === y.to;
  } catch {
    return a.trim() === b.trim();
  }
}

/**
 * A maximum one-to-one matching between gold and predicted items (augmenting paths), so that no item is
 * counted twice and the count does not depend on the order of the lists. Returns pairs [goldIndex, predictedIndex].
 */
export function maximumMatching(
  goldCount: number,
  predictedCount: number,
  fits: (g: number, p: number) => boolean,
  /** How well a fitting pair fits: better pairs are tried first, so equal-sized matchings prefer them. */
  quality: (g: number, p: number) => number = () => 0,
): Array<[number, number]> {
  const edges: number[][] = [];
  for (let g = 0; g < goldCount; g++) {
    const row: number[] = [];
    for (let p = 0; p < predictedCount; p++) if (fits(g, p)) row.push(p);
    edges.push(row.sort((a, b) => quality(g, b) - quality(g, a)));
  }
  const ownerOf = new Array<number>(predictedCount).fill(-1);
  const tryAssign = (g: number, seen: boolean[]): boolean => {
    for (const p of edges[g] ?? []) {
      if (seen[p]) continue;
      seen[p] = true;
      if (ownerOf[p] === -1 || tryAssign(ownerOf[p]!, seen)) {
        ownerOf[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < goldCount; g++) tryAssign(g, new Array<boolean>(predictedCount).fill(false));
  const pairs: Array<[number, number]> = [];
  ownerOf.forEach((g, p) => {
    if (g >= 0) pairs.push([g, p]);
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}
