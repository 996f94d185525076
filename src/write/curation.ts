/**
 * Editors' corrections: confirm or reject an unconfirmed fact, retract an article (and every fact only it
 * supports), merge two entities that are one. Each runs in one transaction.
 */
import type { Database, RoundTripCounter, WriteTx } from '../db/database.ts';
import { ALL_RELATIONSHIP_TYPES, RELATION_TYPES } from '../facts/document.ts';
import { AppError, badInput, notFound } from '../errors.ts';
import { limits } from '../limits.ts';
import { labelOfId } from '../read/root-queries.ts';

/** Relationship types whose edges are facts with sources (SAID's sources live on its statement). */
const SOURCED = RELATION_TYPES;


export type FactKind = { node: true } | { node: false; type: (typeof SOURCED)[number] };

/** Tells from a fact id where the fact lives: a statement node, or an edge of a known type. */
export function factKind(id: string): FactKind {
  if (id.startsWith('statement:')) {
    labelOfId(id);
    return { node: true };
  }
  const type = id.slice(0, id.indexOf(':')).toUpperCase();
  if (!(SOURCED as readonly string[]).includes(type) || !id.includes('>')) {
    throw badInput(`"${id.slice(0, 80)}" is not a fact id (statement:… or authorized:…>…)`, { argument: 'id' });
  }
  return { node: false, type: type as (typeof SOURCED)[number] };
}

const write = <T>(db: Database, op: string, counter: RoundTripCounter | undefined, work: (tx: WriteTx) => Promise<T>) =>
  db.write(work, { counter, timeoutMs: limits.writeTimeoutMs, metadata: { op } });

/** Sets a fact's review status; a statement's topics follow it. */
export async function setFactStatus(db: Database, id: string, status: 'CONFIRMED' | 'REJECTED', counter?: RoundTripCounter): Promise<void> {
  const kind = factKind(id);
  const found = await write(db, 'setFactStatus', counter, async (tx) => {
    const result = kind.node
      ? await tx.run(
          `MATCH (s:Statement {id: $id}) SET s.status = $status
           WITH s OPTIONAL MATCH (s)-[r:ABOUT]->() SET r.status = $status RETURN count(DISTINCT s) AS n`,
          { id, status },
        )
      : await tx.run(`MATCH ()-[r:${kind.type} {id: $id}]->() SET r.status = $status RETURN count(r) AS n`, { id, status });
    return Number(result.records[0]?.get('n') ?? 0) > 0;
  });
  if (!found) throw notFound(`no fact has the id "${id}"`, { id });
}

export interface RetractSummary {
  articleId: string;
  /** Facts that only this article supported, now gone. */
  removedFacts: number;
  /** Facts other articles also support, which lost this source. */
  keptFacts: number;
  /** Entities this article introduced that nothing else refers to any more. */
  removedEntities: number;
}

/** Keeps the parallel source lists of `x` without the article `$articleId`; true when nothing is left. */
const DROP_SOURCE = (x: string) => `
  WITH ${x}, [i IN range(0, size(coalesce(${x}.srcArticleIds, [])) - 1) WHERE ${x}.srcArticleIds[i] <> $articleId] AS keep
  SET ${x}.srcArticleIds = [i IN keep | ${x}.srcArticleIds[i]], ${x}.srcSentences = [i IN keep | ${x}.srcSentences[i]],
      ${x}.srcStarts = [i IN keep | ${x}.srcStarts[i]], ${x}.srcEnds = [i IN keep | ${x}.srcEnds[i]]
  WITH ${x}, size(keep) = 0 AS orphan`;

export async function retractArticle(db: Database, articleId: string, counter?: RoundTripCounter): Promise<RetractSummary> {
  if (labelOfId(articleId) !== 'Article') throw badInput(`"${articleId}" is not an article id`, { argument: 'id' });
  const summary = await write(db, 'retractArticle', counter, async (tx) => {
    const head = await tx.run('MATCH (a:Article {id: $articleId}) RETURN coalesce(a.factIds, []) AS ids', { articleId });
    if (head.records.length === 0) return null;
    const ids = head.records[0]!.get('ids') as string[];
    const out: RetractSummary = { articleId, removedFacts: 0, keptFacts: 0, removedEntities: 0 };
    const tally = (r: { records: Array<{ get(k: string): unknown }> }) => {
      out.removedFacts += Number(r.records[0]?.get('removed') ?? 0);
      out.keptFacts += Number(r.records[0]?.get('kept') ?? 0);
    };
    const statements = ids.filter((id) => id.startsWith('statement:'));
    if (statements.length) {
      tally(
        await tx.run(
          `UNWIND $ids AS id MATCH (s:Statement {id: id}) ${DROP_SOURCE('s')}
           WITH s, orphan, CASE WHEN orphan THEN 1 ELSE 0 END AS removed
           FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DETACH DELETE s)
           RETURN sum(removed) AS removed, count(*) - sum(removed) AS kept`,
          { ids: statements, articleId },
        ),
      );
    }
    for (const type of SOURCED) {
      const prefix = `${type.toLowerCase()}:`;
      const ofType = ids.filter((id) => id.startsWith(prefix));
      if (!ofType.length) continue;
      tally(
        await tx.run(
          `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() ${DROP_SOURCE('r')}
           WITH r, orphan, CASE WHEN orphan THEN 1 ELSE 0 END AS removed
           FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DELETE r)
           RETURN sum(removed) AS removed, count(*) - sum(removed) AS kept`,
          { ids: ofType, articleId },
        ),
      );
    }
    const entities = await tx.run(
      `MATCH (a:Article {id: $articleId})
       OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
       WHERE e.createdByArticle = $articleId AND NOT EXISTS { (e)--(other) WHERE other <> a }
       WITH a, collect(e) AS orphans
       FOREACH (e IN orphans | DETACH DELETE e)
       DETACH DELETE a
       RETURN size(orphans) AS n`,
      { articleId },
    );
    out.removedEntities = Number(entities.records[0]?.get('n') ?? 0);
    return out;
  });
  if (!summary) throw notFound(`no article has the id "${articleId}"`, { id: articleId });
  return summary;
}

