/**
 * The query mix written by hand in Cypher: what a developer would send through neo4j-driver to get the same
 * answer as each GraphQL request, with no GraphQL layer. Served by bench/raw-cypher.ts, and reused inside the
 * @neo4j/graphql contender's @cypher fields for the shapes it cannot generate (neighborhood, path, timeline).
 *
 * Each query returns one row per item in the page's order, or one row holding the whole answer. Counts go
 * through toInteger() so that they work whether a caller sends them as integers or as floats.
 */

/** The relation types a neighborhood or path walks by default (all but MENTIONS and PUBLISHED_BY). */
const WALK = 'SAID|AUTHORIZED|REVERSED|ABOUT|CONCERNS|APPLIES_TO|MEMBER_OF|SPEAKS_FOR';
/** SAID edges carry no status; every other fact does. */
const confirmed = (r: string) => `coalesce(${r}.status, 'CONFIRMED') = 'CONFIRMED'`;

/** A fact's sources with their articles (x: a statement node or a fact relationship). */
const sources = (x: string, articleFields = '.id, .title') =>
  `[i IN range(0, size(${x}.srcArticleIds) - 1) | {sentence: ${x}.srcSentences[i], start: ${x}.srcStarts[i], end: ${x}.srcEnds[i],
     article: head(COLLECT { MATCH (art:Article {id: ${x}.srcArticleIds[i]}) RETURN art {${articleFields}} })}]`;

const graphNode = (n: string) =>
  `{id: ${n}.id, type: ${n}.kind, label: CASE ${n}.kind WHEN 'Statement' THEN left(${n}.quote, 140) WHEN 'Article' THEN coalesce(${n}.title, ${n}.id) ELSE ${n}.name END}`;
const graphEdge = (r: string) =>
  `{id: coalesce(${r}.id, elementId(${r})), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id}`;

