/**
 * What a subject phrase refers to: a named mention, a pronoun ("she said"), a role noun that points back at a
 * known entity ("the official added", "the chancellor", "the ministry") or an unnamed source ("a senior
 * Pentagon official", "U.S. officials"), which becomes an anonymous entity tied to the agency the phrase
 * names. Nothing is invented: a phrase that fits no pattern resolves to nothing.
 */
import { AGENCY_NOUNS, CAPITALS, PERSON_TITLES, SOURCE_NOUNS, VERB_FILLERS } from './lexicons.ts';
import { demonymOfCountry, normalizeName } from './entities.ts';
import { isLexiconCity, isLexiconCountry } from './names.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';
import { ORG_HEADS, PLACE_HEADS } from './lexicons.ts';
import type { Quotation } from './quotes.ts';
import { insideQuotation } from './quotes.ts';
import { tokenize, type Token } from './tokens.ts';

const PLURAL_SOURCE = new Map(Object.entries(SOURCE_NOUNS).map(([s, p]) => [p, s]));
const PERSON_ROLE_WORDS = new Set([...Object.keys(SOURCE_NOUNS), ...[...PERSON_TITLES].filter((t) => !t.includes(' ') && !t.endsWith('.'))]);
const DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'other', 'another', 'the', 'this', 'that', 'these', 'those', 'both', 'most', 'its', 'his', 'her', 'their', 'multiple', 'numerous', 'few', 'a few', 'dozens']);
const PLURAL_DETERMINERS = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'these', 'those', 'both', 'most', 'multiple', 'numerous', 'few', 'dozens']);
const AFFILIATION_WORDS = new Set(['for', 'at', 'of', 'with', 'from', 'in', 'familiar', 'close', 'briefed', 'involved', 'who', 'speaking', 'knowledgeable']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'him', 'her', 'them']);
/** A time phrase between a subject and its verb: "X on Wednesday approved", "X last year banned". */
const TIME_TAIL = /\s+(?:(?:on|late|early|last|this|earlier|by|in|since)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|week|month|year|night|morning|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|yesterday|today|tonight)\s*,?\s*$/;
/** A source noun with an affiliation before a named agency: "officials at the", "a teacher at", "Two diplomats in". */
const SOURCE_PHRASE = new RegExp(`(?:^|\\s)(?:(?:a|an|one|two|three|four|several|some|the|other)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,2}?(?:${Object.entries(SOURCE_NOUNS).flat().join('|')})\\s+(?:at|from|in|with|for|of|inside|within)\\s+(?:the\\s+)?$`, 'iu');
/** Which agencies a generic noun prefers. */
const GENERIC_KIND: Record<string, RegExp> = {
  agency: /\b(?:agency|administration|authority|commission|office|department|bureau|service|board|council|ministry|regulator|government|garante|inspectorate|directorate)\b/i,
  regulator: /\b(?:agency|administration|authority|commission|regulator|board|office|garante|inspectorate)\b/i,
  watchdog: /\b(?:agency|authority|commission|regulator|board|office|garante|inspectorate|watchdog)\b/i,
  authority: /\b(?:authority|agency|administration|commission|regulator|garante)\b/i,
  company: /\b(?:inc|corp|co|ltd|llc|plc|company|labs?|therapeutics|airlines|airways|power|energy|motors|technologies|systems|industries|group|holdings|pharma\w*|utility|manufacturer|firm|company)\b/i,
  firm: /\b(?:inc|corp|co|ltd|llc|plc|company|labs?|partners|associates|group|firm|company)\b/i,
  group: /\b(?:group|association|coalition|alliance|federation|union|center|centre|institute|network|council|league|society|europe|first)\b/i,
};
/** A legislature or government named by its common noun, with an owner ("Ostravia's") or a qualifier ("upper"). */
const BODY = /\b(?:(the|its|their|whose)\s+)?(?:(\p{Lu}[\p{L}-]*)['’]s\s+)?((?:previous|former|new|current|federal|national|regional|state|provincial|upper|lower)\s+)?(government|parliament|legislature|Senate|senate|cabinet|house)\b/gu;
/** Agency nouns general enough to stand for the latest agency of any kind. */
const GENERIC_AGENCY_NOUNS = new Set(['agency', 'body', 'organization', 'organisation', 'regulator', 'watchdog', 'authority', 'group', 'company', 'firm', 'institution']);

/** The last comma that separates clauses (not the one inside "2,100"). */
function lastClauseComma(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) return i;
  }
  return -1;
}

export interface ResolvedReference {
  entity: EntityRecord;
  start: number;
  end: number;
  via: 'name' | 'nominal' | 'pronoun';
  confidence: number;
}

