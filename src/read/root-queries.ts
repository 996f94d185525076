/**
 * The Cypher of each root field: pure functions from arguments and selection to `{cypher, params}`, each one
 * query, so a request costs one round-trip per root field whatever it selects below.
 */
import neo4j from 'neo4j-driver';
import { TYPE_BY_PREFIX, ID_PATTERN, type NodeType } from '../facts/document.ts';
import { nameKey } from '../facts/ids.ts';
import { badInput } from '../errors.ts';
import { limits } from '../limits.ts';
import { CypherBuilder } from './cypher-builder.ts';
import { CONNECTIONS, assertEntityTypes, compileConnection, projectObject, type ConnectionSpec } from './project.ts';
import { childSelection, type FieldsByTypeName, type ResolveTree } from './selection.ts';

export interface CompiledQuery {
  cypher: string;
  params: Record<string, unknown>;
}

const LABEL_OF: Record<NodeType, string> = {
  Person: 'Entity',
  Agency: 'Entity',
  WeaponSystem: 'Entity',
  Policy: 'Entity',
  Place: 'Entity',
  Statement: 'Statement',
  Article: 'Article',
};

/** Checks an id's form before it reaches the database, and says which label holds it. */
export function labelOfId(id: string, argument = 'id'): string {
  const type = ID_PATTERN.test(id) ? TYPE_BY_PREFIX[id.split(':')[0] ?? ''] : undefined;
  if (!type) {
    throw badInput(`"${id.slice(0, 80)}" is not a valid id; ids look like person:joe-biden or statement:…`, { argument });
  }
  return LABEL_OF[type];
}

/** Nodes by id, in the order asked; missing ids come back as null. */
export function nodesById(ids: string[], fields: FieldsByTypeName): CompiledQuery {
  if (ids.length > limits.maxNodeIds) throw badInput(`at most ${limits.maxNodeIds} ids per request`, { argument: 'ids' });
  const byLabel = ids.map((id) => labelOfId(id, 'ids'));
  const q = new CypherBuilder();
  const projection = projectObject(fields, { node: 'n' }, q);
  const cypher = `UNWIND range(0, size($ids) - 1) AS i
    CALL (i) {
      OPTIONAL MATCH (e:Entity {id: $ids[i]}) WHERE $labels[i] = 'Entity'
      OPTIONAL MATCH (s:Statement {id: $ids[i]}) WHERE $labels[i] = 'Statement'
      OPTIONAL MATCH (a:Article {id: $ids[i]}) WHERE $labels[i] = 'Article'
      RETURN coalesce(e, s, a) AS n
    }
    RETURN i, CASE WHEN n IS NULL THEN null ELSE ${projection} END AS result ORDER BY i`;
  return { cypher, params: { ...q.params, ids, labels: byLabel } };
}

/** Lucene special characters, escaped so a search text is only ever words. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
}

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .slice(0, 12);
}

/** The Lucene query for a search box: the phrase first, then each word as a prefix or a near spelling. */
export function luceneQuery(text: string): string {
  const ws = words(text).map((w) => escapeLucene(w.toLowerCase()));
  if (ws.length === 0) throw badInput('search text has no words', { argument: 'text' });
  const phrase = `"${ws.join(' ')}"^4`;
  const each = ws.map((w) => (w.length > 3 ? `(${w}^2 OR ${w}* OR ${w}~1)` : `(${w}^2 OR ${w}*)`));
  return `${phrase} OR (${each.join(' AND ')}) OR (${each.join(' OR ')})`;
}

export function searchEntities(text: string, types: unknown, first: number, tree: ResolveTree): CompiledQuery {
  if (text.length > limits.maxSearchTextLength) {
    throw badInput(`search text is longer than ${limits.maxSearchTextLength} characters`, { argument: 'text' });
  }
  if (!Number.isInteger(first) || first < 1 || first > limits.maxSearchResults) {
    throw badInput(`first must be between 1 and ${limits.maxSearchResults}; got ${first}`, { argument: 'first' });
  }
  const labels = assertEntityTypes(types);
  const q = new CypherBuilder();
  const projection = projectObject(childSelection(tree, 'entity'), { node: 'node' }, q);
  const cypher = `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
    WHERE $labels IS NULL OR node.kind IN $labels
    RETURN {score: score, entity: ${projection}} AS result
    ORDER BY score DESC, node.name LIMIT $first`;
  return { cypher, params: { ...q.params, lucene: luceneQuery(text), limit: neo4j.int(first * 4 + 20), labels, first: neo4j.int(first) } };
}

