/**
 * Paragraphs and sentences with their offsets. A full stop inside an open quotation does not end the sentence,
 * so a quote of several sentences stays with its attribution ("... falling. These mines ...," the official added).
 */
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from './lexicons.ts';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** A headline or subhead: a short line in title case without closing punctuation. */
  headline: boolean;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  headline: boolean;
}

const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
const SENTENCE_STARTERS = /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|These|Those|His|Her|Its|Their|Our|As|After|Before|When|While|According|Meanwhile|However|Still|Yet|Some|Many|Officials|If)\b/;

/** A headline or subhead: a short line that does not end like a sentence. */
function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || /[.!?:;"”’)]$/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= 24;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const content = m[0].trim();
    if (!content) continue;
    const start = m.index + lead;
    paragraphs.push({ index: paragraphs.length, start, end: start + content.length, headline: isHeadline(content) });
  }
  return paragraphs;
}

/** The word that ends just before a full stop at `dot`, lower case, with inner dots ("u.s"). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot).toLowerCase();
}

function endsSentence(text: string, dot: number, next: number, paragraphEnd: number): boolean {
  if (next >= paragraphEnd) return true;
  const c = text[next] ?? '';
  if (!/[\p{Lu}\d]/u.test(c) && !OPENING_QUOTES.has(c)) return false;
  if (text[dot] !== '.') return true;
  const word = wordBefore(text, dot);
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[dot - 1] ?? '')) return false; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(word)) {
    if (!SENTENCE_FINAL_ABBREVIATIONS.has(word)) return false;
    return SENTENCE_STARTERS.test(text.slice(next, next + 20));
  }
  return true;
}

export function splitSentences(text: string, paragraphs: Paragraph[] = splitParagraphs(text)): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (paragraph: Paragraph, start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end <= start) return;
    sentences.push({ index: sentences.length, paragraph: paragraph.index, start, end, text: text.slice(start, end), headline: paragraph.headline });
  };
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    let inQuote = false;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i] ?? '';
      if (ch === '“') inQuote = true;
      else if (ch === '”') inQuote = false;
      else if (ch === '"') inQuote = !inQuote;
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      let closedQuote = false;
      while (j < paragraph.end && CLOSERS.has(text[j] ?? '')) {
        if (text[j] === '"' || text[j] === '”') {
          inQuote = false;
          closedQuote = true;
        }
        j++;
      }
      const dot = i;
      i = j - 1; // the closers are consumed: their quote state is already accounted for
      if (inQuote && !closedQuote) continue;
      if (j < paragraph.end && !/\s/.test(text[j] ?? '')) continue;
      let next = j;
      while (next < paragraph.end && /\s/.test(text[next] ?? '')) next++;
      if (!endsSentence(text, dot, next, paragraph.end)) continue;
      push(paragraph, start, j);
      start = next;
    }
    push(paragraph, start, paragraph.end);
  }
  return sentences;
}

/** The sentence containing offset `at` (binary search). */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  // offsets in the gaps between sentences belong to the next one
  return sentences[lo];
}
