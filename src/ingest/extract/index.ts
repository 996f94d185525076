/**
 * The offline fact extractor: from an English news article to entities, statements (who said what) and facts
 * (who authorized or reversed what, and what those policies concern and apply to), each traced to its sentence.
 * Pure and synchronous: no database, no network, no model files.
 *
 * The steps: sentences and quotations; weapon systems, then named people, agencies and places; statements with
 * their speakers (resolving pronouns, role nouns and unnamed sources); decisions with their actors and policies;
 * dates; and last the gazetteer resolution and the output in the facts-document shape.
 */
import type { EntityInput, EntityType, RelationInput, StatementInput } from '../../facts/document.ts';
import { articleDate } from './dates.ts';
import { DecisionFinder } from './decisions.ts';
import { detectNamedEntities } from './entities.ts';
import { assemble } from './output.ts';
import { findQuotations } from './quotes.ts';
import { References } from './references.ts';
import { EntityRegistry } from './registry.ts';
import { splitParagraphs, splitSentences, type Sentence } from './sentences.ts';
import { SpeakerFinder } from './speakers.ts';
import { Timeline } from './timing.ts';
import { tokenize, type Token } from './tokens.ts';
import { detectWeapons } from './weapons.ts';

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  title?: string;
  anonymous?: boolean;
}

export interface ExtractOptions {
  /** The article's date spec, day or month: '2024-11-20' or '2024-11'. */
  publishedAt: string;
  gazetteer?: GazetteerEntry[];
}

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedEntity extends EntityInput {
  /** The matched gazetteer id when matched, else a new id `<prefix>:<slug>`. */
  id: string;
  confidence: number;
  mentions: Mention[];
  match?: { id: string; confidence: number; by: 'name' | 'alias' | 'surname-title' };
  /** Several gazetteer entries fit: reported, not guessed (then no `match`, and a new id). */
  ambiguous?: Array<{ id: string; name: string }>;
}

export interface Extraction {
  entities: ExtractedEntity[];
  statements: StatementInput[];
  facts: RelationInput[];
}

/**
 * Numbered legal instruments ("Executive Order 24-31", "Health Order 25-07", "Decree No. 118"): policies, never the
 * names of people or agencies.
 */
export const INSTRUMENT_NAME = /\b(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Order|Decree|Directive|Ordinance|Resolution|Regulation|Proclamation|Bill|Act|Law)\s+(?:No\.\s*)?\d[\w./-]*/gu;

function instrumentSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(INSTRUMENT_NAME)].map((m) => [m.index, m.index + m[0].replace(/[.,]$/, '').length] as [number, number]);
}

export function extract(text: string, options: ExtractOptions): Extraction {
  const gazetteer = options.gazetteer ?? [];
  const article = articleDate(options.publishedAt);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const tokenCache = new Map<number, Token[]>();
  const tokensOf = (s: Sentence) => {
    let tokens = tokenCache.get(s.index);
    if (!tokens) tokenCache.set(s.index, (tokens = tokenize(text, s.start, s.end)));
    return tokens;
  };
  const quotations = findQuotations(text, paragraphs, sentences);
  const registry = new EntityRegistry();
  const weaponSpans = detectWeapons(text, sentences, tokensOf, registry);
  detectNamedEntities(text, sentences, tokensOf, registry, { gazetteer, quotations, taken: [...weaponSpans, ...instrumentSpans(text)] });
  const references = new References(text, registry, quotations);
  references.bodies(sentences, true);
  const drafts = new SpeakerFinder(text, sentences, quotations, references).statements();
  const factDrafts = new DecisionFinder({ text, sentences, quotations, registry, references }).run();
  references.bodies(sentences);
  const timeline = new Timeline(text, article, sentences, quotations);
  const factDates = timeline.factDates(factDrafts);
  const statementDates = timeline.statementDates(drafts, factDrafts, factDates);

  return assemble({ text, sentences, registry, gazetteer, statements: drafts, statementDates, facts: factDrafts, factDates, fallback: timeline.fallback });
}
