/**
 * Writes a prepared document in one transaction with batched UNWIND queries, a fixed number whatever the
 * article's size. Every write is a MERGE and a source is appended only when the article is not already among
 * a fact's sources, so writing the same document twice changes nothing.
 */
import type { NodeType } from '../facts/document.ts';
import type { Database, RoundTripCounter, WriteTx } from '../db/database.ts';
import { limits } from '../limits.ts';
import { prepareDocument, type PreparedDocument } from './prepare-document.ts';
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

/** Appends the article to a fact's sources unless it is there already (`x` the fact, `f` its row). */
const appendSource = (x: string, f = 'f') => `
  WITH *, size(coalesce(${x}.srcArticleIds, [])) > 0 AND NOT $articleId IN coalesce(${x}.srcArticleIds, []) AS corroborates
  FOREACH (_ IN CASE WHEN $articleId IN coalesce(${x}.srcArticleIds, []) THEN [] ELSE [1] END |
    SET ${x}.srcArticleIds = coalesce(${x}.srcArticleIds, []) + $articleId,
        ${x}.srcSentences = coalesce(${x}.srcSentences, []) + ${f}.source.sentence,
        ${x}.srcStarts = coalesce(${x}.srcStarts, []) + ${f}.source.start,
        ${x}.srcEnds = coalesce(${x}.srcEnds, []) + ${f}.source.end)
  SET ${x}.status = CASE
        WHEN ${x}.status = 'REJECTED' THEN 'REJECTED'
        WHEN ${x}.status = 'CONFIRMED' OR ${f}.status = 'CONFIRMED' THEN 'CONFIRMED'
        ELSE ${f}.status END,
      ${x}.confidence = CASE WHEN coalesce(${x}.confidence, 0) > ${f}.confidence THEN ${x}.confidence ELSE ${f}.confidence END`;

/** Date and status of a fact when it is first created. */
const onCreateFact = (x: string, f = 'f') => `
  ON CREATE SET ${x}.id = ${f}.id, ${x}.dateFrom = ${f}.dateFrom, ${x}.dateTo = ${f}.dateTo,
    ${x}.datePrecision = ${f}.datePrecision, ${x}.dateText = ${f}.dateText, ${x}.createdAt = datetime()`;

/**
 * Every entity of the document in one query. The label comes from the row (`$(row.type)`), validated against the
 * closed list of entity types before it gets here; one query text means one cached plan.
 */
const MERGE_ENTITIES = `
  UNWIND $rows AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.kind = row.type, e += row.props, e.createdAt = datetime(), e.createdByArticle = $articleId
  SET e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
      e.nameKeys = reduce(acc = coalesce(e.nameKeys, []), k IN row.nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
  SET e.aliasText = reduce(s = '', a IN e.aliases | s + a + '\n'),
      e.description = coalesce(e.description, row.props.description),
      e.title = coalesce(e.title, row.props.title)
  RETURN count(*) AS n`;

const MERGE_STATEMENTS = `
  UNWIND $rows AS f
  MATCH (speaker:Entity {id: f.speakerId})
  MERGE (s:Statement {id: f.id})
  ON CREATE SET s += f.props, s.kind = 'Statement', s.dateFrom = f.dateFrom, s.dateTo = f.dateTo,
    s.datePrecision = f.datePrecision, s.dateText = f.dateText, s.createdAt = datetime()
  ${appendSource('s')}
  MERGE (speaker)-[said:SAID {id: f.saidId}]->(s)
  WITH f, s, corroborates AS statementCorroborates
  CALL (f, s) {
    UNWIND f.about AS a
    MATCH (topic:Entity {id: a.entityId})
    MERGE (s)-[r:ABOUT {id: a.id}]->(topic)
    ${onCreateFact('r', 'a')}
    ${appendSource('r', 'a')}
    RETURN count(*) AS abouts
  }
  RETURN sum(toInteger(statementCorroborates)) AS corroborated`;

/** Every relation of the document in one query; the type comes from the row, validated against RELATION_TYPES. */
const MERGE_RELATIONS = `
  UNWIND $rows AS f
  OPTIONAL MATCH (fromEntity:Entity {id: f.fromId})
  OPTIONAL MATCH (fromStatement:Statement {id: f.fromId})
  OPTIONAL MATCH (toEntity:Entity {id: f.toId})
  OPTIONAL MATCH (toStatement:Statement {id: f.toId})
  WITH f, coalesce(fromEntity, fromStatement) AS a, coalesce(toEntity, toStatement) AS b
  MERGE (a)-[r:$(f.type) {id: f.id}]->(b)
  ${onCreateFact('r')}, r.role = f.role
  ${appendSource('r')}
  RETURN sum(toInteger(corroborates)) AS corroborated`;

