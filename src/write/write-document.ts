/**
 * Writes a prepared document in one transaction with batched UNWIND queries, a fixed number whatever the
 * article's size. Every write is a MERGE and a source is appended only when the article is not already among
 * a fact's sources, so writing the same document twice changes nothing.
 */
import type { NodeType } from '../facts/document.ts';
import type { Database, RoundTripCounter, WriteTx } from '../db/database.ts';
import { limits } from '../limits.ts';
import { prepareDocument, type ExistingLookup, type FactRowBase, type PreparedDocument } from './prepare-document.ts';
import type { FactsDocument } from '../facts/document.ts';

export interface WriteSummary {
  articleId: string;
  /** The article was already in the graph (same id, url or text); nothing was written. */
  duplicate: boolean;
  createdEntityIds: string[];
  matchedEntityIds: string[];
  statements: number;
  relations: number;
  /** Facts that already existed and gained this article as a source. */
  corroborated: number;
  /** Every entity the article names. */
  entityIds: string[];
}

/**
 * Creates a fact (`x`) from its row (`f`), whose `created` map holds every property of a new fact, sources
 * included; or, when the fact exists, appends the row's article to its sources unless it is there already.
 * Rows carry their article so that one query can write many articles.
 */
const mergeFact = (x: string, f = 'f', article = `${f}.articleId`) => `
  ON CREATE SET ${x} += ${f}.created, ${x}.createdAt = datetime()
  ON MATCH SET ${x} += CASE WHEN ${article} IN coalesce(${x}.srcArticleIds, []) THEN {} ELSE {
        srcArticleIds: coalesce(${x}.srcArticleIds, []) + ${article},
        srcSentences: coalesce(${x}.srcSentences, []) + ${f}.created.srcSentences,
        srcStarts: coalesce(${x}.srcStarts, []) + ${f}.created.srcStarts,
        srcEnds: coalesce(${x}.srcEnds, []) + ${f}.created.srcEnds } END,
    ${x}.status = CASE
        WHEN ${x}.status = 'REJECTED' THEN 'REJECTED'
        WHEN ${x}.status = 'CONFIRMED' OR ${f}.status = 'CONFIRMED' THEN 'CONFIRMED'
        ELSE ${f}.status END,
    ${x}.confidence = CASE WHEN coalesce(${x}.confidence, 0) > ${f}.confidence THEN ${x}.confidence ELSE ${f}.confidence END`;

/**
 * Whether an article outside the batch supports the fact too. Writes of the batch only add the batch's own
 * articles, so this reads the same whichever rows of the query ran first; repeats inside the batch are
 * counted by the caller.
 */
const corroborates = (x: string) => `size([src IN ${x}.srcArticleIds WHERE NOT src IN $batchArticleIds]) > 0`;

/**
 * Every entity of every article in one query. The label comes from the row (`$(row.type)`), validated against
 * the closed list of entity types before it gets here; one query text means one cached plan. Aliases and name
 * keys are only written when the row brings new ones, so articles that merely mention a busy entity (a head of
 * state) do not queue on its lock.
 */
const MERGE_ENTITIES = `
  UNWIND $rows AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.kind = row.type, e += row.props, e.createdAt = datetime(), e.createdByArticle = row.articleId,
    e.aliases = row.aliases, e.nameKeys = row.nameKeys, e.aliasText = reduce(s = '', a IN row.aliases | s + a + '\n')
  WITH e, row,
    [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])] AS newAliases,
    [k IN row.nameKeys WHERE NOT k IN coalesce(e.nameKeys, [])] AS newKeys
  FOREACH (_ IN CASE WHEN size(newAliases) + size(newKeys) > 0 OR e.aliasText IS NULL THEN [1] ELSE [] END |
    SET e.aliases = coalesce(e.aliases, []) + newAliases, e.nameKeys = coalesce(e.nameKeys, []) + newKeys)
  FOREACH (_ IN CASE WHEN size(newAliases) > 0 OR e.aliasText IS NULL THEN [1] ELSE [] END |
    SET e.aliasText = reduce(s = '', a IN e.aliases | s + a + '\n'))
  FOREACH (_ IN CASE WHEN (e.description IS NULL AND row.props.description IS NOT NULL) OR (e.title IS NULL AND row.props.title IS NOT NULL) THEN [1] ELSE [] END |
    SET e.description = coalesce(e.description, row.props.description), e.title = coalesce(e.title, row.props.title))
  RETURN count(*) AS n`;

