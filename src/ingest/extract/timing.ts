/**
 * When each statement was made and each decision taken. A sentence's own date expression counts when it belongs
 * to the clause that states the fact — not when it dates something else in the sentence: the policy being
 * reversed ("reversing a 2019 policy"), a relative clause ("Lund, who told parliament in November"), or a
 * participle ("tariffs, imposed in March 2023"). Without one, the fact takes the date of the event it continues
 * ("at the time", "during the meeting", "The law also lifts ...", the same speaker's previous statement), and
 * otherwise the article's date.
 */
import { AT_THE_TIME, defaultDate, findDates, type ArticleDate, type DateMention } from './dates.ts';
import type { FactDraft } from './decisions.ts';
import { SPEECH_VERBS } from './lexicons.ts';
import { isFunctionWord } from './names.ts';
import { insideQuotation, type Quotation } from './quotes.ts';
import type { EntityRecord } from './registry.ts';
import { sentenceAt, type Sentence } from './sentences.ts';
import type { StatementDraft } from './speakers.ts';

/** Phrases that place a statement at the article's main event. */
const EVENT_CUES = /\b(?:during|at|after|before) (?:the|a) (?:meeting|vote|hearing|signing|ceremony|signing ceremony|session|debate|summit|briefing|announcement|news conference|press conference)\b|\bwriting for the majority\b|\bin (?:a|the|his|her) (?:dissent|ruling|opinion|decision)\b/i;
/** A past participle right before a date says the date belongs to that verb: "imposed in 2019", "signed in 2022". */
// a particle stays with its verb: "handed down last October" dates "handed", not a verb "down"
const PARTICIPLE_BEFORE = /\b([a-z]+(?:ed|en|wn|ung)|put|set|held|made|struck|upheld|won|built|sold|bought|led|laid|paid)(?:\s+(?:down|up|off|out|back))?\s+(?:(?:in|on|since|by|during|last|early|late)\s+)?(?:the\s+)?$/;
/** A decision in an "after it ..." clause: earlier than the sentence's news. */
const AFTER_IT = /\b(?:after|since)\s+(?:it|he|she|they|the\s+[\w-]+)\s+(?:had\s+|first\s+|originally\s+)?$/i;
/** Verbs whose date is the decision's: "voted on Monday to ban". */
const DECISION_VERBS = new Set(['voted', 'decided', 'agreed', 'moved', 'opted', 'chose', 'elected', 'ruled']);
const MODIFIER_CLAUSE = /,\s+(?:which|who|whose|where|when|[a-z]+(?:ed|en))\b[^,;]*(?=,|;|$)/g;

type Span = [number, number];

const STOP = new Set(['the', 'and', 'for', 'was', 'has', 'had', 'are', 'its', 'his', 'her', 'but', 'not', 'who', 'new', 'two', 'one', 'all', 'day', 'that', 'this', 'with', 'from', 'have', 'been', 'were', 'will', 'would', 'said', 'says', 'their', 'there', 'which', 'after', 'before', 'about', 'into', 'they', 'them', 'than', 'also', 'more', 'most', 'other', 'some', 'such', 'only', 'over', 'under', 'when', 'while', 'where', 'what', 'year', 'years', 'month', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'first', 'made', 'make', 'could', 'should', 'because', 'people', 'official', 'officials', 'government']);

