/**
 * Word tokens with their character offsets. Abbreviations keep their full stop ("U.S.", "Mr."), hyphenated
 * words stay whole ("Biden-Harris", "F-16", "long-range") and a possessive "'s" is split off and remembered.
 */
import { ABBREVIATIONS } from './lexicons.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is a model code like "F-16"). */
  cap: boolean;
  /** Followed by a possessive "'s" or "'" (not part of the token). */
  possessive: boolean;
}

const WORD = /(?:[A-Z]\.){2,}(?:[-‐–][\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:(?:[-‐–'’&]|\.(?=\d))[\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;

/** The last article tokenized, whole: most calls ask for a stretch of the same text. */
let cachedText: string | null = null;
let cachedTokens: Token[] = [];

/** Tokens of text[from, to); tokens that start before `from` or end after `to` are left out. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (text !== cachedText) {
    cachedTokens = scan(text, 0, text.length);
    cachedText = text;
  }
  let lo = 0;
  let hi = cachedTokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cachedTokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < cachedTokens.length; i++) {
    const t = cachedTokens[i]!;
    if (t.end > to) break;
    out.push(t);
  }
  return out;
}

function scan(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    let possessive = false;
    const poss = /['’]s$/i.exec(word);
    if (poss && word.length > 2 && !/^(it|that|there|he|she|what|who|let|here)['’]s$/i.test(word)) {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if ((text[end] === "'" || text[end] === '’') && /s$/.test(word) && !/[\p{L}]/u.test(text[end + 1] ?? '')) {
      possessive = true; // plural possessive: "officials'"
    }
    const lower = word.toLowerCase();
    if (text[end] === '.' && (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word)) && !/^(?:[A-Z]\.){2,}$/.test(word)) {
      word += '.';
      end += 1;
    }
    if (end > to) break;
    tokens.push({ text: word, lower: word.toLowerCase(), start: m.index, end, cap: UPPER.test(word), possessive });
  }
  return tokens;
}