/** The fact id an edge gets when its ends change, built as src/facts/ids.ts builds it. */
const newFactId = (type: string, from: string, to: string) => `'${type.toLowerCase()}:' + ${from}.id + '>' + ${to}.id`;

/**
 * Merges `mergeId` into `keepId`: every edge and its sources move to the kept entity (a fact both had becomes one
 * fact with both sources), names become aliases, and the merged entity is removed.
 */
export async function mergeEntities(db: Database, keepId: string, mergeId: string, counter?: RoundTripCounter): Promise<void> {
  for (const [id, arg] of [
    [keepId, 'keep'],
    [mergeId, 'merge'],
  ] as const) {
    if (labelOfId(id, arg) !== 'Entity') throw badInput(`"${id}" is not an entity id`, { argument: arg });
  }
  if (keepId === mergeId) throw badInput('an entity cannot be merged into itself', { argument: 'merge' });
  await write(db, 'mergeEntities', counter, async (tx) => {
    const ends = await tx.run(
      'OPTIONAL MATCH (k:Entity {id: $keep}) OPTIONAL MATCH (m:Entity {id: $merge}) RETURN k.kind AS keep, m.kind AS merge',
      { keep: keepId, merge: mergeId },
    );
    const row = ends.records[0]!;
    if (!row.get('keep')) throw notFound(`no entity has the id "${keepId}"`, { argument: 'keep' });
    if (!row.get('merge')) throw notFound(`no entity has the id "${mergeId}"`, { argument: 'merge' });
    if (row.get('keep') !== row.get('merge')) {
      throw new AppError('BAD_USER_INPUT', `a ${row.get('merge')} cannot be merged into a ${row.get('keep')}`, { argument: 'merge' });
    }
    const renames: Array<[string, string]> = [];
    const params = { keep: keepId, merge: mergeId };
    for (const type of ALL_RELATIONSHIP_TYPES) {
      const sourced = type !== 'MENTIONS' && type !== 'PUBLISHED_BY';
      for (const outgoing of [true, false]) {
        const match = outgoing ? `(m)-[r:${type}]->(o)` : `(o)-[r:${type}]->(m)`;
        const merged = outgoing ? `(k)-[x:${type} {id: newId}]->(o)` : `(o)-[x:${type} {id: newId}]->(k)`;
        const plain = outgoing ? `(k)-[x:${type}]->(o)` : `(o)-[x:${type}]->(k)`;
        const cypher = sourced
          ? `MATCH (m:Entity {id: $merge}), (k:Entity {id: $keep})
             MATCH ${match} WHERE o <> k
             WITH k, o, r, r.id AS oldId, ${outgoing ? newFactId(type, 'k', 'o') : newFactId(type, 'o', 'k')} AS newId
             MERGE ${merged}
             ON CREATE SET x += properties(r), x.id = newId
             WITH r, x, oldId, newId,
               [i IN range(0, size(coalesce(r.srcArticleIds, [])) - 1) WHERE NOT r.srcArticleIds[i] IN coalesce(x.srcArticleIds, [])] AS add
             SET x.srcArticleIds = coalesce(x.srcArticleIds, []) + [i IN add | r.srcArticleIds[i]],
                 x.srcSentences = coalesce(x.srcSentences, []) + [i IN add | r.srcSentences[i]],
                 x.srcStarts = coalesce(x.srcStarts, []) + [i IN add | r.srcStarts[i]],
                 x.srcEnds = coalesce(x.srcEnds, []) + [i IN add | r.srcEnds[i]]
             DELETE r
             RETURN collect([oldId, newId]) AS renames`
          : `MATCH (m:Entity {id: $merge}), (k:Entity {id: $keep})
             MATCH ${match} WHERE o <> k
             MERGE ${plain}
             DELETE r
             RETURN [] AS renames`;
        const result = await tx.run(cypher, params);
        renames.push(...((result.records[0]?.get('renames') as Array<[string, string]>) ?? []));
      }
    }
    await tx.run(
      `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
       WITH k, m, [a IN [m.name] + coalesce(m.aliases, []) + coalesce(k.aliases, []) WHERE a <> k.name] AS names
       WITH k, m, reduce(acc = [], a IN names | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
       SET k.aliases = aliases,
           k.aliasText = reduce(s = '', a IN aliases | s + a + '\n'),
           k.nameKeys = reduce(acc = coalesce(k.nameKeys, []), n IN coalesce(m.nameKeys, []) | CASE WHEN n IN acc THEN acc ELSE acc + n END),
           k.description = coalesce(k.description, m.description),
           k.title = coalesce(k.title, m.title)
       DETACH DELETE m
       WITH k
       MATCH (k)<-[:MENTIONS]-(a:Article)
       SET a.factIds = [f IN coalesce(a.factIds, []) | coalesce(head([p IN $renames WHERE p[0] = f | p[1]]), f)]`,
      { ...params, renames },
    );
  });
}