export const CYPHER = {
  /** (a) A person: the first 20 statements with speaker, topics and sources; 20 authorizations; 20 reversals. */
  entityPage: `
    MATCH (p:Entity {id: $id})
    RETURN p {.id, .name, .aliases, .title,
      statements: COLLECT {
        MATCH (p)-[:SAID]->(s:Statement) WHERE s.status = 'CONFIRMED'
        WITH s ORDER BY s.dateFrom, s.id LIMIT 21
        RETURN s {.id, .quote, kind: s.statementKind, date: {text: s.dateText, precision: s.datePrecision},
          speaker: head(COLLECT { MATCH (s)<-[:SAID]-(x:Entity) RETURN x {.id, .name} }),
          about: COLLECT { MATCH (s)-[:ABOUT]->(t:Entity) WITH t ORDER BY t.name RETURN t {.id, .name} },
          sources: ${sources('s')}}
      },
      authorizations: COLLECT {
        MATCH (p)-[r:AUTHORIZED]->(pol:Policy) WHERE r.status = 'CONFIRMED'
        WITH r, pol ORDER BY r.dateFrom, r.id LIMIT 21
        RETURN {id: r.id, date: r.dateText, policy: pol {.id, .name}, sources: ${sources('r', '.id, .title, .url')}}
      },
      reversals: COLLECT {
        MATCH (p)-[r:REVERSED]->(t) WHERE r.status = 'CONFIRMED'
        WITH r, t ORDER BY r.dateFrom, r.id LIMIT 21
        RETURN {id: r.id, date: r.dateText, target: CASE WHEN t:Statement THEN t {.id, .quote} ELSE t {.id, .name} END,
          sources: ${sources('r', '.id, .title, .url')}}
      }
    } AS page`,

  /** (b) The search box: the same Lucene query the service builds, best first, ties by name. */
  search: `
    CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($limit)}) YIELD node, score
    RETURN score, node {.id, .name, type: node.kind} AS entity
    ORDER BY score DESC, node.name LIMIT toInteger($first)`,

  /** (c) A page of 50 of a speaker's statements after a keyset cursor (null: the first page). */
  statementPage: `
    MATCH (p:Entity {id: $id})-[:SAID]->(s:Statement)
    WHERE s.status = 'CONFIRMED'
      AND ($afterDate IS NULL OR s.dateFrom > $afterDate OR (s.dateFrom = $afterDate AND s.id > $afterId))
    WITH s ORDER BY s.dateFrom, s.id LIMIT 51
    RETURN s {.id, .quote, date: s.dateText, cursor: [s.dateFrom, s.id],
      speaker: head(COLLECT { MATCH (s)<-[:SAID]-(x:Entity) RETURN x {.id, .name} }),
      sources: ${sources('s')}} AS statement`,

  /**
   * (d) The neighborhood two hops out: each hop expands from the previous hop's new nodes and stops after
   * limit + 1 relationships, then the first `limit` nodes are kept with the edges between them.
   */
  neighborhood: `
    MATCH (start:Entity {id: $id})
    CALL (start) {
      MATCH (start)-[r:${WALK}]-(m) WHERE ${confirmed('r')} AND (m:Entity OR m:Statement OR m:Article)
      WITH r, m LIMIT toInteger($cap)
      WITH collect(DISTINCT r) AS rs, collect(DISTINCT m) AS ms
      RETURN rs AS rels1, [x IN ms WHERE x <> start] AS nodes1
    }
    CALL (start, rels1, nodes1) {
      UNWIND nodes1 AS f
      MATCH (f)-[r:${WALK}]-(m) WHERE ${confirmed('r')} AND NOT r IN rels1 AND (m:Entity OR m:Statement OR m:Article)
      WITH r, m LIMIT toInteger($cap)
      WITH collect(DISTINCT r) AS rs, collect(DISTINCT m) AS ms
      RETURN rs AS rels2, [x IN ms WHERE NOT x IN [start] + nodes1] AS nodes2
    }
    WITH [start] + nodes1 + nodes2 AS everyNode, rels1 + rels2 AS everyRel, size(rels1) >= toInteger($cap) OR size(rels2) >= toInteger($cap) AS cut
    WITH everyNode[0..toInteger($limit)] AS kept, everyRel, cut OR size(everyNode) > toInteger($limit) AS truncated
    RETURN truncated,
      [n IN kept | ${graphNode('n')}] AS nodes,
      [r IN everyRel WHERE startNode(r) IN kept AND endNode(r) IN kept | ${graphEdge('r')}] AS edges`,

  /** (e) The three shortest paths of at most 4 hops between two entities. */
  paths: `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH path = SHORTEST 3 (a)(()-[r:${WALK} WHERE ${confirmed('r')}]-()){1,4}(b)
    RETURN size(relationships(path)) AS length,
      [n IN nodes(path) | ${graphNode('n')}] AS nodes,
      [r IN relationships(path) | ${graphEdge('r')}] AS edges
    ORDER BY length`,

  /**
   * (f) An entity's timeline: every dated fact about it, oldest first, first 200. The branches return only
   * sort keys and references; the 200 kept are projected after the sort.
   */
  timeline: `
    MATCH (e:Entity {id: $id})
    CALL (e) {
      MATCH (e)-[:SAID]->(s:Statement) WHERE s.status = 'CONFIRMED'
      RETURN s.dateFrom AS d, 'SAID' AS kind, s.id AS key, s AS fact, e AS actor, null AS other
      UNION ALL
      MATCH (x:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(e) WHERE s.status = 'CONFIRMED' AND x <> e
      RETURN s.dateFrom AS d, 'SPOKEN_ABOUT' AS kind, s.id AS key, s AS fact, x AS actor, null AS other
      UNION ALL
      MATCH (e)-[r:AUTHORIZED]->(p:Policy) WHERE r.status = 'CONFIRMED'
      RETURN r.dateFrom AS d, 'AUTHORIZED' AS kind, r.id AS key, r AS fact, e AS actor, p AS other
      UNION ALL
      MATCH (a:Entity)-[r:AUTHORIZED]->(e) WHERE r.status = 'CONFIRMED'
      RETURN r.dateFrom AS d, 'AUTHORIZED' AS kind, r.id AS key, r AS fact, a AS actor, e AS other
      UNION ALL
      MATCH (e)-[r:REVERSED]->(t) WHERE r.status = 'CONFIRMED'
      RETURN r.dateFrom AS d, 'REVERSED' AS kind, r.id AS key, r AS fact, e AS actor, t AS other
      UNION ALL
      MATCH (a:Entity)-[r:REVERSED]->(e) WHERE r.status = 'CONFIRMED'
      RETURN r.dateFrom AS d, 'REVERSED' AS kind, r.id AS key, r AS fact, a AS actor, e AS other
      UNION ALL
      MATCH (e)-[r:CONCERNS|APPLIES_TO|MEMBER_OF|SPEAKS_FOR]->(o:Entity) WHERE r.status = 'CONFIRMED'
      RETURN r.dateFrom AS d, 'RELATION' AS kind, r.id AS key, r AS fact, e AS actor, o AS other
      UNION ALL
      MATCH (o:Entity)-[r:CONCERNS|APPLIES_TO|MEMBER_OF|SPEAKS_FOR]->(e) WHERE r.status = 'CONFIRMED'
      RETURN r.dateFrom AS d, 'RELATION' AS kind, r.id AS key, r AS fact, o AS actor, e AS other
      UNION ALL
      MATCH (a:Article)-[:MENTIONS]->(e)
      RETURN a.dateFrom AS d, 'MENTIONED' AS kind, a.id AS key, a AS fact, null AS actor, null AS other
    }
    WITH d, kind, key, fact, actor, other ORDER BY d, kind, key LIMIT toInteger($first)
    RETURN {
      kind: kind,
      date: CASE kind WHEN 'MENTIONED' THEN {text: fact.publishedText} ELSE {text: fact.dateText} END,
      summary: CASE kind
        WHEN 'SAID' THEN actor.name + ': "' + fact.quote + '"'
        WHEN 'SPOKEN_ABOUT' THEN actor.name + ': "' + fact.quote + '"'
        WHEN 'AUTHORIZED' THEN actor.name + ' authorized: ' + other.name
        WHEN 'REVERSED' THEN actor.name + ' reversed: ' + coalesce(other.name, '"' + other.quote + '"')
        WHEN 'RELATION' THEN actor.name + ' ' + toLower(replace(type(fact), '_', ' ')) + ' ' + other.name
        ELSE 'Mentioned in ' + coalesce(fact.title, fact.id) END,
      fact: CASE WHEN kind = 'MENTIONED' THEN null ELSE {id: fact.id} END,
      sources: CASE WHEN kind = 'MENTIONED' THEN [] ELSE ${sources('fact')} END,
      article: CASE WHEN kind = 'MENTIONED' THEN fact {.id, .title} ELSE null END
    } AS event`,
} as const;

export type CypherQueryName = keyof typeof CYPHER;
