/**
 * Named people, agencies and places. Capitalized runs are read token by token and typed from what they contain
 * and what stands around them: a title before a name ("Chancellor Olaf Scholz"), a first name ("Adrienne
 * Watson"), an organizational head ("Health Ministry", "Washington Post"), a place head or a known place, an
 * apposition ("Engie, the French utility", "the manufacturer, Kongsberg"). Lower-case government bodies ("the
 * energy ministry") are found by their domain and head. Single words join the person whose surname they are.
 * The gazetteer's names and aliases take precedence.
 */
import type { EntityType } from '../../facts/document.ts';
import type { GazetteerEntry } from './index.ts';
import {
  AGENCY_DOMAIN_HEADS, AGENCY_DOMAINS, DEMONYM_COUNTRY, FEMALE_HONORIFICS, KNOWN_AGENCIES, KNOWN_OUTLETS, KNOWN_PLACES,
  KNOWN_WEAPONS, MALE_HONORIFICS, NAME_CONNECTORS, NEVER_NAMES, ORG_APPOSITION_NOUNS, ORG_HEADS, ORG_TRAILING_HEADS,
  PARTY_WORDS, PERSON_TITLES, PLACE_ALIASES, PLACE_HEADS, PLACE_TRAILING_HEADS, SPEECH_VERBS, SURNAME_PLACE_HEADS, TITLE_HEADS,
} from './lexicons.ts';
import {
  firstNameGender, isCommonWordForm, isDemonym, isFirstName, isFunctionWord, isKnownPerson, isLastName,
  isLexiconCountry, isLexiconOrganization, isLexiconPlace, type Gender,
} from './names.ts';
import type { Quotation } from './quotes.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

type NamedType = Exclude<EntityType, 'Policy' | 'WeaponSystem'>;

interface Candidate {
  start: number;
  end: number;
  text: string;
  type: NamedType | 'Single';
  confidence: number;
  title?: string;
  gender?: Gender;
  kind?: string;
  /** An agency named in the same run before a person ("White House National Security Council Adrienne Watson"). */
  affiliation?: Candidate;
  /** The name was preceded by a title, so a single word is a surname rather than a stray capital. */
  titled?: boolean;
  /** Canonical name when it differs from the text ("U.S." → "United States", "AUSTIN" → "Austin"). */
  canonical?: string;
  /** Other surface forms to record as aliases ("Italy's interior ministry"). */
  aliases?: string[];
}