/** Every article of the batch: the node, its publisher and the entities it mentions. */
const MERGE_ARTICLES = `
  UNWIND $articles AS art
  MERGE (a:Article {id: art.id})
  ON CREATE SET a += art.props, a.kind = 'Article', a.ingestedAt = datetime()
  SET a.factIds = reduce(acc = coalesce(a.factIds, []), id IN art.factIds | CASE WHEN id IN acc THEN acc ELSE acc + id END)
  WITH a, art
  // Through the Entity id index: Agency alone has no index on id.
  OPTIONAL MATCH (pub:Entity {id: art.publisherId}) WHERE pub:Agency
  FOREACH (_ IN CASE WHEN pub IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(pub))
  WITH a, art
  CALL (a, art) {
    UNWIND art.mentionIds AS mid
    MATCH (e:Entity {id: mid})
    MERGE (a)-[:MENTIONS]->(e)
    RETURN count(*) AS mentions
  }
  RETURN count(*) AS n`;

const MERGE_STATEMENTS = `
  UNWIND $rows AS f
  MATCH (speaker:Entity {id: f.speakerId})
  MERGE (s:Statement {id: f.id})
  ${mergeFact('s')}
  MERGE (speaker)-[said:SAID {id: f.saidId}]->(s)
  RETURN f.articleId AS articleId, f.id AS id, ${corroborates('s')} AS corroborates`;

/** What the statements are about, as a query of its own: flat rows plan and run faster than a nested subquery. */
const MERGE_ABOUTS = `
  UNWIND $rows AS f
  MATCH (s:Statement {id: f.statementId})
  MATCH (topic:Entity {id: f.entityId})
  MERGE (s)-[r:ABOUT {id: f.id}]->(topic)
  ${mergeFact('r')}
  RETURN count(*) AS n`;

/** Every relation of the batch in one query; the type comes from the row, validated against RELATION_TYPES. */
const MERGE_RELATIONS = `
  UNWIND $rows AS f
  OPTIONAL MATCH (fromEntity:Entity {id: f.fromId})
  OPTIONAL MATCH (fromStatement:Statement {id: f.fromId})
  OPTIONAL MATCH (toEntity:Entity {id: f.toId})
  OPTIONAL MATCH (toStatement:Statement {id: f.toId})
  WITH f, coalesce(fromEntity, fromStatement) AS a, coalesce(toEntity, toStatement) AS b
  MERGE (a)-[r:$(f.type) {id: f.id}]->(b)
  ${mergeFact('r')}
  RETURN f.articleId AS articleId, f.id AS id, ${corroborates('r')} AS corroborates`;

/**
 * For each article of the batch, the article already in the graph (same id, url or text), and which of the
 * batch's entities exist — one query for the whole batch.
 */
async function findExisting(tx: WriteTx, batch: PreparedDocument[]): Promise<{ duplicates: Array<string | null>; found: Set<string> }> {
  const result = await tx.run(
    `RETURN COLLECT {
         UNWIND $articles AS art
         OPTIONAL MATCH (byId:Article {id: art.id})
         OPTIONAL MATCH (byUrl:Article {url: art.url})
         OPTIONAL MATCH (byText:Article {textHash: art.hash})
         RETURN coalesce(byId.id, byUrl.id, byText.id, '')
       } AS existing,
       COLLECT { UNWIND $ids AS eid MATCH (e:Entity {id: eid}) RETURN e.id } AS found`,
    {
      articles: batch.map((p) => ({ id: p.article.id, url: p.article.props.url ?? '', hash: p.article.props.textHash })),
      ids: [...new Set(batch.flatMap((p) => p.entities.map((e) => e.id)))],
    },
  );
  const row = result.records[0];
  const existing = (row?.get('existing') as string[] | undefined) ?? [];
  return { duplicates: batch.map((_, i) => existing[i] || null), found: new Set((row?.get('found') as string[]) ?? []) };
}

/** Every property of a fact first written by `articleId`: its id, date, status and its one source. */
export function createdFact(f: FactRowBase, articleId: string): Record<string, unknown> {
  return {
    id: f.id,
    dateFrom: f.dateFrom,
    dateTo: f.dateTo,
    datePrecision: f.datePrecision,
    dateText: f.dateText,
    status: f.status,
    confidence: f.confidence,
    srcArticleIds: [articleId],
    srcSentences: [f.source.sentence],
    srcStarts: [f.source.start],
    srcEnds: [f.source.end],
  };
}