function singularRole(word: string): { noun: string; plural: boolean } | null {
  if (PLURAL_SOURCE.has(word)) return { noun: PLURAL_SOURCE.get(word)!, plural: true };
  if (PERSON_ROLE_WORDS.has(word) || AGENCY_NOUNS.has(word)) return { noun: word, plural: false };
  if (word.endsWith('s') && (PERSON_ROLE_WORDS.has(word.slice(0, -1)) || AGENCY_NOUNS.has(word.slice(0, -1)))) return { noun: word.slice(0, -1), plural: true };
  if (word.endsWith('ies') && AGENCY_NOUNS.has(`${word.slice(0, -3)}y`)) return { noun: `${word.slice(0, -3)}y`, plural: true };
  return null;
}

export class References {
  private anonymousCount = 0;

  constructor(
    private readonly text: string,
    private readonly registry: EntityRegistry,
    private readonly quotations: Quotation[],
  ) {}

  /** The entity a pronoun at `at` stands for: the nearest earlier fitting mention outside other quotations. */
  resolvePronoun(word: string, at: number): EntityRecord | undefined {
    const w = word.toLowerCase();
    const ownQuote = insideQuotation(this.quotations, at);
    if (w === 'it' && !ownQuote) {
      // "The appeals board did not clear the club entirely. It ordered ...": a sentence-opening "it" continues
      // the body that opened the sentence before, even when other names came up in between
      const subject = this.previousSubject(at);
      if (subject) return subject;
    }
    const mentions = this.registry.mentions;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.start >= at) continue;
      const quote = insideQuotation(this.quotations, m.start);
      if (quote && quote !== ownQuote) continue;
      const e = m.entity;
      if (w === 'he' || w === 'him' || w === 'she' || w === 'her') {
        if (e.type !== 'Person' || e.plural) continue;
        const wanted = w === 'he' || w === 'him' ? 'male' : 'female';
        if (e.gender && e.gender !== wanted) continue;
        e.gender ??= wanted;
        return e;
      }
      if (w === 'they' || w === 'them') {
        if (e.plural || (e.type === 'Agency' && e.kind !== 'outlet')) return e;
        continue;
      }
      if (w === 'it' && e.type === 'Agency' && !e.plural && e.kind !== 'outlet') return e;
    }
    return undefined;
  }

  /** The nearest earlier entity of the kind a role noun names ("the official", "the ministry", "the outlet"). */
  private lookBack(noun: string, at: number, agency: boolean): EntityRecord | undefined {
    const mentions = this.registry.mentions;
    let fallback: EntityRecord | undefined;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.start >= at) continue;
      const e = m.entity;
      if (agency) {
        if (e.type !== 'Agency' || e.plural) continue;
        if (noun.startsWith('*')) {
          if (e.kind === 'outlet' || e.anonymous) continue;
          // "the agency", "the regulator": a public body first; "the company", "the firm": a business first
          const wanted = GENERIC_KIND[noun.slice(1)];
          if (!wanted || wanted.test(e.name) || (e.kind && wanted.test(e.kind))) return e;
          fallback ??= e;
          continue;
        }
        if (e.roles.has(noun) || normalizeName(e.name).split(' ').includes(noun) || (noun === 'government' && e.kind === 'government')) return e;
        if ((noun === 'outlet' || noun === 'newspaper' || noun === 'paper' || noun === 'broadcaster') && e.kind === 'outlet') return e;
      } else {
        if (e.type !== 'Person' || e.plural) continue;
        if (e.roles.has(noun) || (e.title && new RegExp(`\\b${noun}\\b`, 'i').test(e.title))) return e;
      }
    }
    return fallback;
  }

  private anonymous(key: string, init: { name: string; plural: boolean; noun: string; alias: string }): EntityRecord {
    const record = this.registry.create({
      key: `anon:${key}`,
      type: init.plural ? 'Agency' : 'Person',
      name: init.name,
      anonymous: true,
      plural: init.plural,
      roles: [init.noun],
      confidence: 0.7,
      kind: init.plural ? 'group' : undefined,
    });
    record.aliases.add(init.alias);
    return record;
  }

  /**
   * Resolves a nominal phrase (determiner, modifiers, role noun, affiliation) in tokens[from..to].
   * Returns null when the phrase is not one.
   */
  private nominal(tokens: Token[], phraseStart: number, phraseEnd: number, at: number): ResolvedReference | null {
    // "one of the diplomats": a member of a group of sources
    const memberOf = /^(one|two|three|some|several|many|most|none)\s+of\s+(?:the|those|these|its|their)\s+/i.exec(this.text.slice(phraseStart, phraseEnd));
    const ofThem = /^(one|two|three|some|several|many|most|none)\s+of\s+them\b/i.exec(this.text.slice(phraseStart, phraseEnd));
    if (ofThem) {
      // "one of them added": a member of the group just mentioned
      const group = this.resolvePronoun('they', phraseStart);
      if (group?.anonymous) {
        const single = ofThem[1]!.toLowerCase() === 'one';
        const name = `${ofThem[1]!.toLowerCase()} of the ${group.name.replace(/^(?:two|three|four|five|several|some|many)\s+/i, '')}`;
        const record = this.anonymous(normalizeName(name).replace(/\s+/g, '-'), { name, plural: !single, noun: [...group.roles][0] ?? 'source', alias: ofThem[0] });
        return { entity: record, start: phraseStart, end: phraseEnd, via: 'nominal', confidence: 0.7 };
      }
    }
    if (memberOf) {
      const rest = tokenize(this.text, phraseStart + memberOf[0].length, phraseEnd);
      const head = rest[rest.length - 1];
      const role = head ? singularRole(head.lower) : null;
      if (role && !AGENCY_NOUNS.has(role.noun)) {
        const phrase = this.text.slice(phraseStart, phraseEnd).trim();
        const single = memberOf[1]!.toLowerCase() === 'one';
        const record = this.anonymous(normalizeName(phrase).replace(/\s+/g, '-'), { name: phrase, plural: !single, noun: role.noun, alias: phrase });
        return { entity: record, start: phraseStart, end: phraseEnd, via: 'nominal', confidence: 0.7 };
      }
    }
    // the head is the last role word before any affiliation: "the ministry spokesperson", "a state appeals court"
    let headIndex = -1;
    let role: { noun: string; plural: boolean } | null = null;
    for (let i = 0; i < tokens.length && i < 7; i++) {
      const t = tokens[i]!;
      if (i > 0 && AFFILIATION_WORDS.has(t.lower)) break;
      const r = singularRole(t.lower);
      if (r && !t.possessive) {
        headIndex = i;
        role = r;
      }
    }
    if (headIndex < 0 || !role) return null;
    const after = tokens[headIndex + 1];
    if (after && !AFFILIATION_WORDS.has(after.lower) && headIndex + 1 < tokens.length) {
      // something other than an affiliation follows: not a clean nominal ("the official documents")
      if (!/^[,.;:]/.test(this.text.slice(tokens[headIndex]!.end).trimStart())) return null;
    }
    const before = tokens.slice(0, headIndex);
    const determiner = before[0] && DETERMINERS.has(before[0].lower) ? before[0].lower : before[0]?.possessive ? 'possessive' : '';
    const modifiers = before.slice(determiner && determiner !== 'possessive' ? 1 : 0);
    if (modifiers.some((t) => PRONOUNS.has(t.lower) || VERB_FILLERS.has(t.lower))) return null;
    const head = tokens[headIndex]!;
    const start = before[0]?.start ?? head.start;
    const end = phraseEnd;
    const phrase = this.text.slice(start, end).trim();
    const isAgencyNoun = AGENCY_NOUNS.has(role.noun) && !PERSON_ROLE_WORDS.has(role.noun);
    const agencyMentions = this.registry.mentionsWithin(phraseStart, phraseEnd).filter((m) => m.entity.type === 'Agency' && !m.entity.anonymous);
    const plural = role.plural || PLURAL_DETERMINERS.has(determiner);

    if (isAgencyNoun && plural) {
      // "Opposition parties on the right", "several companies": an unnamed group
      const name = this.text.slice(start, end).replace(/^(?:the|some|several|many|other|two|three|four)\s+/i, '').trim();
      const record = this.anonymous(normalizeName(name).replace(/\s+/g, '-'), { name, plural: true, noun: role.noun, alias: this.text.slice(start, end).trim() });
      return { entity: record, start, end, via: 'nominal', confidence: 0.65 };
    }
    if (isAgencyNoun) {
      const named = agencyMentions[agencyMentions.length - 1];
      if (named) return { entity: named.entity, start, end, via: 'nominal', confidence: 0.8 };
      // "the city of Phoenix", "the government of Norway"
      const ofPlace = /^\s+of\s+(?:the\s+)?$/.test(this.text.slice(head.end, head.end + 8).replace(/\S+$/, '')) ? this.registry.mentionsWithin(head.end, head.end + 40).find((m) => m.entity.type === 'Place') : undefined;
      if (ofPlace && /^(?:city|state|government|county|town|village|administration)$/.test(role.noun)) {
        return { entity: this.governmentOf(ofPlace.entity, this.text.slice(start, ofPlace.end).replace(/^the\s+/i, '')), start, end, via: 'nominal', confidence: 0.75 };
      }
      // "Norway's government", "Belgium's federal government"
      const owner = this.registry.mentionsWithin(phraseStart, head.start).find((m) => m.entity.type === 'Place');
      if (owner && /^(?:government|cabinet|administration|authorities)$/.test(role.noun)) {
        return { entity: this.governmentOf(owner.entity, phrase), start, end, via: 'nominal', confidence: 0.75 };
      }
      const e = this.lookBack(role.noun, at, true) ?? (GENERIC_AGENCY_NOUNS.has(role.noun) ? this.lookBack(`*${role.noun}`, at, true) : undefined);
      if (e) return { entity: e, start, end, via: 'nominal', confidence: 0.7 };
      // "A state appeals court ... The three-judge panel of the Third Court of Appeals": the agency named next
      const ahead = this.registry.mentions.find((m) => m.start >= end && m.start < end + 300 && m.via === 'name' && m.entity.type === 'Agency' && normalizeName(m.entity.name).split(' ').includes(role.noun));
      if (ahead) return { entity: ahead.entity, start, end, via: 'nominal', confidence: 0.6 };
      // "The Oakdale school board", "the city council", "The government": a body the text names only this way
      const namedHere = modifiers.some((t) => t.cap) || /^(?:the|its|their|possessive)$/.test(determiner);
      if (namedHere && !GENERIC_AGENCY_NOUNS.has(role.noun) && /^(?:council|board|court|panel|tribunal|legislature|parliament|senate|assembly|commission|committee|government|ministry|department|police|army|military|navy|cabinet|administration|agency|authority|district|county|city|state)$/.test(role.noun)) {
        const name = this.text.slice(before[determiner && determiner !== 'possessive' ? 1 : 0]?.start ?? head.start, head.end);
        const record = this.registry.create({ key: `agency:${normalizeName(name).replace(/\s+/g, '-')}`, type: 'Agency', name, kind: role.noun === 'government' ? 'government' : undefined, confidence: 0.5, roles: [role.noun] });
        record.aliases.add(this.text.slice(start, head.end).trim());
        this.registry.addMention(record, start, head.end, this.text.slice(start, head.end), 'nominal');
        return { entity: record, start, end, via: 'nominal', confidence: 0.55 };
      }
      return null;
    }
    const definite = determiner === 'the' || determiner === 'this' || determiner === 'that' || determiner === 'possessive' || determiner === 'its' || determiner === 'his' || determiner === 'her' || determiner === 'their';
    if (definite && !plural) {
      const e = this.lookBack(role.noun, at, false);
      if (e) return { entity: e, start, end, via: 'nominal', confidence: 0.75 };
      // "the city's health commissioner lifted ... Dr. Omar Haddad announced": the person named next
      if (PERSON_TITLES.has(role.noun) && !SOURCE_NOUNS[role.noun]) {
        const ahead = this.registry.mentions.find((m) => m.start >= end && m.start < end + 250 && m.via === 'name' && m.entity.type === 'Person' && !m.entity.anonymous && !insideQuotation(this.quotations, m.start));
        if (ahead) {
          ahead.entity.roles.add(role.noun);
          ahead.entity.title ??= this.text.slice(start, end).replace(/^the\s+/i, '');
          return { entity: ahead.entity, start, end, via: 'nominal', confidence: 0.6 };
        }
      }
    }
    const modifierText = modifiers.map((t) => t.text).join(' ');
    const affiliation = agencyMentions[agencyMentions.length - 1]?.entity;
    let record: EntityRecord;
    if (plural) {
      const name = `${modifierText ? `${modifierText} ` : ''}${SOURCE_NOUNS[role.noun] ?? `${role.noun}s`}`;
      record = this.anonymous(normalizeName(name).replace(/\s+/g, '-'), { name, plural: true, noun: role.noun, alias: phrase });
    } else {
      const unique = determiner === 'another' ? `-${++this.anonymousCount}` : '';
      const name = `unnamed ${modifierText ? `${modifierText} ` : ''}${role.noun}`;
      record = this.anonymous(`${normalizeName(name).replace(/\s+/g, '-')}${unique}`, { name, plural: false, noun: role.noun, alias: phrase });
      if (definite && !affiliation && PERSON_TITLES.has(role.noun) && !SOURCE_NOUNS[role.noun]) {
        // "the chancellor": a known office, not a source; the gazetteer may name the holder
        record.title ??= phrase.replace(/^the\s+/i, '');
      }
    }
    if (affiliation) this.registry.affiliate(/spokes/.test(role.noun) ? 'SPEAKS_FOR' : 'MEMBER_OF', record, affiliation, start);
    return { entity: record, start, end, via: 'nominal', confidence: 0.7 };
  }

  /** Resolves the phrase text[start, end) as a subject or speaker. */
  resolvePhrase(start: number, end: number, allowNewPerson = true): ResolvedReference | null {
    while (start < end && /[\s,"“”—–-]/.test(this.text[start] ?? '')) start++;
    while (end > start && /[\s,.;:"“”—–-]/.test(this.text[end - 1] ?? '')) end--;
    if (end <= start) return null;
    const tokens = tokenize(this.text, start, end);
    if (tokens.length === 0) return null;
    const first = tokens[0]!;
    if (tokens.length === 1 && PRONOUNS.has(first.lower)) {
      const e = this.resolvePronoun(first.lower, first.start);
      return e ? { entity: e, start: first.start, end: first.end, via: 'pronoun', confidence: 0.75 } : null;
    }
    const nominal = this.nominal(tokens, start, end, start);
    const named = this.registry.mentionsWithin(start, end).filter((m) => m.via === 'name');
    const person = named.filter((m) => m.entity.type === 'Person' && !m.entity.anonymous).pop();
    // "a spokesman for Grant": the spokesman speaks, not the person the phrase attaches him to
    const personIsAffiliation = person && nominal?.entity.anonymous && /\b(?:for|of|to|with|at|from|close to)\s+$/i.test(this.text.slice(Math.max(start, person.start - 12), person.start));
    if (person && !personIsAffiliation) return { entity: person.entity, start: person.start, end: person.end, via: 'name', confidence: 0.9 };
    if (nominal) return nominal;
    const other = named.find((m) => m.start === first.start || (first.lower === 'the' && m.start === tokens[1]?.start));
    if (other && other.entity.type !== 'Place') return { entity: other.entity, start: other.start, end: other.end, via: 'name', confidence: 0.85 };
    if (other && other.entity.type === 'Place' && tokens.length <= 3) return { entity: this.governmentOf(other.entity, this.text.slice(start, end).replace(/^the\s+/i, '')), start: other.start, end: other.end, via: 'name', confidence: 0.7 };
    // An unrecognized capitalized name in a speaker slot is a person: "said Priya Raman".
    if (allowNewPerson && tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => t.cap && /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower)) && !named.some((m) => m.entity.type === 'Place' || m.entity.type === 'Agency')) {
      const name = this.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
      const record = this.registry.create({ key: `person:${normalizeName(name)}`, type: 'Person', name, confidence: 0.55 });
      this.registry.addMention(record, tokens[0]!.start, tokens[tokens.length - 1]!.end, name);
      return { entity: record, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, via: 'name', confidence: 0.55 };
    }
    return null;
  }

  /**
   * Legislatures and governments the text names by a common noun ("told parliament", "Ostravia's government",
   * "the upper house", "the previous government"): they are agencies of the article even where nobody speaks or
   * acts through them, and later references ("the legislature voted") find them.
   */
  bodies(sentences: Array<{ start: number; end: number; headline?: boolean }>, early = false): void {
    for (const sentence of sentences) {
      if (sentence.headline) continue;
      const slice = this.text.slice(sentence.start, sentence.end);
      BODY.lastIndex = 0;
      for (let m = BODY.exec(slice); m; m = BODY.exec(slice)) {
        const head = m[4]!;
        const headStart = sentence.start + m.index + m[0].length - head.length;
        // a capitalized name already covers it ("European Parliament", "Oregon State Senate", "German government")
        if (this.registry.mentionAt(headStart)) continue;
        // "Senate" capitalized or not; the others only in lower case, where they are no part of a longer name
        if (/^\p{Lu}/u.test(head) && !/^Senate$/.test(head)) continue;
        let noun = head.toLowerCase();
        let modifier = m[3]?.trim().toLowerCase();
        if (noun === 'house') {
          // only "the upper house", "the lower house"
          if (modifier !== 'upper' && modifier !== 'lower') continue;
          noun = `${modifier} house`;
          modifier = undefined;
        }
        const ownerStart = m[2] ? sentence.start + m.index + m[0].indexOf(m[2]) : -1;
        // "Ostland, whose parliament ...": the owner is the name before "whose"
        const whoseAt = m[1] === 'whose' ? sentence.start + m.index : -1;
        const owner = ownerStart >= 0 ? this.registry.mentionAt(ownerStart) : whoseAt >= 0 ? [...this.registry.mentions].reverse().find((x) => x.end <= whoseAt && x.end >= whoseAt - 3) : undefined;
        const surface = this.text.slice(owner ? owner.start : headStart - (m[3]?.length ?? 0), headStart + head.length);
        if (owner && owner.entity.type === 'Place') {
          const place = owner.entity;
          if (noun === 'government' || noun === 'cabinet') {
            if (modifier && !/^(?:federal|national|state)$/.test(modifier)) continue;
            const record = this.governmentOf(place, surface);
            this.registry.addMention(record, owner.start, headStart + head.length, surface, 'nominal');
            continue;
          }
          const demonym = demonymOfCountry(place.name);
          const name = demonym ? `${demonym} ${noun}` : `${place.name}'s ${noun}`;
          const record = this.registry.create({ key: `agency:${normalizeName(place.name)}-${noun.replace(/\s+/g, '-')}`, type: 'Agency', name, kind: 'legislature', confidence: 0.6, roles: [noun.split(' ').pop()!] });
          for (const alias of [`${place.name}'s ${noun}`, `${noun} of ${place.name}`, noun]) if (alias !== name) record.aliases.add(alias);
          // a bare "parliament" found earlier was this one
          const bare = this.registry.get(`agency:${normalizeName(noun).replace(/\s+/g, '-')}`);
          if (bare && bare !== record && bare.name === noun) this.registry.merge(record, bare);
          this.registry.addMention(record, whoseAt >= 0 ? headStart : owner.start, headStart + head.length, whoseAt >= 0 ? head : surface, 'nominal');
          continue;
        }
        // "the previous government" is not the government in office; "the state Senate" is the Senate
        // a bare "the government" waits until the speakers and actors have named the governments they mean
        if (early && /^(?:government|cabinet)$/.test(noun)) continue;
        const named = modifier && !/^(?:federal|national|state)$/.test(modifier) ? `${modifier} ${noun}` : noun;
        const qualified = noun.includes(' ') ? noun.length - head.length : 0;
        const existing = named === noun && !qualified ? this.lookBack(noun, headStart + 1, true) ?? this.registry.entities.find((e) => e.type === 'Agency' && !e.anonymous && (e.roles.has(noun) || normalizeName(e.name).split(' ').includes(noun) || (/^(?:government|cabinet)$/.test(noun) && e.kind === 'government'))) : undefined;
        const record = existing ?? this.registry.create({ key: `agency:${normalizeName(named).replace(/\s+/g, '-')}`, type: 'Agency', name: head === 'Senate' ? 'Senate' : named, kind: /government|cabinet/.test(noun) ? 'government' : 'legislature', confidence: 0.5, roles: [noun.split(' ').pop()!] });
        if (!existing && m[1]) record.aliases.add(`the ${named}`);
        this.registry.addMention(record, headStart - (m[3] ? m[3].length : 0), headStart + head.length, surface, 'nominal');
      }
    }
  }

  private previousSubject(at: number): EntityRecord | undefined {
    const before = this.text.slice(Math.max(0, at - 400), at);
    if (!/(?:[.!?]["”]?\s+|\n)$/.test(before)) return undefined;
    const trimmed = before.replace(/(?:[.!?]["”]?\s+|\n)$/, '');
    const open = Math.max(trimmed.search(/[^.!?\n]*$/), 0);
    const start = at - before.length + open;
    const m = /^\s*(?:The|Its|Their)\s+((?:[\p{L}'’-]+\s+){0,3}?(?:board|council|court|panel|tribunal|commission|committee|ministry|agency|authority|regulator|government|department|administration|federation|legislature|parliament))\b/u.exec(this.text.slice(start, at));
    if (!m) return undefined;
    const phraseStart = start + m[0].length - m[1]!.length - (m[0].trimStart().length - m[1]!.length);
    const ref = this.resolvePhrase(phraseStart, start + m[0].length, false);
    return ref && ref.entity.type === 'Agency' && !ref.entity.plural ? ref.entity : undefined;
  }

  /** A country acting or speaking is its government: "Germany approved", "Norway's government said". */
  governmentOf(place: EntityRecord, surface?: string): EntityRecord {
    const country = place.name;
    const existing = this.registry.entities.find((e) => e.type === 'Agency' && (e.kind === 'government' || e.kind === 'city government') && e.aliases.has(country));
    if (existing) {
      if (surface) existing.aliases.add(surface);
      return existing;
    }
    // a capital stands for its country ("Amman agreed"), unless the text says "the city of"
    const capitalOf = CAPITALS[country.toLowerCase()];
    if (capitalOf && !/\bcity\b/i.test(surface ?? '')) {
      const nation = this.registry.entities.find((e) => e.type === 'Place' && e.name === capitalOf);
      const record = this.governmentOf(nation ?? { ...place, name: capitalOf, aliases: new Set() }, surface);
      record.aliases.add(country);
      return record;
    }
    // a city acts through its city government ("the city of Phoenix"), a country through its government
    if (place.kind === 'city' || (!isLexiconCountry(country.toLowerCase()) && isLexiconCity(country.toLowerCase()))) {
      const record = this.registry.create({ key: `agency:city-of-${normalizeName(country).replace(/\s+/g, '-')}`, type: 'Agency', name: `City of ${country}`, kind: 'city government', confidence: 0.7, roles: ['city', 'government'] });
      for (const alias of [country, `city of ${country}`, `${country} city government`]) record.aliases.add(alias);
      if (surface) record.aliases.add(surface);
      return record;
    }
    const demonym = demonymOfCountry(country);
    const name = demonym ? `${demonym} government` : `government of ${country}`;
    const record = this.registry.create({ key: `agency:${normalizeName(country)}-government`, type: 'Agency', name, kind: 'government', confidence: 0.7, roles: ['government'] });
    for (const alias of [country, `${country}'s government`, `government of ${country}`, `${country} government`, ...place.aliases]) if (alias !== name) record.aliases.add(alias);
    if (surface) record.aliases.add(surface);
    return record;
  }

  /**
   * The subject that ends just before `verbStart`: skips adverbs and auxiliaries ("has reportedly") and an
   * appositive between commas ("Biden, 81," / "Smith, a spokeswoman for the ministry,").
   */
  subjectBefore(limitStart: number, verbStart: number): ResolvedReference | null {
    let end = verbStart;
    const fillerTail = /(?:\s+|^)([\p{L}]+)\s*$/u;
    for (;;) {
      const slice = this.text.slice(limitStart, end);
      const date = /,\s*$/.test(slice) ? null : TIME_TAIL.exec(slice);
      if (date && date.index > 0) {
        end = limitStart + date.index;
        continue;
      }
      const m = fillerTail.exec(slice);
      if (m && VERB_FILLERS.has(m[1]!.toLowerCase()) && !PRONOUNS.has(m[1]!.toLowerCase())) end = limitStart + m.index;
      else break;
    }
    // "Salazar, who vetoed ...", "the ministry, which in 2022 authorized ...": the antecedent
    const relative = /,?\s*\b(who|which)\s*$/i.exec(this.text.slice(limitStart, end));
    if (relative) {
      const before = limitStart + relative.index;
      const antecedent = [...this.registry.mentions].reverse().find((m) => m.end <= before && m.end >= before - 2 && m.entity.type !== 'Policy' && m.entity.type !== 'WeaponSystem');
      if (antecedent?.entity.type === 'Place') return { entity: this.governmentOf(antecedent.entity), start: antecedent.start, end: antecedent.end, via: 'name', confidence: 0.6 };
      if (antecedent) return { entity: antecedent.entity, start: antecedent.start, end: antecedent.end, via: antecedent.via, confidence: 0.8 };
      return this.subjectBefore(limitStart, before);
    }
    let slice = this.text.slice(limitStart, end).replace(/\s+$/, '');
    end = limitStart + slice.length;
    if (slice.endsWith(',')) {
      const inner = slice.slice(0, -1);
      const open = lastClauseComma(inner);
      if (open < 0) return null;
      // "Its president, Martin Kessler, warned" / "The utility, Columbia Basin Power, said": the apposition is the name
      const named = this.registry.mentionsWithin(limitStart + open + 1, limitStart + inner.length).find((m) => m.via === 'name' && (m.entity.type === 'Person' || m.entity.type === 'Agency') && !m.entity.anonymous);
      if (named && /^[\s]*$/.test(this.text.slice(named.end, limitStart + inner.length)) && /^,\s*(?:the\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Sen|Rep|Gov|Judge|Justice)\.?\s+)?$/i.test(this.text.slice(limitStart + open, named.start))) {
        return { entity: named.entity, start: named.start, end: named.end, via: 'name', confidence: 0.9 };
      }
      end = limitStart + open;
      slice = this.text.slice(limitStart, end);
    }
    // a coordinated predicate ("banned A and ordered B") has no subject of its own here
    if (/\b(?:and|or|but|then)\s*$/i.test(slice)) return null;
    // the phrase: back to the previous clause boundary, at most ten words
    const boundary = Math.max(lastClauseComma(slice), slice.lastIndexOf(';'), slice.lastIndexOf('"'), slice.lastIndexOf('“'), slice.lastIndexOf('”'), slice.lastIndexOf(':'), slice.lastIndexOf('—'));
    let start = limitStart + boundary + 1;
    const words = tokenize(this.text, start, end);
    if (words.length === 0) return null;
    const mentionsBefore = this.registry.mentionsWithin(start, end).filter((m) => m.end >= end - 1 && m.end <= end);
    const last = words[words.length - 1]!;
    const memberOfGroup = words.length >= 3 && words[words.length - 2]!.lower === 'of' && /^(?:one|two|three|some|several|many|most|none)$/.test(words[words.length - 3]!.lower);
    if (PRONOUNS.has(last.lower) && !memberOfGroup) {
      const e = this.resolvePronoun(last.lower, last.start);
      return e ? { entity: e, start: last.start, end: last.end, via: 'pronoun', confidence: 0.75 } : null;
    }
    const direct = mentionsBefore.filter((m) => m.via === 'name').sort((a, b) => (a.entity.type === 'Person' ? -1 : 0) - (b.entity.type === 'Person' ? -1 : 0))[0];
    // "Investigators from the National Transportation Safety Board", "Two diplomats in Seoul": the source, not the agency
    if (direct) {
      const source = SOURCE_PHRASE.exec(this.text.slice(start, direct.start));
      if (source) {
        const at = start + source.index + (source[0].length - source[0].trimStart().length);
        const ref = this.resolvePhrase(at, end, false);
        if (ref && ref.entity.anonymous) return ref;
      }
    }
    if (direct && !singularRole(last.lower)) {
      if (direct.entity.type === 'Place') return { entity: this.governmentOf(direct.entity), start: direct.start, end: direct.end, via: 'name', confidence: 0.7 };
      return { entity: direct.entity, start: direct.start, end: direct.end, via: 'name', confidence: 0.9 };
    }
    // "A person familiar with the appeals board's deliberations": a source whose affiliation runs long
    const sourceAt = words.findIndex((t, i) => i < words.length - 1 && (SOURCE_NOUNS[t.lower] !== undefined || PLURAL_SOURCE.has(t.lower)) && AFFILIATION_WORDS.has(words[i + 1]!.lower));
    if (sourceAt >= 0 && words.length - sourceAt > 6 && words.length - sourceAt <= 14) {
      let k = sourceAt;
      if (k > 1 && DETERMINERS.has(words[k - 2]!.lower) && !words[k - 1]!.cap) k -= 2;
      else if (k > 0 && DETERMINERS.has(words[k - 1]!.lower)) k -= 1;
      const ref = this.resolvePhrase(words[k]!.start, end, false);
      if (ref?.entity.anonymous) return ref;
    }
    // a nominal ending here: take up to six words back, from the first determiner
    let tail = words.slice(-7);
    // "two years after the regulator": the subject starts after the last subordinating word
    const cut = tail.map((t) => t.lower).findLastIndex((w) => /^(?:after|before|since|when|while|because|as|than|but|and|if|until|whether|although|though|once|where)$/.test(w));
    if (cut >= 0) tail = tail.slice(cut + 1);
    if (tail.length === 0) return null;
    let from = tail.findIndex((t) => DETERMINERS.has(t.lower) || t.possessive);
    if (from < 0) from = Math.max(0, tail.length - 4);
    start = tail[from]!.start;
    return this.resolvePhrase(start, end, false) ?? (words.length <= 3 ? this.resolvePhrase(words[0]!.start, end) : null);
  }

  /** The speaker named right after an inverted verb: `said Jane Doe, a spokeswoman`, `said a senior official`. */
  subjectAfter(verbEnd: number, limitEnd: number): ResolvedReference | null {
    const rest = this.text.slice(verbEnd, limitEnd);
    // "asked the union's president, Tom Alvarez": the name after the role
    const roleThenName = /^\s+(?:the\s+)?[^,.;"“”]{2,60},\s+/.exec(rest);
    if (roleThenName) {
      const at = verbEnd + roleThenName[0].length;
      const person = this.registry.mentionsWithin(at, at + 1).find((m) => m.via === 'name' && m.entity.type === 'Person');
      if (person) return { entity: person.entity, start: person.start, end: person.end, via: 'name', confidence: 0.9 };
    }
    const stop = rest.search(/[,.;:"“”()]|\s(?:who|when|as|after|before|during|while|on|in|at|to|because|adding|noting)\s/);
    const end = verbEnd + (stop < 0 ? rest.length : stop);
    if (end <= verbEnd) return null;
    const words = tokenize(this.text, verbEnd, end);
    if (words.length === 0 || words.length > 8) return null;
    return this.resolvePhrase(verbEnd, end);
  }

  /** The first named person or agency of a clause, for a coordinated verb ("X voted against it and warned that"). */
  firstSubject(from: number, before: number): ResolvedReference | null {
    const m = this.registry.mentions.find((x) => x.start >= from && x.start < before && x.via !== 'pronoun' && (x.entity.type === 'Person' || x.entity.type === 'Agency') && !insideQuotation(this.quotations, x.start));
    if (m && m.start - from <= 80) return { entity: m.entity, start: m.start, end: m.end, via: m.via, confidence: 0.7 };
    // "Developers welcomed the reversal but said ...": the phrase before the first verb
    const tokens = tokenize(this.text, from, before);
    const verb = tokens.find((t, i) => i > 0 && !t.cap && /(?:ed|s)$/.test(t.lower) && !singularRole(t.lower));
    return verb ? this.subjectBefore(from, verb.start) : null;
  }

  /** Records the reference as a mention of its entity so later references can find it. */
  remember(ref: ResolvedReference): void {
    this.registry.addMention(ref.entity, ref.start, ref.end, this.text.slice(ref.start, ref.end), ref.via);
  }
}