/** The article already in the graph (same id, url or text), and which of the document's entities exist. */
async function findExisting(tx: WriteTx, p: PreparedDocument): Promise<{ duplicate: string | null; found: Set<string> }> {
  const result = await tx.run(
    `OPTIONAL MATCH (byId:Article {id: $id})
     OPTIONAL MATCH (byUrl:Article {url: $url})
     OPTIONAL MATCH (byText:Article {textHash: $hash})
     RETURN coalesce(byId.id, byUrl.id, byText.id) AS existing,
       COLLECT { UNWIND $ids AS eid MATCH (e:Entity {id: eid}) RETURN e.id } AS found`,
    { id: p.article.id, url: p.article.props.url ?? '', hash: p.article.props.textHash, ids: p.entities.map((e) => e.id) },
  );
  const row = result.records[0];
  return { duplicate: (row?.get('existing') as string | null) ?? null, found: new Set((row?.get('found') as string[]) ?? []) };
}

export interface WriteOptions {
  counter?: RoundTripCounter;
  /** Re-merge an article already in the graph (the curated seed); otherwise a known article is skipped. */
  remerge?: boolean;
  /** Called inside the transaction after the writes; throwing rolls everything back (used by tests). */
  beforeCommit?: (tx: WriteTx) => Promise<void>;
}

/** Validates, resolves and writes a facts document in one transaction. */
export async function writeDocument(db: Database, doc: FactsDocument, options: WriteOptions = {}): Promise<WriteSummary> {
  const lookup = async (ids: string[]) => {
    const records = await db.read<{ id: string; kind: NodeType }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (e:Entity {id: id}) OPTIONAL MATCH (s:Statement {id: id})
       WITH id, coalesce(e.kind, s.kind) AS kind WHERE kind IS NOT NULL RETURN id, kind`,
      { ids },
      { counter: options.counter },
    );
    return new Map(records.map((r) => [r.get('id'), r.get('kind')]));
  };
  const p = await prepareDocument(doc, lookup);
  return writePrepared(db, p, options);
}

export async function writePrepared(db: Database, p: PreparedDocument, options: WriteOptions = {}): Promise<WriteSummary> {
  return db.write(
    async (tx) => {
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
      const { duplicate, found } = await findExisting(tx, p);
      if (duplicate && (!options.remerge || duplicate !== p.article.id)) {
        return { ...summary, articleId: duplicate, duplicate: true, statements: 0, relations: 0 };
      }
      const params = { articleId: p.article.id };
      const entityIds = p.entities.map((e) => e.id);
      summary.createdEntityIds = entityIds.filter((id) => !found.has(id));
      summary.matchedEntityIds = entityIds.filter((id) => found.has(id));

      if (p.entities.length) {
        await tx.run(MERGE_ENTITIES, { ...params, rows: p.entities });
      }
      await tx.run(
        `MERGE (a:Article {id: $articleId})
         ON CREATE SET a += $props, a.kind = 'Article', a.ingestedAt = datetime()
         SET a.factIds = reduce(acc = coalesce(a.factIds, []), id IN $factIds | CASE WHEN id IN acc THEN acc ELSE acc + id END)
         WITH a
         OPTIONAL MATCH (pub:Agency {id: $publisherId})
         FOREACH (_ IN CASE WHEN pub IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(pub))
         WITH a
         UNWIND $mentionIds AS mid
         MATCH (e:Entity {id: mid})
         MERGE (a)-[:MENTIONS]->(e)
         RETURN count(*) AS n`,
        { ...params, props: p.article.props, factIds: p.factIds, publisherId: p.article.publisherId, mentionIds: p.mentionIds },
      );
      const corroborated = (result: { records: Array<{ get(key: string): unknown }> }) =>
        Number(result.records[0]?.get('corroborated') ?? 0);
      if (p.statements.length) {
        summary.corroborated += corroborated(await tx.run(MERGE_STATEMENTS, { ...params, rows: p.statements }));
      }
      if (p.relations.length) {
        summary.corroborated += corroborated(await tx.run(MERGE_RELATIONS, { ...params, rows: p.relations }));
      }
      if (options.beforeCommit) await options.beforeCommit(tx);
      return summary;
    },
    { counter: options.counter, timeoutMs: limits.writeTimeoutMs, metadata: { op: 'writeDocument' } },
  );
}