export interface WriteOptions {
  counter?: RoundTripCounter;
  /** Re-merge an article already in the graph (the curated seed); otherwise a known article is skipped. */
  remerge?: boolean;
  /** Called inside the transaction after the writes; throwing rolls everything back (used by tests). */
  beforeCommit?: (tx: WriteTx) => Promise<void>;
}

/**
 * Looks up many documents' references in one query: calls made in the same tick are gathered and answered
 * together, so preparing a batch costs one read whatever its size.
 */
export function gatheredLookup(db: Database, counter?: RoundTripCounter): ExistingLookup {
  let waiting: Array<{ ids: string[]; done: (found: Map<string, NodeType>) => void; fail: (e: unknown) => void }> = [];
  const flush = async () => {
    const calls = waiting;
    waiting = [];
    try {
      const records = await db.read<{ id: string; kind: NodeType }>(
        `UNWIND $ids AS id
         OPTIONAL MATCH (e:Entity {id: id}) OPTIONAL MATCH (s:Statement {id: id})
         WITH id, coalesce(e.kind, s.kind) AS kind WHERE kind IS NOT NULL RETURN id, kind`,
        { ids: [...new Set(calls.flatMap((c) => c.ids))] },
        { counter },
      );
      const found = new Map(records.map((r) => [r.get('id'), r.get('kind')]));
      for (const c of calls) c.done(found);
    } catch (error) {
      for (const c of calls) c.fail(error);
    }
  };
  return (ids) =>
    new Promise((done, fail) => {
      if (waiting.push({ ids, done, fail }) === 1) queueMicrotask(() => void flush());
    });
}

/** Validates, resolves and writes a facts document in one transaction. */
export async function writeDocument(db: Database, doc: FactsDocument, options: WriteOptions = {}): Promise<WriteSummary> {
  const p = await prepareDocument(doc, gatheredLookup(db, options.counter));
  return writePrepared(db, p, options);
}

export type BatchOutcome = { summary: WriteSummary; error?: undefined } | { summary?: undefined; error: Error };

/**
 * Validates and writes many documents: those that validate go in together in one transaction (a fixed number
 * of queries for the whole batch); a document that fails validation is reported and the rest still go in.
 * Should the shared transaction fail, each document is tried again in its own, so one bad article cannot
 * keep the others out, and each is still all or nothing.
 */
export async function writeDocuments(db: Database, docs: FactsDocument[], options: WriteOptions = {}): Promise<BatchOutcome[]> {
  const lookup = gatheredLookup(db, options.counter);
  const prepared = await Promise.all(docs.map((d) => prepareDocument(d, lookup).then((p) => ({ p }), (error: Error) => ({ error }))));
  const outcomes: BatchOutcome[] = prepared.map((x) => ('error' in x ? { error: x.error } : { error: new Error('not written') }));
  const valid = prepared.flatMap((x, i) => ('p' in x ? [{ i, p: x.p }] : []));
  const written = await writePreparedTogether(db, valid.map((v) => v.p), options);
  valid.forEach((v, k) => {
    const w = written[k]!;
    outcomes[v.i] = w instanceof Error ? { error: w } : { summary: w };
  });
  return outcomes;
}

/**
 * Writes prepared documents together in one transaction; should it fail, each document is tried again in its
 * own, so one bad article cannot keep the others out, and each is still all or nothing. Every document gets
 * its summary or its error, in order.
 */
export async function writePreparedTogether(db: Database, batch: PreparedDocument[], options: WriteOptions = {}): Promise<Array<WriteSummary | Error>> {
  if (!batch.length) return [];
  try {
    return await writePreparedBatch(db, batch, options);
  } catch (error) {
    if (batch.length === 1) return [error as Error];
    const written: Array<WriteSummary | Error> = [];
    for (const p of batch) written.push(await writePrepared(db, p, options).catch((e: Error) => e));
    return written;
  }
}

export async function writePrepared(db: Database, p: PreparedDocument, options: WriteOptions = {}): Promise<WriteSummary> {
  return (await writePreparedBatch(db, [p], options))[0]!;
}

