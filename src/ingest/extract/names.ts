/**
 * Word knowledge borrowed from compromise's lexicon: first and last names, countries, cities, regions and
 * organizations, and which capitalized words are ordinary vocabulary. Lookups only: running compromise's full
 * tagger over an article costs more than the whole extraction budget.
 */
import nlp from 'compromise';

type LexiconValue = string | string[];
const lexicon = (nlp.model() as { one: { lexicon: Record<string, LexiconValue> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const value = lexicon[word.toLowerCase()];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
/** Tags of ordinary words: a capitalized word with one of these is a sentence start or headline word, not a name. */
const COMMON_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Adjective', 'Verb', 'PastTense', 'PresentTense',
  'Infinitive', 'Gerund', 'Participle', 'Modal', 'Copula', 'Auxiliary', 'QuestionWord', 'Negative', 'Comparative',
  'Superlative', 'Singular', 'Plural', 'Uncountable', 'Noun', 'Expression', 'Cardinal', 'Ordinal', 'TextValue',
  'PhrasalVerb', 'Possessive', 'Reflexive', 'Actor', 'Unit', 'Demonym', 'Date', 'Month', 'WeekDay', 'Duration',
]);

export type Gender = 'male' | 'female';

export function firstNameGender(word: string): Gender | 'unknown' | null {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.some((t) => FIRST_NAME_TAGS.has(t))) return 'unknown';
  return null;
}

export const isFirstName = (word: string) => tagsOf(word).some((t) => FIRST_NAME_TAGS.has(t));
export const isLastName = (word: string) => tagsOf(word).includes('LastName');
export const isKnownPerson = (phrase: string) => tagsOf(phrase).includes('Person');
export const isLexiconPlace = (phrase: string) => tagsOf(phrase).some((t) => PLACE_TAGS.has(t));
export const isLexiconCountry = (phrase: string) => tagsOf(phrase).includes('Country');
export const isLexiconCity = (phrase: string) => tagsOf(phrase).includes('City');
export const isLexiconOrganization = (phrase: string) => tagsOf(phrase).includes('Organization');
export const isDemonym = (word: string) => tagsOf(word).includes('Demonym');

/** True when the word is ordinary vocabulary and carries no name tag. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return false;
  if (tags.some((t) => FIRST_NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'LastName' || t === 'Organization' || t === 'Person' || t === 'ProperNoun')) {
    return false;
  }
  return tags.some((t) => COMMON_TAGS.has(t));
}

const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Copula', 'Auxiliary', 'Negative', 'Cardinal', 'Ordinal', 'TextValue', 'Possessive', 'Reflexive']);

/** Closed-class words (articles, prepositions, pronouns, adverbs...): never the start of a name. */
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => FUNCTION_TAGS.has(t));
}

const commonFormCache = new Map<string, boolean>();

/** Simple inflection-aware check for common words compromise stores only in base form ("makes", "strategies"). */
export function isCommonWordForm(word: string): boolean {
  const lower = word.toLowerCase();
  let known = commonFormCache.get(lower);
  if (known === undefined) {
    known = commonForm(lower);
    if (commonFormCache.size < 50_000) commonFormCache.set(lower, known);
  }
  return known;
}

function commonForm(lower: string): boolean {
  if (isCommonWord(lower)) return true;
  for (const base of [lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y'), lower.replace(/ed$/, ''), lower.replace(/ed$/, 'e'), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e')]) {
    if (base !== lower && base.length > 2 && isCommonWord(base)) return true;
  }
  return false;
}
