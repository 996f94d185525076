/**
 * Entity resolution against the gazetteer (the names the graph already knows). An entity matches an entry of
 * its type by canonical name, by alias, or — people only — by surname with a fitting title ("Mr. Scholz",
 * "Chancellor Scholz") or by title alone ("the chancellor"). When several entries fit equally well the match is
 * reported as ambiguous and not guessed.
 */
import type { GazetteerEntry } from './index.ts';
import { normalizeName } from './entities.ts';
import type { EntityRecord } from './registry.ts';

export interface Resolution {
  match?: { id: string; confidence: number; by: 'name' | 'alias' | 'surname-title' };
  ambiguous?: Array<{ id: string; name: string }>;
  entry?: GazetteerEntry;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'dame', 'prof']);

function lastWord(name: string): string {
  return normalizeName(name).split(' ').pop() ?? '';
}

function titleWords(title: string | undefined): Set<string> {
  return new Set(normalizeName(title ?? '').split(' ').filter((w) => w.length > 2 && !HONORIFICS.has(w) && !['the', 'of', 'and', 'for'].includes(w)));
}

function titlesFit(recordTitle: string | undefined, entryTitle: string | undefined): boolean {
  const a = titleWords(recordTitle);
  if (a.size === 0) return true; // "Mr. Scholz": an honorific fits any title
  const b = titleWords(entryTitle);
  if (b.size === 0) return false;
  for (const w of a) if (b.has(w)) return true;
  return false;
}

function outcome(entries: GazetteerEntry[], by: 'name' | 'alias' | 'surname-title', confidence: number): Resolution | null {
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
  if (unique.length === 0) return null;
  if (unique.length > 1) return { ambiguous: unique.map((e) => ({ id: e.id, name: e.name })) };
  const entry = unique[0]!;
  return { match: { id: entry.id, confidence, by }, entry };
}

export function resolveEntity(record: EntityRecord, gazetteer: GazetteerEntry[]): Resolution {
  const candidates = gazetteer.filter((e) => e.type === record.type && !e.anonymous);
  if (candidates.length === 0) return {};
  const roleOnly = record.anonymous && record.type === 'Person' && record.title !== undefined;
  if (record.anonymous && !roleOnly) return {};

  if (!record.anonymous) {
    const name = normalizeName(record.name);
    const byName = outcome(candidates.filter((e) => normalizeName(e.name) === name), 'name', 0.95);
    if (byName) return byName;
    const forms = new Set([name, ...[...record.aliases].map(normalizeName)]);
    const byAlias = outcome(candidates.filter((e) => [e.name, ...e.aliases].some((a) => forms.has(normalizeName(a)))), 'alias', 0.85);
    if (byAlias) return byAlias;
  }
  if (record.type !== 'Person') return {};

  if (roleOnly) {
    const role = titleWords(record.title);
    const fits = candidates.filter((e) => [...titleWords(e.title)].some((w) => role.has(w)));
    return outcome(fits, 'surname-title', 0.6) ?? {};
  }
  // Surname with a fitting title: only when the text never gives a first name that contradicts the entry.
  const parts = normalizeName(record.name).split(' ');
  const surname = parts[parts.length - 1] ?? '';
  const fits = candidates.filter((e) => {
    const entryParts = normalizeName(e.name).split(' ');
    if (lastWord(e.name) !== surname) return false;
    if (parts.length > 1 && entryParts.length > 1 && entryParts[0] !== parts[0]) return false;
    return titlesFit(record.title, e.title);
  });
  const confidence = record.title ? 0.7 : 0.55;
  return outcome(fits, 'surname-title', confidence) ?? {};
}