/** Writes prepared documents in one transaction; an article met twice (in the graph or in the batch) is skipped. */
export async function writePreparedBatch(db: Database, batch: PreparedDocument[], options: WriteOptions = {}): Promise<WriteSummary[]> {
  return db.write(
    async (tx) => {
      const { duplicates, found } = await findExisting(tx, batch);
      // An article repeated inside the batch (same id, url or text) is a duplicate of its first occurrence.
      const firstBy = new Map<string, string>();
      const summaries: WriteSummary[] = [];
      const kept: PreparedDocument[] = [];
      for (const [i, p] of batch.entries()) {
        const keys = [`id:${p.article.id}`, `hash:${String(p.article.props.textHash)}`, ...(p.article.props.url ? [`url:${String(p.article.props.url)}`] : [])];
        const duplicate = keys.map((k) => firstBy.get(k)).find(Boolean) ?? duplicates[i];
        const summary: WriteSummary = {
          articleId: p.article.id,
          duplicate: false,
          createdEntityIds: [],
          matchedEntityIds: [],
          statements: p.statements.length,
          relations: p.relations.length,
          corroborated: 0,
          entityIds: p.mentionIds,
        };
        if (duplicate && (!options.remerge || duplicate !== p.article.id)) {
          summaries.push({ ...summary, articleId: duplicate, duplicate: true, statements: 0, relations: 0 });
          continue;
        }
        for (const k of keys) if (!firstBy.has(k)) firstBy.set(k, p.article.id);
        const entityIds = p.entities.map((e) => e.id);
        summary.createdEntityIds = entityIds.filter((id) => !found.has(id));
        summary.matchedEntityIds = entityIds.filter((id) => found.has(id));
        // An entity a later article of the batch shares with an earlier one is matched, not new.
        entityIds.forEach((id) => found.add(id));
        summaries.push(summary);
        kept.push(p);
      }
      if (!kept.length) return summaries;

      const entityRows = kept.flatMap((p) => p.entities.map((e) => ({ ...e, articleId: p.article.id })));
      if (entityRows.length) await tx.run(MERGE_ENTITIES, { rows: entityRows });
      await tx.run(MERGE_ARTICLES, {
        articles: kept.map((p) => ({ id: p.article.id, props: p.article.props, factIds: p.factIds, publisherId: p.article.publisherId, mentionIds: p.mentionIds })),
      });
      const byArticle = new Map(summaries.filter((x) => !x.duplicate).map((x) => [x.articleId, x]));
      // A fact corroborates when an article outside the batch, or an earlier one of the batch, supports it too.
      const seenIn = new Map<string, string>();
      kept.forEach((p) => [...p.statements, ...p.relations].forEach((f) => seenIn.has(f.id) || seenIn.set(f.id, p.article.id)));
      const addCorroborated = (result: { records: Array<{ get(key: string): unknown }> }) => {
        for (const r of result.records) {
          const articleId = r.get('articleId') as string;
          const summary = byArticle.get(articleId);
          if (summary && (r.get('corroborates') === true || seenIn.get(r.get('id') as string) !== articleId)) summary.corroborated++;
        }
      };
      const batchIds = { batchArticleIds: kept.map((p) => p.article.id) };
      const statementRows = kept.flatMap((p) =>
        p.statements.map(({ about: _about, ...x }) => ({ ...x, articleId: p.article.id, created: { ...x.props, kind: 'Statement', ...createdFact(x, p.article.id) } })),
      );
      if (statementRows.length) addCorroborated(await tx.run(MERGE_STATEMENTS, { ...batchIds, rows: statementRows }));
      const aboutRows = kept.flatMap((p) =>
        p.statements.flatMap((x) => x.about.map((a) => ({ ...a, statementId: x.id, articleId: p.article.id, created: createdFact(a, p.article.id) }))),
      );
      if (aboutRows.length) await tx.run(MERGE_ABOUTS, { rows: aboutRows });
      const relationRows = kept.flatMap((p) =>
        p.relations.map((x) => ({ ...x, articleId: p.article.id, created: { ...createdFact(x, p.article.id), role: x.role } })),
      );
      if (relationRows.length) addCorroborated(await tx.run(MERGE_RELATIONS, { ...batchIds, rows: relationRows }));
      if (options.beforeCommit) await options.beforeCommit(tx);
      return summaries;
    },
    { counter: options.counter, timeoutMs: limits.writeTimeoutMs, metadata: { op: 'writeDocument' } },
  );
}