/** Entities whose name or alias is exactly `name` (case and punctuation folded). */
export function entitiesByName(name: string, types: unknown, fields: FieldsByTypeName): CompiledQuery {
  const key = nameKey(name);
  if (!key) throw badInput('name is empty', { argument: 'name' });
  const labels = assertEntityTypes(types);
  const q = new CypherBuilder();
  const projection = projectObject(fields, { node: 'node' }, q);
  const cypher = `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node
    WHERE $key IN node.nameKeys AND ($labels IS NULL OR node.kind IN $labels)
    RETURN node.id AS id, node.name AS name, ${projection} AS result LIMIT 10`;
  return { cypher, params: { ...q.params, lucene: `"${escapeLucene(key)}"`, key, labels } };
}

type RootConnection = 'statements' | 'authorizations' | 'reversals' | 'articles';

const ROOT_SPECS: Record<RootConnection, { anchored: Record<string, ConnectionSpec>; free: ConnectionSpec }> = {
  statements: {
    anchored: { speaker: CONNECTIONS.statementsBy, about: CONNECTIONS.statementsAbout },
    free: { pattern: (_, { x }) => `(${x}:Statement)`, binding: ({ x }) => ({ node: x }), keyOf: ({ x }) => x },
  },
  authorizations: {
    anchored: {
      by: CONNECTIONS.authorizationsBy,
      policy: {
        pattern: (anchor, { r, a }) => `(${a}:Entity)-[${r}:AUTHORIZED]->(${anchor})`,
        binding: ({ r, a, self }) => ({ rel: r, from: a, to: self }),
        keyOf: ({ r }) => r,
      },
    },
    free: {
      pattern: (_, { x, r, a }) => `(${x}:Entity)-[${r}:AUTHORIZED]->(${a}:Policy)`,
      binding: ({ x, r, a }) => ({ rel: r, from: x, to: a }),
      keyOf: ({ r }) => r,
    },
  },
  reversals: {
    anchored: {
      by: CONNECTIONS.reversalsBy,
      target: {
        pattern: (anchor, { r, a }) => `(${a})-[${r}:REVERSED]->(${anchor})`,
        binding: ({ r, a, self }) => ({ rel: r, from: a, to: self }),
        keyOf: ({ r }) => r,
      },
    },
    free: {
      pattern: (_, { x, r, a }) => `(${x})-[${r}:REVERSED]->(${a})`,
      binding: ({ x, r, a }) => ({ rel: r, from: x, to: a }),
      keyOf: ({ r }) => r,
    },
  },
  articles: {
    anchored: {},
    free: { pattern: (_, { x }) => `(${x}:Article)`, binding: ({ x }) => ({ node: x }), keyOf: ({ x }) => x },
  },
};

/**
 * A root connection, anchored on the first id argument given (speaker, by, policy, ...). The query also says
 * whether the anchor exists, so an unknown id is an error rather than an empty page.
 */
export function rootConnection(field: RootConnection, tree: ResolveTree): CompiledQuery & { anchorArgument: string | null } {
  const specs = ROOT_SPECS[field];
  const q = new CypherBuilder();
  const anchorArgument = Object.keys(specs.anchored).find((arg) => typeof tree.args[arg] === 'string') ?? null;
  if (anchorArgument) {
    const id = tree.args[anchorArgument] as string;
    const label = labelOfId(id, anchorArgument);
    const others = Object.keys(specs.anchored).filter((a) => a !== anchorArgument && typeof tree.args[a] === 'string');
    // A second anchor argument becomes a filter (statements by a speaker about a topic).
    const args = { ...tree.args };
    for (const other of others) if (other !== 'about') delete args[other];
    const connection = compileConnection(specs.anchored[anchorArgument]!, 'anchor', { ...tree, args }, q);
    const cypher = `OPTIONAL MATCH (anchor:${label} {id: ${q.param(id)}})
      RETURN anchor IS NOT NULL AS found, CASE WHEN anchor IS NULL THEN null ELSE ${connection} END AS result`;
    return { cypher, params: q.params, anchorArgument };
  }
  const connection = compileConnection(specs.free, null, tree, q);
  return { cypher: `RETURN true AS found, ${connection} AS result`, params: q.params, anchorArgument: null };
}