/** Lower-case words of three letters or more that carry content. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w) && !isFunctionWord(w)));
}

export class Timeline {
  readonly mentions: DateMention[];

  constructor(
    private readonly text: string,
    private readonly article: ArticleDate,
    private readonly sentences: Sentence[],
    private readonly quotations: Quotation[],
  ) {
    // days ahead of the article ("starting Monday") and starting points ("since 2020") date no event in it
    const last = article.anchor.getTime();
    this.mentions = findDates(text, article).filter((d) => {
      if (sentenceAt(sentences, d.start)?.headline) return false;
      if (/\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - 12), d.start)) || /^since\b/i.test(d.text)) return false;
      const from = d.spec.split('/')[0]!;
      return new Date(`${from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from}T00:00:00Z`).getTime() <= last;
    });
  }

  get fallback(): string {
    return defaultDate(this.article);
  }

  /** "at the time": the latest date the text gave before `at`, within the last few paragraphs. */
  context(at: number): string | null {
    const paragraph = sentenceAt(this.sentences, at)?.paragraph ?? 0;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const d = this.mentions[i]!;
      if (d.end > at || insideQuotation(this.quotations, d.start)) continue;
      if (paragraph - (sentenceAt(this.sentences, d.start)?.paragraph ?? 0) > 3) break;
      return d.spec;
    }
    return null;
  }

  /** Comma-set relative and participle clauses of a sentence ("Lund, who told parliament in November,"). */
  private modifierClauses(sentence: Sentence): Span[] {
    const spans: Span[] = [];
    MODIFIER_CLAUSE.lastIndex = 0;
    for (let m = MODIFIER_CLAUSE.exec(sentence.text); m; m = MODIFIER_CLAUSE.exec(sentence.text)) {
      spans.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
    }
    return spans;
  }

  /** A date that dates another verb than the one at `anchor`: after a participle, or inside a modifier clause. */
  private belongsElsewhere(d: DateMention, anchor: number, anchorWord: string, sentence: Sentence): boolean {
    const participle = PARTICIPLE_BEFORE.exec(this.text.slice(Math.max(sentence.start, d.start - 40), d.start));
    const verb = participle?.[1]!.toLowerCase();
    if (verb && !SPEECH_VERBS.has(verb) && !DECISION_VERBS.has(verb) && verb !== anchorWord.toLowerCase()) return true;
    return this.modifierClauses(sentence).some(([a, b]) => d.start >= a && d.start < b && !(anchor >= a && anchor < b));
  }

  private nearest(candidates: DateMention[], at: number): string | null {
    let best: DateMention | null = null;
    for (const d of candidates) if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
    return best?.spec ?? null;
  }

  /** Within a month before the article: the article's own news rather than background. */
  private recent(spec: string): boolean {
    const from = spec.split('/')[0]!;
    const day = new Date(`${from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from}T00:00:00Z`).getTime();
    return this.article.anchor.getTime() - day <= 31 * 86_400_000;
  }

  /** The date of the article's main event: the first recent decision the text dates. */
  private ledeDate(facts: FactDraft[], dates: Map<FactDraft, { spec: string; own: boolean }>): string | null {
    for (const f of facts) {
      const d = dates.get(f);
      if (d?.own && (f.type === 'AUTHORIZED' || f.type === 'REVERSED') && this.recent(d.spec)) return d.spec;
    }
    return null;
  }

  /** Dates of the facts, in text order. */
  factDates(facts: FactDraft[]): Map<FactDraft, { spec: string; own: boolean }> {
    const dates = new Map<FactDraft, { spec: string; own: boolean }>();
    const decided = new Map<EntityRecord, string>();
    const recent: Array<{ sentence: number; spec: string }> = [];
    // first pass: each decision's own date, from its own sentence
    const ownDates = new Map<FactDraft, string | null>();
    for (const f of facts) ownDates.set(f, this.ownFactDate(f));
    /** A sentence's own recent decision date: the event the sentences around it describe. */
    const decisionDateOf = (index: number): string | null => {
      for (const g of facts) if (g.sentence.index === index && (g.type === 'AUTHORIZED' || g.type === 'REVERSED')) {
        const d = ownDates.get(g);
        if (d && this.recent(d)) return d;
      }
      return null;
    };
    for (const f of facts) {
      const s = f.sentence;
      let spec = ownDates.get(f) ?? null;
      const own = spec !== null;
      if (!spec && AT_THE_TIME.test(s.text)) spec = this.context(s.start);
      if (!spec && f.follows) spec = decided.get(f.follows) ?? null;
      if (!spec && /\balso\b|^\s*(?:in (?:its|their) place|instead|at the same time|in addition)\b/i.test(s.text)) spec = recent.filter((r) => s.index - r.sentence <= 5 && this.recent(r.spec)).pop()?.spec ?? null;
      // "By Monday evening, the suspension was over. X lifted the suspension ...": the neighbouring sentence's event
      if (!spec && (f.type === 'AUTHORIZED' || f.type === 'REVERSED')) spec = this.neighbourDate(s, decisionDateOf);
      // an undated decision told in the present tense or made by an instrument ("The order also scraps the fines",
      // "Whitcombe's executive order ending the curfew takes effect"): the decision the text has just dated
      if (!spec && (f.type === 'AUTHORIZED' || f.type === 'REVERSED') && (f.from.type === 'Policy' || /^[a-z]+s\b/i.test(this.text.slice(f.at, f.at + 20)) && !/^(?:was|is|has)\b/i.test(this.text.slice(f.at)))) {
        spec = recent.filter((r) => s.index - r.sentence <= 3 && s.index > r.sentence && this.recent(r.spec)).pop()?.spec ?? null;
      }
      spec ??= this.fallback;
      dates.set(f, { spec, own });
      if (f.type === 'AUTHORIZED' && !decided.has(f.to)) decided.set(f.to, spec);
      if (own) recent.push({ sentence: s.index, spec });
    }
    // "rescinded the cap on Wednesday, less than a year after it imposed the limit": the earlier decision is dated
    // where the text dates that policy's making ("The cap was approved by the board last June"), not by the news
    for (const f of facts) {
      if (f.type !== 'AUTHORIZED' || !AFTER_IT.test(this.text.slice(f.sentence.start, f.at))) continue;
      const current = dates.get(f)!.spec;
      const other = facts.find((g) => g !== f && g.type === 'AUTHORIZED' && g.to === f.to && ownDates.get(g) && ownDates.get(g) !== current);
      if (other) dates.set(f, { spec: ownDates.get(other)!, own: false });
    }
    return dates;
  }

  /** The date given in a fact's own sentence, for the clause that states it; null when none. */
  private ownFactDate(f: FactDraft): string | null {
    const s = f.sentence;
    const quote = insideQuotation(this.quotations, f.at);
    const anchorWord = /^[\p{L}-]+/u.exec(this.text.slice(f.at))?.[0] ?? '';
    const candidates = this.mentions.filter((d) => {
      if (d.start < s.start || d.end > s.end) return false;
      // "freezes the duty until mid-May": how long it lasts, not when it was decided
      if (/^(?:until|through|till)\b/i.test(d.text)) return false;
      const inQuote = insideQuotation(this.quotations, d.start);
      if (inQuote && inQuote !== quote) return false;
      if (f.object && d.start >= f.object[0] && d.start < f.object[1]) {
        // "a 2019 policy": a year naming the policy; in a reversal, anything after the old policy's own verb
        if (/^\d{4}$/.test(d.text) && /^\s+\p{Ll}/u.test(this.text.slice(d.end, d.end + 3))) return false;
        if (f.reversal && /\b(?:that|which|who)\b/i.test(this.text.slice(f.object[0], d.start))) return false;
        // "lifted the suspension it placed on the club in October": a clause without "that" dates the old policy too
        if (f.reversal && /\b(?:it|he|she|they|we)\s+(?:had\s+|has\s+)?[a-z]+(?:ed|en|put|set)\b/i.test(this.text.slice(f.object[0], d.start))) return false;
      }
      return !this.belongsElsewhere(d, f.at, anchorWord, s);
    });
    return this.nearest(candidates, f.at);
  }

  /**
   * The recent decision date of the sentence just before or after, when it tells of the same thing (they share a
   * content word: "By Monday evening, the suspension was over. X lifted the suspension ...").
   */
  private neighbourDate(s: Sentence, decisionDateOf: (index: number) => string | null): string | null {
    const words = contentWords(s.text);
    for (const index of [s.index - 1, s.index + 1]) {
      const other = this.sentences[index];
      if (!other || other.headline || Math.abs(other.paragraph - s.paragraph) > 1) continue;
      const shared = [...contentWords(other.text)].some((w) => words.has(w));
      if (!shared && !/\bthe (?:decision|move|announcement)\b/i.test(other.text)) continue;
      const decided = decisionDateOf(index);
      if (decided) return decided;
      const dated = this.mentions.filter((m) => m.start >= other.start && m.end <= other.end && !insideQuotation(this.quotations, m.start) && this.recent(m.spec) && m.relative);
      if (dated.length === 1 && /\b(?:decision|suspension|ban|order|ruling|approval|move|announced|lifted|over|ended)\b/i.test(other.text)) return dated[0]!.spec;
    }
    return null;
  }

  /** Dates of the statements, in text order. */
  statementDates(drafts: StatementDraft[], facts: FactDraft[], factDates: Map<FactDraft, { spec: string; own: boolean }>): Map<StatementDraft, string> {
    const own = new Map<StatementDraft, string | null>();
    for (const d of drafts) {
      const sentence = sentenceAt(this.sentences, Math.max(d.start, d.attributionAt));
      if (!sentence || d.attributionAt < 0) {
        own.set(d, null);
        continue;
      }
      const anchorWord = /^[\p{L}-]+/u.exec(this.text.slice(d.attributionAt))?.[0] ?? '';
      const candidates = this.mentions.filter((m) => {
        if (m.start < d.start || m.end > d.end) return false;
        if (d.spokenSpans.some(([a, b]) => m.start >= a && m.start < b)) return false;
        const s = sentenceAt(this.sentences, m.start) ?? sentence;
        return !this.belongsElsewhere(m, d.attributionAt, anchorWord, s);
      });
      own.set(d, this.nearest(candidates, d.attributionAt));
    }
    const lede = this.ledeDate(facts, factDates);
    const dates = new Map<StatementDraft, string>();
    drafts.forEach((d, i) => {
      let spec = own.get(d) ?? null;
      const attribution = this.attributionText(d);
      if (!spec && AT_THE_TIME.test(attribution)) spec = this.context(Math.max(d.start, d.attributionAt));
      const previous = drafts[i - 1];
      // the same speaker's previous statement dates this one, unless the text has moved on to another time since
      // ("In November he told reporters ... On Wednesday he struck a different tone. ... Moen said")
      const movedOn = previous && this.mentions.some((m) => m.start >= previous.end && m.end <= d.start && !insideQuotation(this.quotations, m.start));
      if (!spec && previous && previous.speaker === d.speaker && d.paragraph - previous.paragraph <= 1 && !movedOn) spec = dates.get(previous) ?? null;
      if (!spec) spec = this.leadIn(d);
      if (!spec && lede && EVENT_CUES.test(attribution)) spec = lede;
      dates.set(d, spec ?? this.fallback);
    });
    return dates;
  }

  /** The statement's text outside its spoken words: where "at the time" or "during the meeting" would be. */
  private attributionText(d: StatementDraft): string {
    let out = '';
    let at = d.start;
    for (const [a, b] of [...d.spokenSpans].sort((x, y) => x[0] - y[0])) {
      if (a > at) out += this.text.slice(at, a);
      at = Math.max(at, b);
    }
    return out + this.text.slice(at, d.end);
  }

  /** "Aas welcomed the decision on Wednesday. '...,' she said": the sentence before, about the same speaker, dates it. */
  private leadIn(d: StatementDraft): string | null {
    const sentence = sentenceAt(this.sentences, d.start);
    const before = sentence ? this.sentences[sentence.index - 1] : undefined;
    if (!before || before.headline || insideQuotation(this.quotations, before.start)) return null;
    const names = [d.speaker.name, ...d.speaker.aliases].filter((n) => n.length > 2);
    // the speaker by name, or by a pronoun that opens the sentence ("On Wednesday he struck a different tone.")
    const pronoun = d.speaker.type === 'Person' && /^(?:(?:[^,]{0,40},|(?:on|in|by|last|this|earlier|later)\s+\w+(?:\s+\w+)?,?)\s*)?(?:he|she|they)\b/i.test(before.text);
    if (!names.some((n) => before.text.includes(n)) && !pronoun) return null;
    const dated = this.mentions.filter((m) => m.start >= before.start && m.end <= before.end && !insideQuotation(this.quotations, m.start));
    return dated.length === 1 ? dated[0]!.spec : null;
  }
}
