/**
 * Ties an evidence sentence to its place in the article text. Seed files and callers may wrap long sentences,
 * so the search folds runs of white space; the offsets returned are those of the original text.
 */
export interface Span {
  start: number;
  end: number;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds `sentence` in `text`, ignoring differences in white space; null when it is not there. */
export function locateEvidence(text: string, sentence: string, from = 0): Span | null {
  const words = sentence.trim().split(/\s+/).filter(Boolean).map(escapeForRegExp);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.join('\\s+'), 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  if (!m) return from > 0 ? locateEvidence(text, sentence, 0) : null;
  return { start: m.index, end: m.index + m[0].length };
}
