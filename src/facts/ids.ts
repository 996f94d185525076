/**
 * Deterministic ids. The same fact from a second article gets the same id, so it gains a source instead of
 * becoming a duplicate; the same article text gets the same hash, so re-ingesting it changes nothing.
 */
import { createHash } from 'node:crypto';
import { ID_PREFIX, type NodeType } from './document.ts';

export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || 'x';
}

export function shortHash(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function newId(type: NodeType, name: string): string {
  return `${ID_PREFIX[type]}:${slugify(name)}`;
}

/** Folds case, punctuation, quotes and white space, so trivially different copies compare equal. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key an entity name is looked up by: folded, without a leading "the". */
export function nameKey(name: string): string {
  return normalizeText(name).replace(/^the /, '');
}

export function textHash(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex');
}

export function statementId(speakerId: string, quote: string): string {
  return `statement:${speakerId.split(':')[1]?.slice(0, 40) ?? 'x'}-${shortHash(normalizeText(quote))}`;
}

/** A relationship fact is one per (type, from, to); further articles add sources to it. */
export function relationId(type: string, from: string, to: string): string {
  return `${type.toLowerCase()}:${from}>${to}`;
}