/** Normalized form used for matching names: lower case, no punctuation, no leading "the". */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const stripThe = (s: string) => s.replace(/^the\s+/i, '');
/** An organizational head word, singular or plural ("Organisations", "Industries"). */
const isOrgHead = (w: string) => ORG_HEADS.has(w) || (w.endsWith('s') && ORG_HEADS.has(w.slice(0, -1)));
const isAcronym = (t: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$/.test(t);
const titleCase = (t: string) => t.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const ORG_NOUNS = alternation(ORG_APPOSITION_NOUNS);
const ROLE_WORDS = alternation([...PERSON_TITLES].filter((t) => !t.endsWith('.')));
/** "the Portland-based group Rivers First", "the manufacturer, Kongsberg" */
const ORG_BEFORE = new RegExp(`\\b(?:the|a|an|its|their)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(?:${ORG_NOUNS})\\s*,?\\s*$`, 'iu');
/** "Engie, the French utility that ...", "Alzheimer Europe, an umbrella group" */
const APPOSITION_AFTER = /^\s*,\s+(?:a|an|the)\s+([^,.;:"“”()]{2,80})/u;
const ORG_NOUN_RE = new RegExp(`\\b(?:${ORG_NOUNS})\\b`, 'iu');
const ROLE_RE = new RegExp(`\\b(?:${ROLE_WORDS})\\b`, 'iu');
const OUTLET_AFTER = /^\s+(?:newspaper|daily|weekly|broadcaster|network|news agency|wire service|magazine|website|tabloid|radio|channel)\b/i;
const POSSESSIVE_ROLE = /^['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:chief executive|chief operating officer|chief financial officer|ceo|cfo|coo|president|chairman|chairwoman|chair|founder|co-founder|spokesman|spokeswoman|spokesperson|board|shares|stock|employees|workers|staff|headquarters|factory|factories|plant|plants|executives|lawyers|engineers|website|app|products?|leader|chairman|general counsel|counsel|members|lawmakers|candidate)\b/i;
const LOWER_AGENCY = new RegExp(
  `\\b(?:(?:the|a|an|its|their)\\s+)?(?:((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,2}?[\\p{Lu}][\\p{L}.-]*|city|state|country|agency|government|nation|district|county)['’]s\\s+)?((?:${alternation(AGENCY_DOMAINS)})(?:\\s+(?:${alternation(AGENCY_DOMAINS)}))?)\\s+(${alternation(AGENCY_DOMAIN_HEADS)})\\b`,
  'gu',
);
const KNOWN_AS = /,?\s+(?:known as|called|dubbed)\s+(?:the\s+)?["“]?([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})/gu;

interface Word extends Token {
  /** Capitalized proper-name material. */
  name: boolean;
  /** First word of its sentence or of a quotation, where capitals say nothing. */
  initial: boolean;
  /** An all-capitals dateline place: "AUSTIN, Texas —". */
  dateline?: boolean;
}

/** Marks which tokens can be part of a name, splitting "then-President" and noting "U.S.-supplied". */
function prepareWords(text: string, tokens: Token[], sentence: Sentence, prefixes: Candidate[], openings: Set<number>): Word[] {
  const words: Word[] = [];
  let previousEnd = sentence.start;
  const paragraphStart = sentence.start === 0 || text[sentence.start - 1] === '\n';
  for (const token of tokens) {
    const gapStart = previousEnd;
    previousEnd = token.end;
    if (!token.cap && !token.text.includes('-') && !/^\d/.test(token.text)) {
      words.push({ ...token, name: false, initial: false });
      continue;
    }
    const gap = text.slice(gapStart, token.start);
    const mark = gap.search(/["“‘']\s*$/);
    const opensQuote = mark >= 0 && openings.has(gapStart + mark);
    const initial = words.length === 0 || opensQuote || /[‘(:—–]\s*$/.test(gap) || /[.!?]["”’]?\s+$/.test(gap);
    let t: Token = token;
    const lowerPrefix = /^(then|ex|former|acting)-(\p{Lu})/u.exec(token.text);
    if (lowerPrefix) {
      const cut = lowerPrefix[1]!.length + 1;
      t = { ...token, text: token.text.slice(cut), lower: token.lower.slice(cut), start: token.start + cut, cap: true };
    }
    const tail = /^([\p{Lu}][\p{L}.]*)-(\p{Ll}[\p{L}-]*)$/u.exec(t.text);
    if (tail && tail[1]!.replace(/\./g, '').length >= 2 && (isCommonWordForm(tail[2]!) || /^(?:era|style|based|led|backed|made|supplied|built|owned|funded|held|born|controlled|occupied|aligned|allied|friendly|linked|related|like|wide|bound|run|free|type|class)$/.test(tail[2]!))) {
      // "U.S.-supplied", "Trump-era", "Kremlin-backed": the capitalized part is a mention, the word is not a name
      const part = tail[1]!;
      prefixes.push({ start: t.start, end: t.start + part.length, text: part, type: 'Single', confidence: 0.6 });
      words.push({ ...t, name: false, initial });
      continue;
    }
    const bare = t.lower.replace(/\.$/, '');
    let name = t.cap && !NEVER_NAMES.has(bare);
    if (name && initial && !TITLE_HEADS.has(t.lower) && isCommonWordForm(t.text) && !isLexiconPlace(t.lower) && !isFirstName(t.lower)) name = false;
    // "Local 268", "District 9": a number that ends an organization's name
    if (/^\d/.test(t.text)) name = /^(?:local|chapter|district|unit|ward|precinct|division|post|lodge|no\.)$/i.test(words[words.length - 1]?.text ?? '') && words[words.length - 1]!.name;
    const word: Word = { ...t, name, initial };
    // A dateline: an all-capitals place opening the paragraph ("AUSTIN, Texas —", "SEOUL —").
    // "SAN LEANDRO, California —": every all-capitals word up to the comma or dash belongs to the place.
    if (paragraphStart && words.length < 3 && /^\p{Lu}{2,}$/u.test(t.text) && /^(?:\s+\p{Lu}{2,})*\s*(?:,|—|–|-|\()/u.test(text.slice(t.end, t.end + 40)) && (words.length === 0 || words.every((w) => w.dateline)) && !KNOWN_AGENCIES.has(bare)) {
      word.dateline = true;
      word.name = true;
    }
    words.push(word);
  }
  // A capitalized ordinary word that opens a sentence still belongs to a name that follows it ("Sky Harbor Airlines").
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (w.initial && !w.name && w.cap && next.name && /^\s+$/.test(text.slice(w.end, next.start)) && !NEVER_NAMES.has(w.lower) && !isFunctionWord(w.lower) && !/^\d/.test(w.text) && !SPEECH_VERBS.has(w.lower)) {
      w.name = true;
    }
  }
  return words;
}

function canTakeConnector(run: Word[], connector: string, next: Word | undefined, after: Word[]): boolean {
  if (!next?.name) return false;
  const last = run[run.length - 1]!.lower;
  const lowers = run.map((w) => w.lower);
  const headBefore = ORG_HEADS.has(last) || PLACE_HEADS.has(last) || TITLE_HEADS.has(last) || last === 'house' || last === 'secretary' || last === 'minister';
  if (connector === 'and' || connector === '&') {
    if (isFirstName(next.lower) || TITLE_HEADS.has(next.lower) || run.some((w) => isFirstName(w.lower))) return false;
    if (lowers.includes('of') || lowers.includes('for')) return true;
    // "Food and Drug Administration": the run after "and" ends with an organizational head
    const tail = after.slice(0, 4);
    const end = tail.findIndex((w) => !w.name);
    const rest = end < 0 ? tail : tail.slice(0, end);
    return run.length <= 3 && rest.length > 0 && ORG_HEADS.has(rest[rest.length - 1]!.lower);
  }
  if (connector === 'the') return last === 'of';
  if (connector === 'of' || connector === 'for' || connector === 'on') return headBefore;
  return isFirstName(run[0]?.lower ?? '') && run.length === 1; // de, van, von, al, bin...
}

interface Run {
  words: Word[];
  start: number;
  end: number;
  /** A lower-case head that closed the run: "administration", "region". */
  trailing?: { word: string; kind: 'org' | 'place' };
}

function buildRuns(text: string, words: Word[]): Run[] {
  const runs: Run[] = [];
  let current: Word[] = [];
  const close = (index: number) => {
    while (current.length && NAME_CONNECTORS.has(current[current.length - 1]!.lower) && !current[current.length - 1]!.cap) current.pop();
    if (current.length) {
      const last = current[current.length - 1]!;
      const run: Run = { words: current, start: current[0]!.start, end: last.end };
      // trailing lower-case heads: "Trump administration", "Kursk region", "U.S. military"
      if (!last.possessive) {
        const a = words[index];
        const b = words[index + 1];
        const pair = a && b ? `${a.lower} ${b.lower}` : '';
        if (a && b && !a.cap && ORG_TRAILING_HEADS.has(pair) && /^\s+$/.test(text.slice(last.end, a.start))) {
          run.end = b.end;
          run.trailing = { word: pair, kind: 'org' };
        } else if (a && !a.cap && /^\s+$/.test(text.slice(last.end, a.start))) {
          if (ORG_TRAILING_HEADS.has(a.lower)) run.trailing = { word: a.lower, kind: 'org' };
          else if (PLACE_TRAILING_HEADS.has(a.lower)) run.trailing = { word: a.lower, kind: 'place' };
          if (run.trailing) run.end = a.end;
        }
      }
      runs.push(run);
    }
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const previous = current[current.length - 1];
    const gap = previous ? text.slice(previous.end, w.start) : '';
    // "King's College London": a possessive inside an institution's name
    const possessiveInside = previous?.possessive && w.name && isOrgHead(w.lower) && !isLexiconPlace(previous.lower) && !PLACE_ALIASES[previous.lower] && (/^['’]s\s+$/.test(gap) || (/^['’]\s+$/.test(gap) && /s$/.test(previous.text))) && !placeLike(text, previous.text.replace(/['’]s?$/, ''));
    // "Department for Environment, Food and Rural Affairs": a list inside an institution's name
    const listInside = previous && /^,\s+$/.test(gap) && w.name && current.some((c, k) => (isOrgHead(c.lower) || TITLE_HEADS.has(c.lower)) && /^(?:of|for)$/.test(current[k + 1]?.lower ?? ''))
      && /^(?:[\p{Lu}][\p{L}]*\s*,\s*)*[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)?\s+and\s+\p{Lu}/u.test(text.slice(w.start, w.start + 60));
    const joined = previous && ((/^\s+$/.test(gap) && !previous.possessive) || possessiveInside || listInside);
    if (w.name) {
      if (previous && !joined) close(i);
      if (w.dateline) {
        const last = runs[runs.length - 1];
        if (!current.length && last?.words.every((x) => x.dateline) && /^\s+$/.test(text.slice(last.end, w.start))) {
          last.words.push(w);
          last.end = w.end;
          continue;
        }
        close(i);
        runs.push({ words: [w], start: w.start, end: w.end });
        continue;
      }
      current.push(w);
    } else if (previous && joined && NAME_CONNECTORS.has(w.lower) && canTakeConnector(current, w.lower, words[i + 1], words.slice(i + 1))) {
      current.push(w);
    } else if (previous) {
      close(i);
    } else if (isDemonym(w.lower) || DEMONYM_COUNTRY[w.lower]) {
      // a demonym alone is no name, but "Ukrainian military" is an agency
      const a = words[i + 1];
      if (a && !a.cap && ORG_TRAILING_HEADS.has(a.lower) && a.lower !== 'party') runs.push({ words: [w], start: w.start, end: a.end, trailing: { word: a.lower, kind: 'org' } });
    }
    const nextWord = words[i + 1];
    const keepsGoing = w.possessive && nextWord?.name && isOrgHead(nextWord.lower) && !isLexiconPlace(w.lower) && !PLACE_ALIASES[w.lower] && !placeLike(text, w.text.replace(/['’]s?$/, ''));
    if (w.possessive && current.length && !keepsGoing) close(i + 1);
  }
  close(words.length);
  return runs;
}

function personGender(titleWords: string[], first: string | undefined): Gender | undefined {
  for (const t of titleWords) {
    if (MALE_HONORIFICS.has(t)) return 'male';
    if (FEMALE_HONORIFICS.has(t)) return 'female';
  }
  const g = first ? firstNameGender(first) : null;
  return g === 'male' || g === 'female' ? g : undefined;
}

function isSurnameLike(w: Word): boolean {
  if (!w.name || isAcronym(w.text) || TITLE_HEADS.has(w.lower) || ORG_HEADS.has(w.lower)) return false;
  if (PLACE_HEADS.has(w.lower)) return SURNAME_PLACE_HEADS.has(w.lower);
  if (isLexiconCountry(w.lower) || PLACE_ALIASES[w.lower] || KNOWN_PLACES.has(w.lower)) return false;
  if (isLexiconPlace(w.lower)) return isLastName(w.lower) || isKnownPerson(w.lower);
  return true;
}

interface Context {
  text: string;
  gazetteer: Map<string, GazetteerEntry>;
}

/** What the words around a run say about it. */
function surroundings(text: string, start: number, end: number, possessive: boolean): 'agency' | 'outlet' | 'person' | null {
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(end, end + 100);
  if (OUTLET_AFTER.test(after)) return 'outlet';
  if (/\b(?:told|interview with|reported by|first reported by|according to a report (?:in|by))\s+(?:[Tt]he\s+)?$/.test(before)) return 'outlet';
  if (possessive && POSSESSIVE_ROLE.test(text.slice(end, end + 40))) return 'agency';
  if (ORG_BEFORE.test(before)) return 'agency';
  const apposition = APPOSITION_AFTER.exec(after);
  if (apposition) {
    // the head of the apposition decides: "the French utility that ..." → agency, "the group's energy campaigner" → person
    const core = apposition[1]!.split(/\s+(?:that|which|who|of|for|with|at|in|on|from|based|behind)\b/)[0]!.trim();
    const head = core.split(/\s+/).pop() ?? '';
    if (ORG_NOUN_RE.test(head) && !/['’]s$/.test(head)) return 'agency';
    if (ROLE_RE.test(head)) return 'person';
  }
  return null;
}

function classify(run: Run, context: Context): Candidate[] {
  const { text } = context;
  const words = run.words;
  const full = text.slice(run.start, run.end);
  const lower = full.toLowerCase();
  const bare = stripThe(lower);
  const make = (type: Candidate['type'], confidence: number, extra: Partial<Candidate> = {}): Candidate => ({
    start: run.start, end: run.end, text: full, type, confidence, ...extra,
  });

  const gazetteerHit = context.gazetteer.get(bare);
  if (gazetteerHit && gazetteerHit.type !== 'Policy' && gazetteerHit.type !== 'WeaponSystem') return [make(gazetteerHit.type, 0.9)];
  if (words.every((w) => w.dateline)) return [make('Place', 0.8, { canonical: PLACE_ALIASES[bare] ?? titleCase(full), kind: 'city' })];
  if (run.trailing?.kind === 'org') {
    const kind = /administration|government|regime|junta|cabinet/.test(run.trailing.word) ? 'government' : /military|army|navy|force|guard/.test(run.trailing.word) ? 'military' : /party/.test(run.trailing.word) ? 'party' : undefined;
    return [make('Agency', 0.8, { kind })];
  }
  if (run.trailing?.kind === 'place') return [make('Place', 0.8, { kind: 'region' })];
  if (KNOWN_AGENCIES.has(bare)) return [make('Agency', 0.9, { kind: KNOWN_OUTLETS.has(bare) ? 'outlet' : undefined })];
  const placeAlias = PLACE_ALIASES[bare];
  if (placeAlias) return [make('Place', 0.9, { canonical: placeAlias, kind: 'country' })];
  if (KNOWN_WEAPONS.has(bare) || KNOWN_WEAPONS.has(bare.replace(/s$/, ''))) return [];

  // A title ends before the name: "President Joe Biden", "Health Minister Karl Lauterbach", "Mr. Scholz".
  const isTitle = (w: Word) => TITLE_HEADS.has(w.lower) || (w.lower.endsWith('s') && TITLE_HEADS.has(w.lower.slice(0, -1)));
  for (let h = words.length - 2; h >= 0; h--) {
    if (!isTitle(words[h]!)) continue;
    const nameWords = words.slice(h + 1);
    if (!nameWords.every(isSurnameLike) || nameWords.length > 4) continue;
    const titleWords = words.slice(0, h + 1);
    const start = nameWords[0]!.start;
    const titleText = text.slice(run.start, words[h]!.end);
    return [{
      start, end: run.end, text: text.slice(start, run.end), type: nameWords.length === 1 ? 'Single' : 'Person', confidence: 0.85,
      title: titleText.replace(/^(?:mr|mrs|ms|dr|miss)\.?$/i, '') || undefined,
      gender: personGender(titleWords.map((w) => w.lower), nameWords.length > 1 ? nameWords[0]!.lower : undefined),
      titled: true,
    }];
  }

  // A first name starts the person; an agency or title before it is split off.
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!isFirstName(w.lower) || !w.name) continue;
    const nameWords = words.slice(i);
    if (nameWords.length > 4 || !nameWords.slice(1).every(isSurnameLike)) continue;
    if (i === 0 && words.length === 2 && isLexiconPlace(lower)) break;
    const prefixWords = words.slice(0, i);
    const prefix = text.slice(run.start, words[i - 1]?.end ?? run.start);
    const prefixIsAffiliation = prefixWords.some((p) => ORG_HEADS.has(p.lower) || isTitle(p) || KNOWN_AGENCIES.has(p.lower) || isLexiconPlace(p.lower) || isDemonym(p.lower)) || KNOWN_AGENCIES.has(prefix.toLowerCase());
    const start = i > 0 && !prefixIsAffiliation ? run.start : w.start;
    const candidate: Candidate = { start, end: run.end, text: text.slice(start, run.end), type: 'Person', confidence: 0.85, gender: personGender([], w.lower) };
    if (i > 0 && prefixIsAffiliation) {
      candidate.title = prefix;
      if (prefixWords.some((p) => ORG_HEADS.has(p.lower)) || KNOWN_AGENCIES.has(prefix.toLowerCase())) {
        candidate.affiliation = { start: run.start, end: words[i - 1]!.end, text: prefix, type: 'Agency', confidence: 0.75 };
      }
    }
    return [candidate];
  }

  const lowers = words.map((w) => w.lower);
  const last = lowers[lowers.length - 1] ?? '';
  const around = surroundings(text, run.start, run.end, words[words.length - 1]!.possessive);
  const outletKind = /post|times|journal|news|herald|tribune|gazette|telegraph|guardian|press|chronicle|radio|television|tv|network|broadcasting|media|daily|magazine|ledger|courier|observer|examiner|dispatch|inquirer|register|bulletin|mirror|express|standard|globe|beacon|sentinel|star|sun/.test(last) ? 'outlet' : undefined;
  if (words.length === 1 && PARTY_WORDS.has(last)) return [make('Agency', 0.7, { kind: 'party' })];
  if (words.length === 1 && words[0]!.name && !KNOWN_AGENCIES.has(bare) && placeLike(text, stripThe(full).replace(/['’]s?$/, ''))) return [make('Place', 0.6)];
  // "near the Dogger Bank": a bank that is a place
  if (words.length > 1 && last === 'bank' && /\b(?:near|off|across|along|on|at|to|in|from|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, run.start - 12), run.start))) return [make('Place', 0.7, { kind: 'region' })];
  if (words.length === 1 && ORG_HEADS.has(last) && !around && !PARTY_WORDS.has(last)) {
    // "the Commission", "Council member X": a word of a longer name, resolved against the agencies found
    return [make('Single', 0.5, { kind: 'org-head' })];
  }
  if (lowers.some((l) => ORG_HEADS.has(l) || l === 'house') || around === 'agency' || around === 'outlet') {
    // "Secretary of State" alone is a title, not an agency
    if (words.length > 1 || !isCommonWordForm(words[0]!.text) || ORG_HEADS.has(last) || around) {
      return [make('Agency', words.length > 1 || around ? 0.8 : 0.55, { kind: around === 'outlet' ? 'outlet' : PARTY_WORDS.has(last) ? 'party' : outletKind })];
    }
  }
  if (words.some((w) => KNOWN_AGENCIES.has(w.lower) || isLexiconOrganization(w.lower)) && !words.some((w) => isFirstName(w.lower))) return [make('Agency', 0.75)];
  if (KNOWN_PLACES.has(bare) || isLexiconPlace(bare)) return [make('Place', 0.85)];
  if (words.length > 1 && PLACE_HEADS.has(last)) return [make('Place', 0.75, { kind: 'region' })];
  if (isLexiconOrganization(bare)) return [make('Agency', 0.8)];
  if (words.length === 1 && isAcronym(words[0]!.text) && !/\d/.test(words[0]!.text)) return [make('Agency', 0.6)];
  if (isKnownPerson(bare)) return [make(words.length === 1 ? 'Single' : 'Person', 0.8)];
  if (words.length >= 2 && words.length <= 4 && words.every(isSurnameLike)) {
    const common = words.filter((w) => isCommonWordForm(w.text)).length;
    // "Zuma Mobility", "Meridian Arms": a company word ends the name
    if (COMPANY_WORDS.test(last)) return [make('Agency', 0.6, { kind: 'company' })];
    // "Greenwave Sundmark", "Clean Rivers Kelmar": a name that carries a place is an organization's
    if (words.some((w) => placeLike(text, w.text.replace(/['’]s?$/, '')))) return [make('Agency', 0.55)];
    if (common === 0 || isLastName(last) || around === 'person') return [make('Person', isLastName(last) ? 0.75 : 0.6)];
    return [];
  }
  if (words.length === 1 && words[0]!.name && (!isCommonWordForm(words[0]!.text) || isLastName(words[0]!.lower))) return [make('Single', 0.5)];
  return [];
}

/** Words after a span up to the next punctuation, lower case. */
function wordsAfter(text: string, end: number, count: number): string[] {
  return (text.slice(end, end + 60).match(/^[\s,]*([\p{L}\s'-]*)/u)?.[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, count);
}

interface RoleSpan {
  phrase: string;
  start: number;
  end: number;
}

/** A role stated next to a person: "Ana Ruiz, the city's transport director," / "Its president, Ana Ruiz," / "transport director Ana Ruiz". */
function appositiveRole(text: string, start: number, end: number): RoleSpan | undefined {
  const after = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:"“”()]{3,90}?)(?=,|\.|;|\s+(?:said|says|told|added|wrote|argued|noted|warned|who)\b)/.exec(text.slice(end, end + 120));
  if (after) {
    const phrase = after[1]!.trim();
    const words = phrase.toLowerCase().split(/\s+/);
    if (!/^\d/.test(phrase) && !/^(?:who|which|that|whose|where)\b/i.test(phrase) && words.some((w) => PERSON_TITLES.has(w) || PERSON_TITLES.has(w.replace(/s$/, '')))) {
      const at = end + after[0].indexOf(after[1]!);
      return { phrase, start: at, end: at + after[1]!.length };
    }
  }
  const head = text.slice(Math.max(0, start - 80), start);
  const comma = /((?:[\p{Lu}][\p{L}.'’-]*['’]s|[Ii]ts|[Tt]heir|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+),\s*$/u.exec(head);
  if (comma && comma[1]!.toLowerCase().split(/\s+/).some((w) => PERSON_TITLES.has(w))) {
    const at = start - head.length + comma.index;
    return { phrase: comma[1]!, start: at, end: at + comma[1]!.length };
  }
  const before = /((?:\p{L}[\p{L}.'’-]*\s+){0,4}?)(\p{L}[\p{L}.-]*)\s+$/u.exec(head);
  if (before && PERSON_TITLES.has(before[2]!.toLowerCase())) {
    const phrase = `${before[1] ?? ''}${before[2]}`.replace(/^(?:.*\b(?:the|a|an|said|says|and|by|with|to|from|of|for|that)\s+)/i, '').trim();
    if (phrase && !/[,;:]/.test(phrase)) return { phrase, start: start - phrase.length - 1, end: start - 1 };
  }
  return undefined;
}

/** Lower-case government bodies: "the energy ministry", "Italy's interior ministry", "the governor's office". */
function lowerCaseAgencies(sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  LOWER_AGENCY.lastIndex = 0;
  for (let m = LOWER_AGENCY.exec(sentence.text); m; m = LOWER_AGENCY.exec(sentence.text)) {
    const domain = m[2]!;
    if (/^(?:state|federal|city|county|district)$/.test(domain) && !/^(?:office|department|board)$/.test(m[3]!)) continue;
    const name = `${domain} ${m[3]}`;
    const whole = m[0].replace(/^(?:the|a|an|its|their)\s+/i, '');
    const start = sentence.start + m.index + (m[0].length - whole.length);
    found.push({ start, end: start + whole.length, text: whole, type: 'Agency', confidence: 0.6, canonical: name, aliases: whole !== name ? [whole] : [] });
  }
  return found;
}

export interface DetectOptions {
  gazetteer: GazetteerEntry[];
  quotations: Quotation[];
  /** Spans already taken by weapon systems. */
  taken: Array<[number, number]>;
}

export function detectNamedEntities(
  text: string,
  sentences: Sentence[],
  tokensOf: (s: Sentence) => Token[],
  registry: EntityRegistry,
  options: DetectOptions,
): void {
  const openings = new Set(options.quotations.flatMap((q) => q.parts.map((p) => p.open)));
  const gazetteer = new Map<string, GazetteerEntry>();
  for (const entry of options.gazetteer) {
    if (entry.anonymous) continue;
    for (const n of [entry.name, ...entry.aliases]) if (/\p{Lu}/u.test(n)) gazetteer.set(stripThe(n.toLowerCase()), entry);
  }
  const overlapsTaken = (start: number, end: number) => options.taken.some(([a, b]) => start < b && end > a);
  const context: Context = { text, gazetteer };
  const candidates: Candidate[] = [];
  const prefixes: Candidate[] = [];
  const lowerAgencies: Candidate[] = [];
  for (const sentence of sentences) {
    if (sentence.headline) continue;
    const words = prepareWords(text, tokensOf(sentence), sentence, prefixes, openings);
    for (const run of buildRuns(text, words)) {
      if (overlapsTaken(run.start, run.end)) continue;
      for (const c of classify(run, context)) {
        candidates.push(c);
        if (c.affiliation) candidates.push(c.affiliation);
      }
    }
    for (const c of lowerCaseAgencies(sentence)) {
      // the possessor may be a place ("Italy's interior ministry"); any other overlap means a name already covers it
      if (!candidates.some((o) => o.start < c.end && o.end > c.start && o.type !== 'Place')) lowerAgencies.push(c);
    }
  }

  // People with full names first, so that single words can join them as surnames.
  const people = new Map<string, EntityRecord>();
  const personKey = (name: string) => `person:${normalizeName(name)}`;
  const addPerson = (c: Candidate): EntityRecord => {
    const key = personKey(c.text);
    let record = people.get(key);
    if (!record) {
      record = registry.create({ key, type: 'Person', name: c.text, confidence: c.confidence, gender: c.gender });
      people.set(key, record);
    }
    record.gender ??= c.gender;
    if (c.title && (!record.title || c.title.length > record.title.length)) record.title = c.title;
    registry.addMention(record, c.start, c.end, c.text);
    if (c.title) record.aliases.add(`${c.title} ${c.text}`.replace(/^(?:then|ex|former)-/i, ''));
    return record;
  };
  const persons = candidates.filter((c) => c.type === 'Person');
  for (const c of persons.sort((a, b) => b.text.length - a.text.length)) {
    const n = normalizeName(c.text);
    const longer = [...people.values()].find((p) => normalizeName(p.name).endsWith(` ${n}`));
    if (longer) {
      registry.addMention(longer, c.start, c.end, c.text);
      if (c.title) {
        longer.title ??= c.title;
        longer.aliases.add(`${c.title} ${c.text}`);
      }
    } else addPerson(c);
  }

  const surnameOwners = (word: string): EntityRecord[] => {
    const n = normalizeName(word);
    const owners = [...people.values()].filter((p) => {
      const parts = normalizeName(p.name).split(' ');
      return parts.length > 1 && (parts[parts.length - 1] === n || (parts.length > 2 && parts.slice(1).join(' ') === n));
    });
    if (owners.length) return owners;
    // family name first ("Yoon" for "Yoon Min-jae"), when that first word is no known given name
    return [...people.values()].filter((p) => {
      const parts = p.name.split(/\s+/);
      return parts.length > 1 && normalizeName(parts[0]!) === n && !isFirstName(parts[0]!.toLowerCase());
    });
  };
  const nearest = (owners: EntityRecord[], at: number): EntityRecord => {
    let best = owners[0]!;
    let bestDistance = Infinity;
    for (const o of owners) {
      for (const m of o.mentions) {
        const d = m.start <= at ? at - m.start : (m.start - at) * 4; // prefer an earlier full mention
        if (d < bestDistance) {
          bestDistance = d;
          best = o;
        }
      }
    }
    return best;
  };

  const agencies = new Map<string, EntityRecord>();
  const places = new Map<string, EntityRecord>();
  const agencyKey = (name: string) => `agency:${normalizeName(name).replace(/\s+(?:inc|corp|corporation|co|ltd|llc|plc|sa|ag|gmbh|nv|se|group|holdings)$/, '')}`;
  const addAgency = (c: Candidate) => {
    const name = c.canonical ?? stripThe(c.text).replace(/['’]s$/, '');
    const key = agencyKey(name);
    let record = agencies.get(key);
    if (!record) {
      record = registry.create({ key, type: 'Agency', name, confidence: c.confidence, kind: c.kind });
      agencies.set(key, record);
    } else if (name.length > record.name.length && normalizeName(name).startsWith(normalizeName(record.name))) {
      // "Orchard" first, "Orchard Inc." later: the fuller form names it
      record.aliases.add(record.name);
      record.name = name;
    }
    record.kind ??= c.kind;
    registry.addMention(record, c.start, c.end, c.text);
    for (const a of c.aliases ?? []) record.aliases.add(a);
    // "the state Senate": the qualifier is part of how the text names it
    const qualifier = /\b(state|federal|city|county|national|provincial|regional)\s+$/i.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (qualifier) record.aliases.add(`${qualifier[1]} ${name}`);
    return record;
  };
  const addPlace = (c: Candidate) => {
    const name = c.canonical ?? stripThe(c.text);
    const key = `place:${normalizeName(name)}`;
    let record = places.get(key);
    if (!record) {
      record = registry.create({ key, type: 'Place', name, confidence: c.confidence, kind: c.kind ?? (PLACE_ALIASES[normalizeName(c.text)] ? 'country' : undefined) });
      places.set(key, record);
    }
    registry.addMention(record, c.start, c.end, c.text);
    return record;
  };

  for (const c of candidates) {
    if (c.type === 'Agency') addAgency(c);
    else if (c.type === 'Place') addPlace(c);
  }
  // Lower-case bodies join a named agency that carries the same words ("defense ministry" → "Ministry of National Defense").
  for (const c of lowerAgencies) {
    const words = normalizeName(c.canonical ?? c.text).split(' ').filter((w) => w.length > 2);
    const named = [...agencies.values()].find((a) => {
      const n = normalizeName(a.name).split(' ');
      return words.every((w) => n.includes(w)) && n.length > words.length;
    });
    if (named) {
      registry.addMention(named, c.start, c.end, c.text);
      named.aliases.add(c.canonical ?? c.text);
    } else addAgency(c);
  }
  for (const c of candidates) {
    if (c.type !== 'Person' || !c.affiliation) continue;
    const person = registry.mentionAt(c.start)?.entity;
    const agency = registry.mentionAt(c.affiliation.start)?.entity;
    if (person && agency) registry.affiliate(/spokes/i.test(c.title ?? '') ? 'SPEAKS_FOR' : 'MEMBER_OF', person, agency, c.start);
  }

  // "The authority, known as the Garante": the name is the agency's.
  const knownAs = new Map<number, EntityRecord>();
  KNOWN_AS.lastIndex = 0;
  for (let m = KNOWN_AS.exec(text); m; m = KNOWN_AS.exec(text)) {
    const nameStart = m.index + m[0].length - m[1]!.length;
    const owner = [...registry.mentions].reverse().find((x) => x.end <= m!.index + 1 && x.end >= m!.index - 120 && x.entity.type === 'Agency');
    if (owner) knownAs.set(nameStart, owner.entity);
  }

  // Single capitalized words: surnames of people already found, known names, or places after a preposition.
  const singles = [...candidates.filter((c) => c.type === 'Single'), ...prefixes];
  for (const c of singles) {
    const bare = stripThe(c.text.toLowerCase());
    const namedAgency = knownAs.get(c.start);
    if (namedAgency) {
      registry.addMention(namedAgency, c.start, c.end, c.text);
      agencies.set(agencyKey(c.text), namedAgency);
      continue;
    }
    const owners = surnameOwners(c.text);
    if (owners.length) {
      const owner = nearest(owners, c.start);
      registry.addMention(owner, c.start, c.end, c.text);
      if (c.title) {
        owner.aliases.add(`${c.title} ${c.text}`);
        owner.title ??= c.title;
        owner.gender ??= c.gender;
      }
      continue;
    }
    const agency = agencies.get(agencyKey(c.text)) ?? [...agencies.values()].find((a) => a.aliases.has(c.text));
    if (agency) {
      registry.addMention(agency, c.start, c.end, c.text);
      continue;
    }
    if (c.kind === 'org-head') {
      // "the Commission" → "European Commission"; nothing to join → not an entity on its own
      const containing = [...new Set(agencies.values())].filter((a) => normalizeName(a.name).split(' ').includes(bare));
      if (containing.length) {
        const owner = [...registry.mentions].reverse().find((m) => m.start < c.start && containing.includes(m.entity))?.entity ?? containing[0]!;
        registry.addMention(owner, c.start, c.end, c.text);
      }
      continue;
    }
    const place = places.get(`place:${normalizeName(PLACE_ALIASES[bare] ?? c.text)}`);
    if (place) {
      registry.addMention(place, c.start, c.end, c.text);
      continue;
    }
    if (KNOWN_AGENCIES.has(bare)) {
      addAgency({ ...c, type: 'Agency', kind: KNOWN_OUTLETS.has(bare) ? 'outlet' : undefined });
      continue;
    }
    if (PLACE_ALIASES[bare] || KNOWN_PLACES.has(bare) || isLexiconPlace(bare)) {
      addPlace({ ...c, type: 'Place', canonical: PLACE_ALIASES[bare] });
      continue;
    }
    // A name the lexicons do not know, that the article treats as a place somewhere: a demonym, "the government of
    // X", "X's parliament", "the city of X". One such use types every mention of it.
    if (c.type === 'Single' && !c.titled && placeLike(text, c.text)) {
      addPlace({ ...c, type: 'Place', confidence: 0.6, kind: countryLike(text, c.text) ? 'country' : undefined });
      continue;
    }
    const possessive = /^['’]/.test(text.slice(c.end, c.end + 1));
    const around = surroundings(text, c.start, c.end, possessive);
    if (around === 'agency' || around === 'outlet') {
      addAgency({ ...c, type: 'Agency', confidence: 0.6, kind: around === 'outlet' ? 'outlet' : undefined });
      continue;
    }
    // "Spotify, which filed ...": a thing that acts is an organization; "Reyes, who ...": a person
    const relative = /^,\s+(which|who)\s+(?:\w+\s+){0,2}?(?:[a-z]+ed|has|had|is|was|represents|runs|owns|operates|makes|sells|says)\b/.exec(text.slice(c.end, c.end + 60));
    if (relative && c.type === 'Single' && !isLexiconPlace(bare)) {
      if (relative[1] === 'which') addAgency({ ...c, type: 'Agency', confidence: 0.55 });
      else addPerson({ ...c, type: 'Person', confidence: 0.5 });
      continue;
    }
    if (c.type === 'Single' && !c.titled && COMPANY_NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) {
      addAgency({ ...c, type: 'Agency', confidence: 0.55, kind: 'company' });
      continue;
    }
    // "Norvik said" after "Norvik Gas": the first word of a company's name is that company
    const company = c.type === 'Single' && !c.titled ? [...agencies.values()].find((a) => {
      const rest = normalizeName(a.name).split(' ');
      return rest.length === 2 && rest[0] === normalizeName(bare) && (a.kind === 'company' || COMPANY_WORDS.test(rest[1]!));
    }) : undefined;
    if (company) {
      registry.addMention(company, c.start, c.end, c.text);
      company.aliases.add(c.text);
      continue;
    }
    const after = wordsAfter(text, c.end, 2);
    const before = text.slice(Math.max(0, c.start - 16), c.start).toLowerCase();
    const ageFollows = /^,\s*\d{2},/.test(text.slice(c.end, c.end + 6));
    if (c.titled || ageFollows || around === 'person' || isKnownPerson(bare) || (after[0] && SPEECH_VERBS.has(after[0]))) {
      const record = addPerson({ ...c, type: 'Person' });
      record.confidence = c.titled ? 0.7 : 0.5;
      continue;
    }
    const listedWithPlace = /(?:,|\band|\bor)\s+$/.test(before) && registry.mentions.some((m) => m.entity.type === 'Place' && m.end <= c.start && m.end >= c.start - 14);
    if ((/\b(?:in|near|from|across|outside|inside|around|to)\s+(?:the\s+)?$/.test(before) || listedWithPlace) && c.type === 'Single' && !isLastName(bare)) {
      addPlace({ ...c, type: 'Place', confidence: 0.45 });
    }
  }
  // A surname that opens a sentence and is also a common word ("Sand changed her stance", "Park said"): capitals
  // there say nothing, but a person of that surname named earlier does.
  for (const sentence of sentences) {
    if (sentence.headline) continue;
    const first = tokensOf(sentence)[0];
    if (!first || !first.cap || registry.mentionAt(first.start) || !/^(?:\s+\p{Ll}|,|['’]s\s)/u.test(text.slice(first.end, first.end + 3))) continue;
    const owners = surnameOwners(first.text).filter((o) => o.mentions.some((m) => m.start < first.start));
    if (owners.length) registry.addMention(nearest(owners, first.start), first.start, first.end, first.text);
  }
  // Later mentions of an agency by a single word of its name that the text set up ("Aerion" after "Aerion's chief executive").
  for (const c of singles) {
    if (registry.mentionAt(c.start)) continue;
    const agency = agencies.get(agencyKey(c.text));
    if (agency) registry.addMention(agency, c.start, c.end, c.text);
  }

  // Roles stated next to people, and the agencies those roles name.
  for (const person of people.values()) {
    for (const m of person.mentions) {
      const role = appositiveRole(text, m.start, m.end);
      if (!role) continue;
      if (!person.title || person.title.length < role.phrase.length) person.title = role.phrase;
      const agency = registry.mentionsWithin(role.start, role.end).find((x) => x.entity.type === 'Agency' && !x.entity.anonymous)?.entity;
      if (agency) registry.affiliate(/spokes/i.test(role.phrase) ? 'SPEAKS_FOR' : 'MEMBER_OF', person, agency, m.start);
      break;
    }
    if (person.title) {
      for (const word of person.title.toLowerCase().split(/[\s-]+/)) if (PERSON_TITLES.has(word)) person.roles.add(word);
    }
  }
  for (const agency of agencies.values()) {
    const words = agency.name.toLowerCase().split(/\s+/);
    for (const w of words) if (ORG_HEADS.has(w) || ORG_APPOSITION_NOUNS.has(w)) agency.roles.add(w);
    if (agency.kind === 'outlet' || KNOWN_OUTLETS.has(agency.name.toLowerCase())) {
      agency.kind = 'outlet';
      for (const r of ['outlet', 'newspaper', 'paper', 'broadcaster']) agency.roles.add(r);
    }
    if (agency.kind === 'government') agency.roles.add('government');
    // "Engie, the French utility": the apposition's noun is a role the text uses for it
    for (const m of agency.mentions) {
      const apposition = APPOSITION_AFTER.exec(text.slice(m.end, m.end + 100))?.[1];
      const noun = apposition?.match(ORG_NOUN_RE)?.[0];
      if (noun) agency.roles.add(noun.toLowerCase());
      const before = ORG_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start))?.[0].match(ORG_NOUN_RE)?.[0];
      if (before) agency.roles.add(before.toLowerCase());
    }
  }

  // Acronyms and shorter forms join the agency they abbreviate: "NSC", "National Security Council".
  const agencyList = [...new Set(agencies.values())];
  for (const short of agencyList) {
    for (const long of agencyList) {
      if (short === long || !registry.entities.includes(short) || !registry.entities.includes(long)) continue;
      const initials = long.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      const sn = normalizeName(short.name);
      const ln = normalizeName(long.name);
      const extra = ln.startsWith(`${sn} `) ? ln.slice(sn.length + 1) : '';
      if ((isAcronym(short.name) && initials.length >= 2 && initials === short.name.replace(/\./g, '')) || (sn.split(' ').length >= 2 && ln.endsWith(` ${sn}`)) || (extra && !extra.includes(' ') && isOrgHead(extra))) {
        registry.merge(long, short);
      }
    }
  }
}

const COMPANY_WORDS = /^(?:mobility|arms|dynamics|energy|labs|motors|systems|technologies|aerospace|industries|pharma|pharmaceuticals|chemicals|logistics|airlines|airways|telecom|capital|partners|ventures|foods|steel|mining|shipping|holdings|group|inc|corp|ltd|plc|llc|biologics|biotech|therapeutics|biosciences|resources|gas|oil|petroleum|power|utilities|minerals|metals|materials|semiconductors|electronics|robotics|software|networks|devices|instruments|construction|engineering|developments|properties|biologicals)$/;
/** "Grid operator Nordnet", "rival firm Velo": a lower-case company noun just before a name. */
const COMPANY_NOUN_BEFORE = /\b(?:operator|firm|company|carrier|maker|manufacturer|producer|startup|start-up|insurer|lender|retailer|utility|developer|supplier|contractor|group)\s+$/;
const GOVERNMENT_OWNED = 'government|capital|parliament|cabinet|president|prime minister|presidency|defen[cs]e minist(?:er|ry)|foreign minist(?:er|ry)|interior minist(?:er|ry)|economy minist(?:er|ry)|army|military|armed forces|air force|navy|borders?|neighbou?rs?|economy|ambassador|embassy|regime|parliamentary|northern|southern|eastern|western|central|coast|territory|airspace|Supreme Court|Constitutional Court|Ministry|Parliament|Senate|National|Central Bank';
const placeCache = new Map<string, { place: boolean; country: boolean }>();

/** Demonyms formed from a name: Valdoria → Valdorian, Carsova → Carsovan, Ostland → Ostlandic, Tesk → Teskish. */
function demonymIn(text: string, name: string): boolean {
  const e = escape(name);
  const stem = escape(name.replace(/(?:ia|a|y|e)$/, ''));
  return new RegExp(`\\b(?:${e}(?:n|ns|ian|ians|ic|ish|ese|i)|${stem}(?:ian|ians|an|ans|ese|ish|ic|i))\\b`, 'u').test(text);
}

function placeEvidence(text: string, name: string): { place: boolean; country: boolean } {
  const key = name;
  const cached = placeCache.get(key);
  if (cached) return cached;
  const e = escape(name);
  const country = demonymIn(text, name)
    || new RegExp(`\\b(?:[Gg]overnment|[Rr]epublic|[Kk]ingdom|[Pp]eople|[Cc]itizens|[Pp]resident|[Pp]rime [Mm]inister|[Pp]arliament|[Bb]orders?) of (?:the )?${e}\\b`, 'u').test(text)
    || new RegExp(`\\b${e}['’]s? (?:${GOVERNMENT_OWNED})\\b`, 'u').test(text)
    || new RegExp(`\\b${e}['’]s (?:\\p{Lu}\\p{L}+ ){1,3}(?:Authority|Ministry|Court|Agency|Commission|Parliament|Assembly|Senate|Army|Navy|Police|Inspectorate|Directorate)\\b`, 'u').test(text)
    || new RegExp(`\\b(?:neighbou?r|ally|rival),? ${e}, whose\\b|\\b${e}, whose (?:government|parliament|president|army|military)\\b`, 'u').test(text);
  const place = country
    || new RegExp(`\\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Pp]rovince|[Rr]egion|[Cc]ounty|[Dd]istrict|[Ss]tate|[Cc]apital|[Pp]ort|[Ii]sland) of ${e}\\b`, 'u').test(text)
    || new RegExp(`\\b[Tt]he ${e} (?:capital|region|province|coast|border)\\b`, 'u').test(text)
    || new RegExp(`\\b${e}, the (?:\\p{Lu}\\p{L}+ )?capital\\b`, 'u').test(text);
  const result = { place: place && !isDerivedDemonym(text, name), country };
  placeCache.set(key, result);
  return result;
}

/** "Carsovan" beside "Carsova": the adjective, not the place. */
function isDerivedDemonym(text: string, name: string): boolean {
  const m = /^(\p{Lu}\p{L}+?)(?:ian|an|n|ese|ish|ic|i)$/u.exec(name);
  if (!m) return false;
  const stem = m[1]!;
  return new RegExp(`\\b${escape(stem)}(?:a|ia|y|e)?\\b`, 'u').test(text);
}

let placeText = '';
const placeLike = (text: string, name: string) => {
  if (text !== placeText) {
    placeCache.clear();
    placeText = text;
  }
  if (name.length < 3 || !/^\p{Lu}/u.test(name)) return false;
  return placeEvidence(text, name).place;
};
const countryLike = (text: string, name: string) => placeEvidence(text, name).country;

/** The demonym of a country ("Germany" → "German"), when known. */
export function demonymOfCountry(country: string): string | undefined {
  for (const [demonym, name] of Object.entries(DEMONYM_COUNTRY)) if (name === country && !demonym.includes('.') && demonym !== 'us') return titleCase(demonym);
  return undefined;
}
