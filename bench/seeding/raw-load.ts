/**
 * The raw reference for seeding: the same facts written with batched, parameterized UNWIND ... MERGE queries
 * (10,000 rows a query) straight through neo4j-driver, many articles per batch. Documents are resolved into
 * rows by the service's own pure preparation (ids, dates, evidence offsets), with references to existing
 * entities taken as given, so only the writing differs from the ingest path. Facts are new here, so sources
 * are set on creation (no corroboration bookkeeping).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { TYPE_BY_PREFIX, type FactsDocumentInput, type NodeType } from '../../src/facts/document.ts';
import { parseDocument } from '../../src/write/parse-document.ts';
import { prepareDocument, type PreparedDocument } from '../../src/write/prepare-document.ts';
import { createdFact } from '../../src/write/write-document.ts';
import { BATCH_SIZE } from '../data/load.ts';

const labelOf = (id: string) => (id.startsWith('statement:') ? 'Statement' : 'Entity');

interface Query {
  cypher: string;
  rows: unknown[];
}

function queriesFor(prepared: PreparedDocument[]): Query[] {
  const queries: Query[] = [];
  const entityTypes = [...new Set(prepared.flatMap((p) => p.entities.map((e) => e.type)))];
  for (const type of entityTypes) {
    queries.push({
      cypher: `UNWIND $rows AS row MERGE (e:Entity {id: row.id})
        ON CREATE SET e:${type}, e += row.props, e.kind = '${type}', e.aliases = row.aliases, e.nameKeys = row.nameKeys,
          e.aliasText = reduce(s = '', a IN row.aliases | s + a + '\n'), e.createdAt = datetime()`,
      rows: prepared.flatMap((p) => p.entities.filter((e) => e.type === type).map((e) => ({ id: e.id, props: e.props, aliases: e.aliases, nameKeys: e.nameKeys }))),
    });
  }
  queries.push({
    cypher: `UNWIND $rows AS row MERGE (a:Article {id: row.id})
      ON CREATE SET a += row.props, a.kind = 'Article', a.factIds = row.factIds, a.ingestedAt = datetime()`,
    rows: prepared.map((p) => ({ id: p.article.id, props: p.article.props, factIds: p.factIds })),
  });
  for (const [type, pick] of [
    ['PUBLISHED_BY', (p: PreparedDocument) => (p.article.publisherId ? [p.article.publisherId] : [])],
    ['MENTIONS', (p: PreparedDocument) => p.mentionIds],
  ] as const) {
    queries.push({
      cypher: `UNWIND $rows AS row MATCH (a:Article {id: row.from}) MATCH (e:Entity {id: row.to}) MERGE (a)-[:${type}]->(e)`,
      rows: prepared.flatMap((p) => pick(p).map((to) => ({ from: p.article.id, to }))),
    });
  }
  queries.push({
    cypher: `UNWIND $rows AS f MATCH (speaker:Entity {id: f.speakerId})
      MERGE (s:Statement {id: f.id}) ON CREATE SET s += f.props, s.kind = 'Statement', s.createdAt = datetime()
      MERGE (speaker)-[:SAID {id: f.saidId}]->(s)`,
    rows: prepared.flatMap((p) =>
      p.statements.map((s) => ({ id: s.id, speakerId: s.speakerId, saidId: s.saidId, props: { ...s.props, ...createdFact(s, p.article.id) } })),
    ),
  });
  queries.push({
    cypher: `UNWIND $rows AS f MATCH (s:Statement {id: f.from}) MATCH (t:Entity {id: f.to})
      MERGE (s)-[r:ABOUT {id: f.id}]->(t) ON CREATE SET r += f.props, r.createdAt = datetime()`,
    rows: prepared.flatMap((p) => p.statements.flatMap((s) => s.about.map((a) => ({ id: a.id, from: s.id, to: a.entityId, props: createdFact(a, p.article.id) })))),
  });
  const relationKeys = [...new Set(prepared.flatMap((p) => p.relations.map((r) => `${r.type}|${labelOf(r.fromId)}|${labelOf(r.toId)}`)))];
  for (const key of relationKeys) {
    const [type, fromLabel, toLabel] = key.split('|');
    queries.push({
      cypher: `UNWIND $rows AS f MATCH (a:${fromLabel} {id: f.from}) MATCH (b:${toLabel} {id: f.to})
        MERGE (a)-[r:${type} {id: f.id}]->(b) ON CREATE SET r += f.props, r.createdAt = datetime()`,
      rows: prepared.flatMap((p) =>
        p.relations
          .filter((r) => `${r.type}|${labelOf(r.fromId)}|${labelOf(r.toId)}` === key)
          .map((r) => ({ id: r.id, from: r.fromId, to: r.toId, props: { ...createdFact(r, p.article.id), ...(r.role ? { role: r.role } : {}) } })),
      ),
    });
  }
  return queries.filter((q) => q.rows.length > 0);
}

/** Writes all documents; returns the number of Cypher queries sent. */
export async function rawLoad(driver: Driver, documents: FactsDocumentInput[]): Promise<number> {
  // References by id are to entities the generator loaded; their type is in the id.
  const known = async (ids: string[]) => new Map(ids.map((id) => [id, TYPE_BY_PREFIX[id.split(':')[0]!] as NodeType]));
  const prepared = await Promise.all(documents.map((d) => prepareDocument(parseDocument(d), known)));
  let sent = 0;
  for (const query of queriesFor(prepared)) {
    for (let i = 0; i < query.rows.length; i += BATCH_SIZE) {
      await driver.executeQuery(query.cypher, { rows: query.rows.slice(i, i + BATCH_SIZE) }, { routing: neo4j.routing.WRITE });
      sent++;
    }
  }
  return sent;
}
