/**
 * Quotations: spans between double quotation marks, curly or straight. A quote left open at the end of a
 * paragraph and reopened at the start of the next is one quotation (the newspaper convention for quotes over
 * several paragraphs). Each quotation is classified by where it stands in its sentence and whether it is a
 * name (a title, nickname or operation) rather than speech.
 */
import { NAMING_CUES, SPEECH_VERBS } from './lexicons.ts';
import type { Paragraph, Sentence } from './sentences.ts';
import { sentenceAt } from './sentences.ts';

export interface QuotePart {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when left open. */
  close: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  paragraph: number;
}

export type QuotePosition =
  /** Opens its sentence: `"...," she said.` */
  | 'initial'
  /** After a colon or a speech verb and comma: `She said: "..."`. */
  | 'introduced'
  /** Inside the author's sentence: `called it "reckless"`. */
  | 'embedded';

export interface Quotation {
  parts: QuotePart[];
  start: number;
  end: number;
  /** The quoted words, without the attribution's closing comma or full stop. */
  text: string;
  /** Offsets of `text` within the article when it comes from one part (first part otherwise). */
  textStart: number;
  textEnd: number;
  position: QuotePosition;
  /** A title, nickname, slogan or operation name in quotation marks: never a statement. */
  isName: boolean;
  firstSentence: Sentence;
  lastSentence: Sentence;
  words: number;
}

const MINOR_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'or', 'vs', 'de']);

/**
 * Quote marks of a paragraph. Double marks when the paragraph has any; otherwise single marks (British style),
 * where a mark opens only before a word and closes only after one, so apostrophes ("don’t", "Fishermen’s") are
 * left alone.
 */
function findParts(text: string, paragraph: Paragraph): QuotePart[] {
  const parts: QuotePart[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  const double = /["“”]/.test(body);
  let openAt = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i];
    let opening: boolean;
    let closing: boolean;
    if (double) {
      opening = ch === '“' || (ch === '"' && openAt < 0);
      closing = ch === '”' || (ch === '"' && openAt >= 0);
    } else {
      const before = i === paragraph.start ? ' ' : (text[i - 1] ?? ' ');
      const after = text[i + 1] ?? ' ';
      opening = (ch === '‘' || ch === "'") && /[\s(\[—–]/.test(before) && /\p{L}/u.test(after);
      closing = (ch === '’' || ch === "'") && !/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after);
    }
    if (opening && openAt < 0) openAt = i;
    else if (closing && openAt >= 0) {
      parts.push({ open: openAt, close: i + 1, innerStart: openAt + 1, innerEnd: i, closed: true, paragraph: paragraph.index });
      openAt = -1;
    }
  }
  if (openAt >= 0) {
    parts.push({ open: openAt, close: paragraph.end, innerStart: openAt + 1, innerEnd: paragraph.end, closed: false, paragraph: paragraph.index });
  }
  return parts;
}

/** Trims the attribution's comma or full stop and surrounding space from a quote's inner text. */
function cleanInner(raw: string): string {
  return raw.replace(/^[\s,]+/, '').replace(/[\s,;:.—–-]+$/, '').trim();
}

function isTitleCase(words: string[]): boolean {
  const content = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w));
}

function isNameQuote(text: string, inner: string, open: number, close: number, position: QuotePosition): boolean {
  if (/[.!?]["”]?$/.test(inner.trim()) && position !== 'embedded') return false;
  const words = inner.split(/\s+/).filter(Boolean);
  const before = text.slice(Math.max(0, open - 40), open).toLowerCase();
  const lastWords = before.match(/([\p{L}-]+)\s*$/u)?.[1] ?? '';
  const lastTwo = before.match(/([\p{L}-]+\s+[\p{L}-]+)\s*$/u)?.[1] ?? '';
  const after = text.slice(close, close + 30).toLowerCase();
  const nextWord = after.match(/^\s*([\p{L}-]+)/u)?.[1] ?? '';
  const cueBefore = NAMING_CUES.has(lastWords) || NAMING_CUES.has(lastTwo) || /\b(?:the|a|its|his|her|their)\s*$/.test(before);
  const cueAfter = NAMING_CUES.has(nextWord);
  if (/\b(?:dubbed|nicknamed|so-called|known as|code-?named|titled|entitled)\s*$/.test(before)) return true;
  if (position !== 'embedded' || words.length === 0) return false;
  if (isTitleCase(words) && !/[,;]/.test(inner) && words.length <= 10) {
    return words.length >= 2 || cueBefore || cueAfter;
  }
  return cueAfter && words.length <= 6 && !/[,;.!?]/.test(inner);
}

function positionOf(text: string, open: number, sentence: Sentence): QuotePosition {
  const before = text.slice(sentence.start, open);
  if (/^[\s(—–-]*$/.test(before)) return 'initial';
  if (/[:]\s*$/.test(before)) return 'introduced';
  // `she said, "..."`, `told reporters on Monday, "..."`: a speech verb shortly before the comma
  const lead = /(\p{L}+)[^,"“”]{0,40},\s*$/u.exec(before);
  if (lead && [...before.slice(Math.max(0, before.length - 60)).toLowerCase().matchAll(/\p{L}+/gu)].some((w) => SPEECH_VERBS.has(w[0]))) return 'introduced';
  return 'embedded';
}

export function findQuotations(text: string, paragraphs: Paragraph[], sentences: Sentence[]): Quotation[] {
  const partsByParagraph = paragraphs.map((p) => findParts(text, p));
  const groups: QuotePart[][] = [];
  let continuing: QuotePart[] | null = null;
  for (const [index, parts] of partsByParagraph.entries()) {
    for (const [i, part] of parts.entries()) {
      const paragraph = paragraphs[index]!;
      const opensParagraph = i === 0 && part.open === paragraph.start;
      if (continuing && opensParagraph) continuing.push(part);
      else groups.push((continuing = [part]));
      continuing = part.closed ? null : continuing;
    }
    if (parts.length === 0) continuing = null;
  }
  const quotations: Quotation[] = [];
  for (const parts of groups) {
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const inner = parts.map((p) => text.slice(p.innerStart, p.innerEnd).trim()).join(' ');
    const cleaned = cleanInner(inner);
    if (!cleaned) continue;
    const firstSentence = sentenceAt(sentences, first.open);
    const lastSentence = sentenceAt(sentences, Math.max(first.open, last.close - 1));
    if (!firstSentence || !lastSentence) continue;
    const position = positionOf(text, first.open, firstSentence);
    const lead = text.slice(first.innerStart, first.innerEnd).search(/\S/);
    const textStart = first.innerStart + Math.max(0, lead);
    quotations.push({
      parts,
      start: first.open,
      end: last.close,
      text: cleaned,
      textStart,
      textEnd: parts.length === 1 ? textStart + cleaned.length : first.innerEnd,
      position,
      isName: isNameQuote(text, cleaned, first.open, last.close, position),
      firstSentence,
      lastSentence,
      words: cleaned.split(/\s+/).length,
    });
  }
  return quotations;
}

/** True when offset `at` lies inside any quotation. */
export function insideQuotation(quotations: Quotation[], at: number): Quotation | undefined {
  for (const q of quotations) {
    if (at < q.start) return undefined;
    for (const p of q.parts) if (at >= p.open && at < p.close) return q;
  }
  return undefined;
}
