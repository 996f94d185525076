/**
 * Named people, agencies and places. Capitalized runs are read token by token and typed from what they contain:
 * a title before a name ("Chancellor Olaf Scholz"), a first name ("Adrienne Watson"), an organizational head
 * ("Health Ministry", "Washington Post"), a place head or a known place. Single words join the person whose
 * surname they are. The gazetteer's names and aliases take precedence.
 */
import type { EntityType } from '../../facts/document.ts';
import type { GazetteerEntry } from './index.ts';
import {
  DEMONYM_COUNTRY, FEMALE_HONORIFICS, KNOWN_AGENCIES, KNOWN_OUTLETS, KNOWN_PLACES, KNOWN_WEAPONS, MALE_HONORIFICS,
  NAME_CONNECTORS, NEVER_NAMES, ORG_HEADS, ORG_TRAILING_HEADS, PERSON_TITLES, PLACE_ALIASES, PLACE_HEADS,
  PLACE_TRAILING_HEADS, SPEECH_VERBS, TITLE_HEADS,
} from './lexicons.ts';
import {
  firstNameGender, isCommonWordForm, isDemonym, isFirstName, isKnownPerson, isLastName, isLexiconOrganization,
  isLexiconPlace, type Gender,
} from './names.ts';
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
  /** The person's name tokens were preceded by a title (so a single word is a surname, not a stray capital). */
  titled?: boolean;
  /** Canonical name when it differs from the text ("U.S." → "United States"). */
  canonical?: string;
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
const isAcronym = (t: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$/.test(t);
const HYPHEN_TAIL = /^([\p{Lu}][\p{L}.]*)-\p{Ll}/u;

interface Word extends Token {
  /** Capitalized proper-name material. */
  name: boolean;
  /** First word of its sentence or of a quotation, where capitals say nothing. */
  initial: boolean;
}

/** Marks which tokens can be part of a name, splitting "then-President" and noting "U.S.-supplied". */
function prepareWords(text: string, tokens: Token[], sentence: Sentence, prefixes: Candidate[]): Word[] {
  const words: Word[] = [];
  let previousEnd = sentence.start;
  for (const token of tokens) {
    const gap = text.slice(previousEnd, token.start);
    const initial = words.length === 0 || /["“‘(:—–]\s*$/.test(gap) || /[.!?]["”’]?\s+$/.test(gap);
    previousEnd = token.end;
    let t: Token = token;
    const lowerPrefix = /^(then|ex|former|acting)-(\p{Lu})/u.exec(token.text);
    if (lowerPrefix) {
      const cut = lowerPrefix[1]!.length + 1;
      t = { ...token, text: token.text.slice(cut), lower: token.lower.slice(cut), start: token.start + cut, cap: true };
    }
    const tail = HYPHEN_TAIL.exec(t.text);
    if (tail && tail[1]!.replace(/\./g, '').length >= 2) {
      // "U.S.-supplied", "Trump-era", "Kremlin-backed": the capitalized part is a mention, the word is not a name
      const part = tail[1]!;
      prefixes.push({ start: t.start, end: t.start + part.length, text: part, type: 'Single', confidence: 0.6 });
      words.push({ ...t, name: false, initial });
      continue;
    }
    let name = t.cap && !NEVER_NAMES.has(t.lower.replace(/\.$/, ''));
    if (name && initial && !TITLE_HEADS.has(t.lower) && isCommonWordForm(t.text) && !isLexiconPlace(t.lower) && !isFirstName(t.lower)) name = false;
    if (/^\d/.test(t.text)) name = false;
    words.push({ ...t, name, initial });
  }
  return words;
}

function canTakeConnector(run: Word[], connector: string, next: Word | undefined): boolean {
  if (!next?.name) return false;
  const lowers = run.map((w) => w.lower);
  const hasHead = lowers.some((l) => ORG_HEADS.has(l) || PLACE_HEADS.has(l) || TITLE_HEADS.has(l) || l === 'house' || l === 'secretary');
  if (connector === 'and' || connector === '&') return hasHead && lowers.includes('of') && !isFirstName(next.lower) && !TITLE_HEADS.has(next.lower);
  if (connector === 'the') return lowers[lowers.length - 1] === 'of';
  if (connector === 'of' || connector === 'for' || connector === 'on') return hasHead;
  return isFirstName(run[0]?.lower ?? '') || run.length >= 1; // de, van, von, al, bin...
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
    while (current.length && NAME_CONNECTORS.has(current[current.length - 1]!.lower)) current.pop();
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
    const joined = previous && /^\s+$/.test(gap) && !previous.possessive;
    if (w.name) {
      if (previous && !joined) close(i);
      current.push(w);
    } else if (previous && joined && NAME_CONNECTORS.has(w.lower) && canTakeConnector(current, w.lower, words[i + 1])) {
      current.push(w);
    } else if (previous) {
      close(i);
    } else if (isDemonym(w.lower) || DEMONYM_COUNTRY[w.lower]) {
      // a demonym alone is no name, but "Ukrainian military" is an agency
      const a = words[i + 1];
      if (a && !a.cap && ORG_TRAILING_HEADS.has(a.lower)) runs.push({ words: [w], start: w.start, end: a.end, trailing: { word: a.lower, kind: 'org' } });
    }
    if (w.possessive && current.length) close(i + 1);
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
  return w.name && !ORG_HEADS.has(w.lower) && !PLACE_HEADS.has(w.lower) && !TITLE_HEADS.has(w.lower) && !isAcronym(w.text) && !isLexiconPlace(w.lower);
}

interface Context {
  text: string;
  gazetteer: Map<string, GazetteerEntry>;
}

function classify(run: Run, context: Context, sentence: Sentence): Candidate[] {
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
  if (run.trailing?.kind === 'org') {
    const kind = /administration|government|regime|junta|cabinet/.test(run.trailing.word) ? 'government' : /military|army|navy|force|guard/.test(run.trailing.word) ? 'military' : undefined;
    return [make('Agency', 0.8, { kind })];
  }
  if (run.trailing?.kind === 'place') return [make('Place', 0.8, { kind: 'region' })];
  if (KNOWN_AGENCIES.has(bare)) return [make('Agency', 0.9, { kind: KNOWN_OUTLETS.has(bare) ? 'outlet' : undefined })];
  const placeAlias = PLACE_ALIASES[bare];
  if (placeAlias) return [make('Place', 0.9, { canonical: placeAlias, kind: 'country' })];
  if (KNOWN_WEAPONS.has(bare) || KNOWN_WEAPONS.has(bare.replace(/s$/, ''))) return [];

  // A title ends before the name: "President Joe Biden", "Health Minister Karl Lauterbach", "Mr. Scholz".
  for (let h = words.length - 2; h >= 0; h--) {
    if (!TITLE_HEADS.has(words[h]!.lower)) continue;
    const nameWords = words.slice(h + 1);
    if (!nameWords.every(isSurnameLike) || nameWords.length > 4) continue;
    const titleWords = words.slice(0, h + 1);
    const start = nameWords[0]!.start;
    const titleText = text.slice(run.start, words[h]!.end);
    const candidate: Candidate = {
      start, end: run.end, text: text.slice(start, run.end), type: nameWords.length === 1 ? 'Single' : 'Person', confidence: 0.85,
      title: titleText.replace(/^(?:mr|mrs|ms|dr|miss)\.?$/i, '') || undefined,
      gender: personGender(titleWords.map((w) => w.lower), nameWords.length > 1 ? nameWords[0]!.lower : undefined),
      titled: true,
    };
    return [candidate];
  }

  // A first name starts the person; what comes before it is an affiliation or a title.
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!isFirstName(w.lower) || !w.name) continue;
    const nameWords = words.slice(i);
    if (nameWords.length > 4 || !nameWords.slice(1).every(isSurnameLike)) continue;
    if (i === 0 && words.length === 2 && isLexiconPlace(lower)) break;
    const start = w.start;
    const candidate: Candidate = {
      start, end: run.end, text: text.slice(start, run.end), type: 'Person', confidence: 0.85,
      gender: personGender([], w.lower),
    };
    if (i > 0) {
      const prefixEnd = words[i - 1]!.end;
      const prefix = text.slice(run.start, prefixEnd);
      candidate.title = prefix;
      const prefixWords = words.slice(0, i);
      if (prefixWords.some((p) => ORG_HEADS.has(p.lower)) || KNOWN_AGENCIES.has(prefix.toLowerCase())) {
        candidate.affiliation = { start: run.start, end: prefixEnd, text: prefix, type: 'Agency', confidence: 0.75 };
      }
    }
    return [candidate];
  }

  const lowers = words.map((w) => w.lower);
  const last = lowers[lowers.length - 1] ?? '';
  if (lowers.some((l) => ORG_HEADS.has(l) || l === 'house')) {
    // "Secretary of State" alone is a title, not an agency
    if (words.length > 1 || !isCommonWordForm(words[0]!.text) || ORG_HEADS.has(last)) {
      return [make('Agency', words.length > 1 ? 0.8 : 0.55, { kind: /post|times|journal|news|herald|tribune|gazette|telegraph|guardian|press|chronicle|radio|television|tv|network|broadcasting|media|daily|magazine/.test(last) ? 'outlet' : undefined })];
    }
  }
  if (KNOWN_PLACES.has(bare) || isLexiconPlace(bare)) return [make('Place', 0.85)];
  if (words.length > 1 && PLACE_HEADS.has(last)) return [make('Place', 0.75, { kind: 'region' })];
  if (isLexiconOrganization(bare)) return [make('Agency', 0.8)];
  if (words.length === 1 && isAcronym(words[0]!.text)) return [make('Agency', 0.6)];
  if (isKnownPerson(bare)) return [make('Person', 0.8)];
  if (words.length >= 2 && words.length <= 4 && words.every(isSurnameLike)) {
    const common = words.filter((w) => isCommonWordForm(w.text)).length;
    if (common === 0 || isLastName(last)) return [make('Person', isLastName(last) ? 0.75 : 0.6)];
    return [];
  }
  if (words.length === 1 && words[0]!.name && !isCommonWordForm(words[0]!.text)) return [make('Single', 0.5)];
  if (words.length === 1 && isLastName(words[0]!.lower)) return [make('Single', 0.5)];
  void sentence;
  return [];
}

