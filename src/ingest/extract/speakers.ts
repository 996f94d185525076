/**
 * Statements and their speakers. Direct quotes are attributed from the words after them (`"...," X said`,
 * `said X`, `X told the outlet`), before them (`X said: "..."`) or, when unattributed, to the speaker of the
 * quote just before. Quoted fragments inside the author's sentence are statements only when a verb gives them a
 * speaker (`called it "reckless"`); otherwise they are scare quotes. Unquoted reported speech (`X said that ...`,
 * `according to X, ...`, `..., X said.`) becomes a paraphrase.
 */
import { ABBREVIATIONS, BARE_CLAUSE_VERBS, FRAGMENT_VERBS, REPORTING_VERBS, SPEECH_VERBS } from './lexicons.ts';
import type { Quotation } from './quotes.ts';
import { insideQuotation } from './quotes.ts';
import type { References, ResolvedReference } from './references.ts';
import type { EntityRecord } from './registry.ts';
import type { Sentence } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

export interface StatementDraft {
  speaker: EntityRecord;
  quote: string;
  kind: 'DIRECT' | 'PARTIAL' | 'PARAPHRASE';
  /** The span of the article that carries quote and attribution. */
  start: number;
  end: number;
  /** Where the spoken words are, so dates and "about" entities can be read inside or outside them. */
  spokenSpans: Array<[number, number]>;
  /** Offset of the attributing verb (or phrase), where the statement's own date is looked for. */
  attributionAt: number;
  context?: string;
  confidence: number;
  paragraph: number;
}

interface Attribution {
  ref: ResolvedReference;
  verb: Token | null;
  sentence: Sentence;
  context?: string;
}

