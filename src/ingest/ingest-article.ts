/**
 * Raw article text in, attributed and dated facts out: extract, match names to the graph's entities, validate
 * through the same path as every facts document, and (unless it is a dry run) write it all in one transaction.
 */
import type { Database, RoundTripCounter, WriteTx } from '../db/database.ts';
import { formatDateSpec, isDateSpec } from '../facts/dates.ts';
import type { EntityInput, FactsDocument } from '../facts/document.ts';
import { badInput } from '../errors.ts';
import { limits } from '../limits.ts';
import { parseDocument } from '../write/parse-document.ts';
import { prepareDocument, type PreparedDocument } from '../write/prepare-document.ts';
import { gatheredLookup, writePrepared, type WriteSummary } from '../write/write-document.ts';
import type { ExtractedEntity, Extraction } from './extract/index.ts';
import type { Gazetteer } from './gazetteer.ts';

export interface ArticleSubmission {
  text: string;
  url?: string | null;
  title?: string | null;
  /** The outlet's name. */
  publisher?: string | null;
  /** Day or month (YYYY-MM-DD, YYYY-MM); today when not given. */
  publishedAt?: string | null;
}

export interface IngestOutcome {
  extraction: Extraction;
  document: FactsDocument;
  prepared: PreparedDocument;
  /** On a dry run, what would be written. */
  summary: WriteSummary;
  dryRun: boolean;
  matched: ExtractedEntity[];
  created: ExtractedEntity[];
  ambiguous: ExtractedEntity[];
  extractMs: number;
}

export function checkSubmission(input: ArticleSubmission): Required<Pick<ArticleSubmission, 'text'>> & { publishedAt: string } {
  const text = input.text ?? '';
  if (!text.trim()) throw badInput('text is empty', { field: 'text' });
  if (text.length > limits.maxArticleChars) {
    throw badInput(`text is ${text.length} characters; the limit is ${limits.maxArticleChars}`, { field: 'text' });
  }
  const publishedAt = input.publishedAt?.trim() || formatDateSpec(new Date(), 'DAY');
  if (!isDateSpec(publishedAt) || publishedAt.includes('/')) {
    throw badInput('publishedAt must be a day or a month: YYYY-MM-DD or YYYY-MM', { field: 'publishedAt' });
  }
  return { text, publishedAt };
}

/** The outlet as an Agency: the graph's own when it knows the name, else a new one. */
function publisherEntity(name: string, extraction: Extraction, known: Array<{ id: string; type: string; name: string; aliases: string[] }>): EntityInput & { id: string } {
  const key = name.trim().toLowerCase().replace(/^the /, '');
  const same = (n: string) => n.toLowerCase().replace(/^the /, '') === key;
  const found =
    extraction.entities.find((e) => e.type === 'Agency' && [e.name, ...(e.aliases ?? [])].some(same)) ??
    known.find((e) => e.type === 'Agency' && [e.name, ...e.aliases].some(same));
  if (found) return { id: found.id, type: 'Agency', name: found.name, aliases: [] };
  const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'outlet';
  return { id: `agency:${slug}`, type: 'Agency', name: name.trim(), aliases: [], kind: 'outlet' };
}

/**
 * Extracts, resolves and validates an article without writing it; `summary` says what a write would do (on a
 * dry run it also says whether the article is in the graph already). Batch writers (the ingest CLI) prepare
 * many articles this way and write them together.
 */
export async function prepareArticle(
  db: Database,
  gazetteer: Gazetteer,
  input: ArticleSubmission,
  options: { dryRun?: boolean; counter?: RoundTripCounter } = {},
): Promise<IngestOutcome> {
  const { text, publishedAt } = checkSubmission(input);
  const known = await gazetteer.get(options.counter);
  // Loaded on first use: the language tools weigh some 40 MB that a service that never ingests text need not hold.
  const { extract } = await import('./extract/index.ts');
  const started = performance.now();
  const extraction = extract(text, { publishedAt, gazetteer: known });
  const extractMs = performance.now() - started;

  const entities: EntityInput[] = extraction.entities.map(({ confidence: _c, mentions: _m, match: _x, ambiguous: _a, ...entity }) => entity);
  let publisher: string | undefined;
  if (input.publisher?.trim()) {
    const outlet = publisherEntity(input.publisher, extraction, known);
    if (!entities.some((e) => e.id === outlet.id)) entities.push(outlet);
    publisher = outlet.id;
  }
  const document = parseDocument({
    article: {
      ...(input.title ? { title: input.title } : {}),
      ...(input.url ? { url: input.url } : {}),
      ...(publisher ? { publisher } : {}),
      publishedAt,
      text,
    },
    entities,
    statements: extraction.statements,
    facts: extraction.facts,
  });
  const prepared = await prepareDocument(document, gatheredLookup(db, options.counter));
  const knownIds = new Set(known.map((k) => k.id));
  const matched = extraction.entities.filter((e) => e.match || knownIds.has(e.id));
  const created = extraction.entities.filter((e) => !e.match && !knownIds.has(e.id));
  const ambiguous = extraction.entities.filter((e) => e.ambiguous?.length);
  let existing: string | null = null;
  if (options.dryRun) {
    // A dry run still says whether the article is known already (same url or same text).
    const [row] = await db.read(
      `OPTIONAL MATCH (byUrl:Article {url: $url}) OPTIONAL MATCH (byText:Article {textHash: $hash})
       RETURN coalesce(byUrl.id, byText.id) AS existing`,
      { url: prepared.article.props.url ?? '', hash: prepared.article.props.textHash },
      { counter: options.counter },
    );
    existing = (row?.get('existing') as string | null) ?? null;
  }
  const preview: WriteSummary = {
    articleId: existing ?? prepared.article.id,
    duplicate: existing !== null,
    createdEntityIds: created.map((e) => e.id),
    matchedEntityIds: matched.map((e) => e.id),
    statements: prepared.statements.length,
    relations: prepared.relations.length,
    corroborated: 0,
    entityIds: prepared.mentionIds,
  };
  return { extraction, document, prepared, summary: preview, matched, created, ambiguous, extractMs, dryRun: options.dryRun ?? false };
}

/** Extracts and writes one article in one transaction (or, on a dry run, only says what would be written). */
export async function ingestArticle(
  db: Database,
  gazetteer: Gazetteer,
  input: ArticleSubmission,
  options: { dryRun?: boolean; counter?: RoundTripCounter; beforeCommit?: ((tx: WriteTx) => Promise<void>) | undefined } = {},
): Promise<IngestOutcome> {
  const outcome = await prepareArticle(db, gazetteer, input, options);
  if (options.dryRun) return outcome;
  const summary = await writePrepared(db, outcome.prepared, { counter: options.counter, ...(options.beforeCommit ? { beforeCommit: options.beforeCommit } : {}) });
  if (!summary.duplicate) gazetteer.remember(outcome.document.entities);
  return { ...outcome, summary, dryRun: false };
}