/** Words after a span up to the next punctuation, lower case. */
function wordsAfter(text: string, end: number, count: number): string[] {
  return (text.slice(end, end + 60).match(/^[\s,]*([\p{L}\s'-]*)/u)?.[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, count);
}

/** A role stated next to a person: "Ana Ruiz, the city's transport director," or "transport director Ana Ruiz". */
function appositiveTitle(text: string, start: number, end: number): string | undefined {
  const after = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:"“”()]{3,90}?)(?=,|\.|;|\s+(?:said|says|told|added|wrote|argued|noted|warned)\b)/.exec(text.slice(end, end + 120));
  if (after) {
    const phrase = after[1]!.trim();
    const words = phrase.toLowerCase().split(/\s+/);
    if (!/^\d/.test(phrase) && !/^(?:who|which|that|whose|where)\b/i.test(phrase) && words.some((w) => PERSON_TITLES.has(w) || PERSON_TITLES.has(w.replace(/s$/, '')))) return phrase;
  }
  const before = /((?:[\p{L}.'’-]+\s+){0,4}?)([\p{L}.-]+)\s+$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (before && PERSON_TITLES.has(before[2]!.toLowerCase())) {
    const phrase = `${before[1] ?? ''}${before[2]}`.replace(/^(?:.*\b(?:the|a|an|said|says|and|by|with|to|from|of|for|that)\s+)/i, '').trim();
    if (phrase && !/[,;:]/.test(phrase)) return phrase;
  }
  return undefined;
}

export interface DetectOptions {
  gazetteer: GazetteerEntry[];
}

export function detectNamedEntities(
  text: string,
  sentences: Sentence[],
  tokensOf: (s: Sentence) => Token[],
  registry: EntityRegistry,
  options: DetectOptions,
): void {
  const gazetteer = new Map<string, GazetteerEntry>();
  for (const entry of options.gazetteer) {
    if (entry.anonymous) continue;
    for (const n of [entry.name, ...entry.aliases]) if (/\p{Lu}/u.test(n)) gazetteer.set(stripThe(n.toLowerCase()), entry);
  }
  const context: Context = { text, gazetteer };
  const candidates: Candidate[] = [];
  const prefixes: Candidate[] = [];
  for (const sentence of sentences) {
    if (sentence.headline) continue;
    const words = prepareWords(text, tokensOf(sentence), sentence, prefixes);
    for (const run of buildRuns(text, words)) {
      for (const c of classify(run, context, sentence)) {
        candidates.push(c);
        if (c.affiliation) candidates.push(c.affiliation);
      }
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
    if (c.title) record.roles.add(c.title.toLowerCase().split(/\s+/).pop() ?? '');
    registry.addMention(record, c.start, c.end, c.text);
    if (c.title) record.aliases.add(`${c.title} ${c.text}`.replace(/^(?:then|ex|former)-/i, ''));
    return record;
  };
  const persons = candidates.filter((c) => c.type === 'Person');
  // A name that another person's name ends with ("Biden" inside "Joe Biden") is the same person.
  for (const c of persons.sort((a, b) => b.text.length - a.text.length)) {
    const n = normalizeName(c.text);
    const longer = [...people.values()].find((p) => normalizeName(p.name).endsWith(` ${n}`));
    if (longer) {
      registry.addMention(longer, c.start, c.end, c.text);
      if (c.title) longer.title ??= c.title;
    } else addPerson(c);
  }

  const surnameOwners = (word: string): EntityRecord[] => {
    const n = normalizeName(word);
    return [...people.values()].filter((p) => {
      const parts = normalizeName(p.name).split(' ');
      return parts.length > 1 && (parts[parts.length - 1] === n || (parts.length > 2 && parts.slice(1).join(' ') === n));
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
  const addAgency = (c: Candidate) => {
    const name = stripThe(c.text).replace(/['’]s$/, '');
    const key = `agency:${normalizeName(name)}`;
    let record = agencies.get(key);
    if (!record) {
      record = registry.create({ key, type: 'Agency', name, confidence: c.confidence, kind: c.kind });
      agencies.set(key, record);
    }
    registry.addMention(record, c.start, c.end, c.text);
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
  // Affiliations stated inside a run: the agency before a person's name.
  for (const c of candidates) {
    if (c.type !== 'Person' || !c.affiliation) continue;
    const person = registry.mentionAt(c.start)?.entity;
    const agency = registry.mentionAt(c.affiliation.start)?.entity;
    if (person && agency) registry.affiliate(/spokes/i.test(c.title ?? '') ? 'SPEAKS_FOR' : 'MEMBER_OF', person, agency, c.start);
  }

  // Single capitalized words: surnames of people already found, known names, or places after a preposition.
  const singles = [...candidates.filter((c) => c.type === 'Single'), ...prefixes];
  for (const c of singles) {
    const bare = stripThe(c.text.toLowerCase());
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
    const agency = [...agencies.values()].find((a) => a.aliases.has(c.text) || a.name === c.text);
    if (agency) {
      registry.addMention(agency, c.start, c.end, c.text);
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
    const after = wordsAfter(text, c.end, 2);
    const before = text.slice(Math.max(0, c.start - 12), c.start).toLowerCase();
    const ageFollows = /^,\s*\d{2},/.test(text.slice(c.end, c.end + 6));
    if (c.titled || ageFollows || (after[0] && SPEECH_VERBS.has(after[0]))) {
      const record = addPerson({ ...c, type: 'Person' });
      record.confidence = c.titled ? 0.7 : 0.5;
      continue;
    }
    if (/\b(?:in|near|from|across|outside|inside|around|to)\s+$/.test(before) && c.type === 'Single' && !isLastName(bare)) {
      addPlace({ ...c, type: 'Place', confidence: 0.45 });
    }
  }

  // Appositive roles and the role nouns ("the chancellor", "the official") that can stand for a person.
  for (const person of people.values()) {
    for (const m of person.mentions) {
      const role = appositiveTitle(text, m.start, m.end);
      if (role) {
        if (!person.title || person.title.length < role.length) person.title = role;
        break;
      }
    }
    if (person.title) {
      for (const word of person.title.toLowerCase().split(/[\s-]+/)) if (PERSON_TITLES.has(word)) person.roles.add(word);
    }
  }
  for (const agency of agencies.values()) {
    const words = agency.name.toLowerCase().split(/\s+/);
    for (const w of words) if (ORG_HEADS.has(w)) agency.roles.add(w);
    if (agency.kind === 'outlet' || KNOWN_OUTLETS.has(agency.name.toLowerCase())) {
      agency.kind = 'outlet';
      agency.roles.add('outlet');
      agency.roles.add('newspaper');
    }
    if (agency.kind === 'government') agency.roles.add('government');
  }

  // Acronyms and shorter forms join the agency they abbreviate: "NSC", "National Security Council".
  const agencyList = [...agencies.values()];
  for (const short of agencyList) {
    for (const long of agencyList) {
      if (short === long || !registry.entities.includes(short) || !registry.entities.includes(long)) continue;
      const initials = long.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      const sn = normalizeName(short.name);
      const ln = normalizeName(long.name);
      if ((isAcronym(short.name) && initials.length >= 2 && initials === short.name.replace(/\./g, '')) || (sn.split(' ').length >= 2 && ln.endsWith(` ${sn}`))) {
        registry.merge(long, short);
      }
    }
  }
}

/** The country a demonym names ("German" → "Germany"), for country-level actors. */
export function countryOfDemonym(word: string): string | undefined {
  return DEMONYM_COUNTRY[word.toLowerCase()];
}