const NOT_A_SPEECH_VERB_AFTER = new Set(['to', 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** Past tenses without "-ed" that make a reported clause: "said the ruling sent the wrong message". */
const IRREGULAR_PAST = /\b(?:sent|fit|made|took|gave|came|went|got|kept|left|lost|paid|put|set|thought|saw|knew|found|felt|meant|brought|bought|ran|won|began|spent|held|stood|led|became|grew|fell|rose|cut|hit|let|broke|chose|drove|wrote|spoke|showed|shown|told|sold|built|taught|caught|fought|sought|understood|forgot|hid|struck|swept|slept|met|heard|dealt|drew|threw|knew|bore|wore|tore|shut|split|spread|quit|sank|rang|sang|shook|stole|woke|forgave|withdrew|overtook|undid|upheld|withheld|outgrew|became|overcame)\b/;
const OBJECT_VERBS = new Set(['told', 'tells', 'informed', 'assured', 'assures', 'briefed', 'warned', 'warns', 'reminded']);

function contextAfterVerb(text: string, verb: Token, limit: number): string | undefined {
  const rest = text.slice(verb.end, limit);
  if (OBJECT_VERBS.has(verb.lower)) {
    const object = /^\s+((?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*)*)/u.exec(rest);
    if (object && !/^(?:that|he|she|they|it|him|her|them)$/i.test(object[1]!)) return `${verb.text} ${object[1]}`.replace(/[.,;:]+$/, '').slice(0, 300);
  }
  const adjunct = /^\s+((?:in|on|at|during|while|before|after)\s+[^,.;"“”]{2,120})/u.exec(rest);
  return adjunct ? adjunct[1]!.trim().slice(0, 300) : undefined;
}

export class SpeakerFinder {
  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
    private readonly quotations: Quotation[],
    private readonly references: References,
  ) {}

  private tokensOutsideQuotes(from: number, to: number): Token[] {
    return tokenize(this.text, from, to).filter((t) => !insideQuotation(this.quotations, t.start));
  }

  private isVerbUse(tokens: Token[], i: number): boolean {
    const previous = tokens[i - 1];
    return !previous || !NOT_A_SPEECH_VERB_AFTER.has(previous.lower);
  }

  /** `"...," X said` / `"...," said X` / `"...," according to X`. */
  private attributionAfter(q: Quotation): Attribution | null {
    const sentence = q.lastSentence;
    const nextQuote = this.quotations.find((o) => o.start >= q.end && o.start < sentence.end);
    const limit = nextQuote ? nextQuote.start : sentence.end;
    if (limit <= q.end) return null;
    const according = /^[\s,]*(?:according to|as told to)\s+/i.exec(this.text.slice(q.end, limit));
    if (according) {
      const from = q.end + according[0].length;
      const stop = this.text.slice(from, limit).search(/[,.;]/);
      const ref = this.references.resolvePhrase(from, stop < 0 ? limit : from + stop);
      return ref ? { ref, verb: null, sentence } : null;
    }
    const tokens = tokenize(this.text, q.end, limit);
    for (let i = 0; i < tokens.length && i < 12; i++) {
      const t = tokens[i]!;
      if (!SPEECH_VERBS.has(t.lower) || !this.isVerbUse(tokens, i)) continue;
      const between = this.text.slice(q.end, t.start);
      // "the company's chief medical officer, Dr. Samuel Obi, said": a title's full stop ends nothing
      if (/[.!?]\s/.test(between.replace(/\b([A-Za-z]{1,5})\.(?=\s)/g, (m: string, w: string) => (ABBREVIATIONS.has(w.toLowerCase()) ? w : m)))) return null;
      const ref = /\p{L}/u.test(between) ? this.references.subjectBefore(q.end, t.start) : this.references.subjectAfter(t.end, limit);
      if (ref) return { ref, verb: t, sentence, context: contextAfterVerb(this.text, t, limit) };
      if (/\p{L}/u.test(between)) return null;
    }
    return null;
  }

  /** `X said: "..."` / `X told reporters, "..."`. */
  private attributionBefore(q: Quotation, verbs: Set<string>, maxDistance = 40): Attribution | null {
    const sentence = q.firstSentence;
    const previousQuote = [...this.quotations].reverse().find((o) => o.end <= q.start && o.end > sentence.start);
    const from = previousQuote ? previousQuote.end : sentence.start;
    const tokens = this.tokensOutsideQuotes(from, q.start);
    for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= maxDistance; i--) {
      const t = tokens[i]!;
      if (!verbs.has(t.lower) || !this.isVerbUse(tokens, i)) continue;
      const lead = this.text.slice(from, t.start);
      const ref = this.references.subjectBefore(from, t.start)
        ?? (/\b(?:and|but)\s+(?:also\s+)?$/i.test(lead) ? this.sentenceSubject(sentence, t.start) : null)
        ?? (previousQuote || /\p{L}/u.test(lead) ? null : this.references.subjectAfter(t.end, q.start));
      if (ref) return { ref, verb: t, sentence, context: contextAfterVerb(this.text, t, q.start) };
    }
    return null;
  }

  /** `Smith told reporters:` closing the paragraph or sentence before the quote. */
  private attributionColon(q: Quotation): Attribution | null {
    const previous = this.sentences[q.firstSentence.index - 1];
    if (!previous || !/:\s*$/.test(previous.text) || q.firstSentence.paragraph - previous.paragraph > 1) return null;
    const tokens = this.tokensOutsideQuotes(previous.start, previous.end);
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (!SPEECH_VERBS.has(t.lower) || !this.isVerbUse(tokens, i)) continue;
      const ref = this.references.subjectBefore(previous.start, t.start);
      if (ref) return { ref, verb: t, sentence: q.lastSentence, context: contextAfterVerb(this.text, t, previous.end) };
    }
    return null;
  }

  /** A short sentence right after the quote that attributes it: `"We are ready." Smith said so on Monday.` */
  private attributionNext(q: Quotation): Attribution | null {
    const next = this.sentences[q.lastSentence.index + 1];
    if (!next || next.paragraph !== q.lastSentence.paragraph || insideQuotation(this.quotations, next.start)) return null;
    const tokens = tokenize(this.text, next.start, next.end);
    if (tokens.length > 9) return null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!SPEECH_VERBS.has(t.lower) || !this.isVerbUse(tokens, i)) continue;
      const ref = this.references.subjectBefore(next.start, t.start) ?? this.references.subjectAfter(t.end, next.end);
      if (ref) return { ref, verb: t, sentence: next };
    }
    return null;
  }

  /** All statements in text order: quotations, and reported speech in sentences without a quoted statement. */
  statements(): StatementDraft[] {
    const drafts: StatementDraft[] = [];
    const covered = new Set<number>();
    let next = 0;
    const paraphrasesUntil = (offset: number) => {
      while (next < this.sentences.length && this.sentences[next]!.end <= offset) {
        const s = this.sentences[next++]!;
        if (s.headline) continue;
        if (covered.has(s.index)) {
          drafts.push(...this.reportedClauses(s).filter((d) => !drafts.some((o) => o.speaker === d.speaker && o.quote === d.quote)));
          continue;
        }
        const according = this.according(s);
        const found = according ? [according] : this.reportedClauses(s);
        if (found.length === 0) {
          const trailing = this.trailingAttribution(s);
          if (trailing) found.push(trailing);
        }
        if (found.length === 0) this.noteSubject(s);
        drafts.push(...found);
      }
    };
    for (const q of this.quotations) {
      paraphrasesUntil(q.firstSentence.start);
      const count = drafts.length;
      this.fromQuotation(q, drafts);
      const last = drafts[drafts.length - 1];
      if (drafts.length > count || (last && last.end >= q.end)) {
        for (const s of this.sentences) if (s.start < (last?.end ?? q.end) && s.end > (last?.start ?? q.start)) covered.add(s.index);
      }
    }
    paraphrasesUntil(Infinity);
    return drafts.sort((a, b) => a.start - b.start || a.attributionAt - b.attributionAt);
  }

  /** A sentence opened by an unnamed source ("Officials at the ministry rejected ...") sets it up for "they said". */
  private noteSubject(s: Sentence): void {
    const tokens = tokenize(this.text, s.start, s.end);
    const verb = tokens.find((t, i) => i > 0 && !t.cap && (/ed$/.test(t.lower) || SPEECH_VERBS.has(t.lower)));
    if (!verb) return;
    const ref = this.references.subjectBefore(s.start, verb.start);
    if (ref?.entity.anonymous) this.references.remember(ref);
  }

  private fromQuotation(q: Quotation, drafts: StatementDraft[]): void {
    if (q.isName) return;
    const spoken: Array<[number, number]> = q.parts.map((p) => [p.innerStart, p.innerEnd]);
    const previous = drafts[drafts.length - 1];
    if (q.position === 'embedded') {
      const attribution = this.attributionBefore(q, FRAGMENT_VERBS, 16) ?? this.attributionAfter(q);
      if (!attribution) return; // a scare quote: no one is said to have said it
      const continuesPrevious = previous && previous.end > q.start && previous.speaker === attribution.ref.entity && /^\p{Ll}/u.test(q.text) && q.words > 3;
      if (continuesPrevious) {
        previous.quote = `${previous.quote} ${q.text}`.slice(0, 5000);
        previous.spokenSpans.push(...spoken);
        return;
      }
      this.references.remember(attribution.ref);
      const direct = q.words >= 8 && /^[\p{Lu}]/u.test(q.text) && attribution.verb !== null && SPEECH_VERBS.has(attribution.verb.lower);
      drafts.push(this.draft(q, attribution, direct ? 'DIRECT' : 'PARTIAL', spoken));
      return;
    }
    let attribution = this.attributionAfter(q);
    if (!attribution && q.position === 'introduced') attribution = this.attributionBefore(q, SPEECH_VERBS);
    // `"We will win," she said, "and soon."`: the second part continues the first statement
    if (q.position === 'introduced' && attribution && previous && previous.end >= attribution.sentence.start && previous.speaker === attribution.ref.entity && /^\p{Ll}/u.test(q.text)) {
      previous.quote = `${previous.quote} ${q.text}`.slice(0, 5000);
      previous.spokenSpans.push(...spoken);
      previous.end = Math.max(previous.end, q.lastSentence.end);
      return;
    }
    attribution ??= this.attributionNext(q) ?? this.attributionColon(q);
    if (attribution) {
      this.references.remember(attribution.ref);
      drafts.push(this.draft(q, attribution, 'DIRECT', spoken));
      return;
    }
    // Unattributed: the speaker of the quote just before, when it is close.
    if (previous && q.firstSentence.paragraph - previous.paragraph <= 1 && previous.end <= q.start) {
      const d = this.draft(q, { ref: { entity: previous.speaker, start: q.start, end: q.start, via: 'pronoun', confidence: 0.6 }, verb: null, sentence: q.lastSentence }, 'DIRECT', spoken);
      d.confidence = 0.6;
      d.attributionAt = -1; // inherits the date of the statement it continues
      drafts.push(d);
    }
  }

  private draft(q: Quotation, a: Attribution, kind: StatementDraft['kind'], spoken: Array<[number, number]>): StatementDraft {
    const start = Math.min(q.firstSentence.start, a.sentence.start);
    const end = Math.max(q.lastSentence.end, a.sentence.end);
    return {
      speaker: a.ref.entity,
      quote: q.text.slice(0, 5000),
      kind,
      start,
      end,
      spokenSpans: spoken,
      attributionAt: a.verb?.start ?? a.ref.start,
      context: a.context,
      confidence: Math.min(0.95, a.ref.confidence * (kind === 'DIRECT' ? 1 : 0.9)),
      paragraph: q.firstSentence.paragraph,
    };
  }

  private paraphraseDraft(s: Sentence, ref: ResolvedReference, clauseStart: number, clauseEnd: number, at: number, confidence: number, context?: string): StatementDraft | null {
    // a dateline is no part of what was said: "WASHINGTON — ", "BERLIN (Reuters) - "
    let clause = this.text.slice(clauseStart, clauseEnd).trim().replace(/^\p{Lu}[\p{Lu} .,'-]+(?:\([^)]*\))?\s*[—–-]\s+/u, '');
    clause = clause.replace(/,\s*(?:as reported by|according to|as first reported by)\s+[^,]+$/i, '').replace(/[,;:\s]+$/, '');
    if (clause.split(/\s+/).length < 3) return null;
    const lead = this.text.slice(clauseStart, clauseEnd).search(/\S/);
    const spanStart = clauseStart + Math.max(0, lead);
    this.references.remember(ref);
    const quote = `${clause.charAt(0).toUpperCase()}${clause.slice(1)}${/[.!?]$/.test(clause) ? '' : '.'}`;
    return {
      speaker: ref.entity, quote: quote.slice(0, 5000), kind: 'PARAPHRASE', start: s.start, end: s.end,
      spokenSpans: [[spanStart, spanStart + clause.length]], attributionAt: at, context,
      confidence: Math.min(0.85, ref.confidence * confidence), paragraph: s.paragraph,
    };
  }

  /** `According to X, ...` and `..., according to X.` */
  private according(s: Sentence): StatementDraft | null {
    const m = /\baccording to\s+/i.exec(s.text);
    if (!m || insideQuotation(this.quotations, s.start + m.index)) return null;
    let phraseStart = s.start + m.index + m[0].length;
    const document = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|report|release|letter|post|memo|filing|transcript|readout|announcement|notice|email|briefing)\s+(?:from|by|of|issued by|released by|published by)\s+/iu.exec(this.text.slice(phraseStart, s.end));
    if (document) phraseStart += document[0].length;
    const rest = this.text.slice(phraseStart, s.end);
    const stop = rest.search(/[,;]|\.\s*$/);
    const phraseEnd = stop < 0 ? s.end : phraseStart + stop;
    const ref = this.references.resolvePhrase(phraseStart, phraseEnd, false);
    if (!ref) return null;
    const lead = this.text.slice(s.start, s.start + m.index);
    if (lead.replace(/,\s*$/, '').trim().split(/\s+/).filter(Boolean).length <= 3 && !/[.;]/.test(lead)) {
      // clause after the attribution
      const after = this.text.slice(phraseEnd, s.end).replace(/^[\s,]+/, '');
      return this.paraphraseDraft(s, ref, s.end - after.length, s.end, s.start + m.index, 0.9);
    }
    return this.paraphraseDraft(s, ref, s.start, s.start + m.index, s.start + m.index, 0.9);
  }

  /**
   * `X said (that) ...`, `X told reporters (that) ...`, `X warned that ...`; several per sentence when the verbs
   * are coordinated (`said A but warned that B`). A clause that runs into a quotation is left to the quote.
   */
  private reportedClauses(s: Sentence): StatementDraft[] {
    const drafts: StatementDraft[] = [];
    const tokens = this.tokensOutsideQuotes(s.start, s.end);
    let taken = s.start;
    for (let i = 0; i < tokens.length; i++) {
      const v = tokens[i]!;
      if (v.start < taken || !REPORTING_VERBS.has(v.lower) || !this.isVerbUse(tokens, i)) continue;
      const lead = this.text.slice(s.start, v.start);
      // "..., saying ...", "..., arguing that ...": the subject of the main clause speaks
      const participle = /ing$/.test(v.lower) && /,\s*$/.test(lead);
      if (/ing$/.test(v.lower) && !participle) continue;
      const ref = participle
        ? this.mainSubject(s, v.start)
        : this.references.subjectBefore(s.start, v.start) ?? (/\b(?:and|but)\s+(?:also\s+)?$/i.test(lead) ? this.sentenceSubject(s, v.start) : null);
      if (!ref) continue;
      const after = this.text.slice(v.end, s.end);
      let clauseStart: number | null = null;
      const that = /^((?:[^,.;"“”]|,[^,.;"“”]{0,40},)*?)\bthat\s+/.exec(after);
      if (that && that[1]!.split(/\s+/).filter(Boolean).length <= 8 && !/\b(?:said|says|told|had|has|have|was|were|is|are|would|will|could|can|did|does|been|[a-z]+ed)\b/.test(that[1]!.replace(/\b(?:based|led)\b/g, ''))) {
        clauseStart = v.end + that.index + that[0].length;
      } else if (BARE_CLAUSE_VERBS.has(v.lower)) {
        let rest = after;
        if (OBJECT_VERBS.has(v.lower)) {
          // "told reporters the plan ...": an object first; "told a news conference in Brussels." has no clause
          const object = /^\s+(?:reporters|journalists|lawmakers|parliament|the\s+(?:outlet|newspaper|paper|broadcaster|network|agency|committee|council|board|court|panel|audience|crowd)|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*|him|her|them|us|me)\b/u.exec(rest);
          if (!object) continue;
          rest = rest.slice(object[0].length);
        }
        rest = rest.replace(/^\s+(?:on|late|early|last|this|earlier)\s+(?:\w+\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning)\b,?/i, '');
        rest = rest.replace(/^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b,?/i, '');
        // a reported clause has a verb of its own
        const hasVerb = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|[a-z]{3,}ed)\b/.test(rest) || IRREGULAR_PAST.test(rest);
        if (hasVerb && /^\s+[\p{L}\d$]/u.test(rest) && !/^\s+(?:to|in|on|at|of|for|with|by|from|about|as|after|before|during|under|over|into|through|against|between|so|and|or|but|that|it\s+was\s+(?:not|too))\b/i.test(rest)) {
          clauseStart = s.end - rest.length;
        }
      }
      if (clauseStart === null) continue;
      // the clause ends where a coordinated reporting verb begins: "said A but warned that B"
      let clauseEnd = s.end;
      const coordinated = new RegExp(`,?\\s+(?:and|but)\\s+(?:also\\s+)?(?:${[...REPORTING_VERBS].join('|')})\\b`, 'i').exec(this.text.slice(clauseStart, s.end));
      if (coordinated) clauseEnd = clauseStart + coordinated.index;
      // "said A, in what it described as "B"": the clause stops before the phrase that carries the quote
      const quote = this.quotations.find((q) => q.start >= clauseStart! && q.start < clauseEnd && !q.isName);
      if (quote) {
        const boundary = this.text.slice(clauseStart, quote.start).search(/,\s+(?:in what|which|calling|saying|describing|adding|according|as)\b/);
        if (boundary < 0) {
          // `said A "quoted" and that B`, `said that it "disagrees" and would appeal`: B is said too
          const rest = this.text.slice(quote.end, clauseEnd);
          const more = /^[”"’]?\s*,?\s+and\s+(?:that\s+)?(?=(?:it|he|she|they|we|the|its|his|her|their|would|will|had|has|was|were|could|should|planned|intended|expected|is|are)\b)/i.exec(rest);
          const nextQuote = this.quotations.find((o) => o.start > quote.end && o.start < clauseEnd && !o.isName);
          if (more && !nextQuote) {
            const draft = this.paraphraseDraft(s, ref, quote.end + more[0].length, clauseEnd, v.start, 0.8, contextAfterVerb(this.text, v, clauseStart));
            if (draft) drafts.push(draft);
          }
          taken = clauseEnd;
          continue;
        }
        clauseEnd = clauseStart + boundary;
      }
      const draft = this.paraphraseDraft(s, ref, clauseStart, clauseEnd, v.start, 0.85, contextAfterVerb(this.text, v, clauseStart));
      if (draft) {
        drafts.push(draft);
        taken = clauseEnd;
      }
    }
    return drafts;
  }

  /** The subject of a sentence's first finite verb ("The city of Phoenix suspended ..., saying ..."). */
  private mainSubject(s: Sentence, before: number): ResolvedReference | null {
    const tokens = this.tokensOutsideQuotes(s.start, before);
    const verb = tokens.find((t, i) => i > 0 && !t.cap && (/[a-z]{3,}ed$/.test(t.lower) || SPEECH_VERBS.has(t.lower) || /^(?:has|have|had|is|was|were|are|will)$/.test(t.lower)));
    if (!verb) return null;
    // after a quote: `"...," he said, adding that ...`
    const quote = [...this.quotations].reverse().find((q) => q.end <= verb.start && q.end > s.start);
    return this.references.subjectBefore(quote ? quote.end : s.start, verb.start) ?? (quote ? this.references.subjectAfter(verb.end, before) : null);
  }

  /** The subject that opens a sentence: its first named person or agency. */
  private sentenceSubject(s: Sentence, before: number): ResolvedReference | null {
    const first = this.references.firstSubject(s.start, before);
    return first;
  }

  /** `The plan will cost $2 billion, the ministry said in a statement.` */
  private trailingAttribution(s: Sentence): StatementDraft | null {
    // "..., an agency official said, speaking on condition of anonymity because ...": try the last few commas
    const commas = [...s.text.matchAll(/,/g)].map((m) => m.index).filter((i) => !/\d/.test(s.text[i - 1] ?? '') || !/\d/.test(s.text[i + 1] ?? '')).reverse().slice(0, 3);
    for (const comma of commas) {
      const tailStart = s.start + comma + 1;
      if (insideQuotation(this.quotations, tailStart)) return null;
      const nextComma = s.text.indexOf(',', comma + 1);
      const tailEnd = nextComma < 0 ? s.end : s.start + nextComma;
      const tokens = tokenize(this.text, tailStart, tailEnd);
      if (tokens.length > 12 || tokens.length === 0) continue;
      for (let i = 0; i < tokens.length && i < 8; i++) {
        const v = tokens[i]!;
        if (!REPORTING_VERBS.has(v.lower) && !SPEECH_VERBS.has(v.lower)) continue;
        if (!this.isVerbUse(tokens, i)) continue;
        const ref = i > 0 ? this.references.subjectBefore(tailStart, v.start) : this.references.subjectAfter(v.end, tailEnd);
        if (!ref) break;
        return this.paraphraseDraft(s, ref, s.start, s.start + comma, v.start, 0.8, contextAfterVerb(this.text, v, tailEnd));
      }
    }
    return null;
  }
}
