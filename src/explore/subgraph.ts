/**
 * Graph-shaped questions: the neighborhood of an entity and the shortest paths between two. Each is one Cypher
 * query whose expansion is bounded (a row cap per level, a hop cap), so a hub cannot drag the database along.
 */
import neo4j from 'neo4j-driver';
import { badInput } from '../errors.ts';
import { limits } from '../limits.ts';
import { ALL_RELATIONSHIP_TYPES } from '../facts/document.ts';
import { CypherBuilder } from '../read/cypher-builder.ts';
import { projectObject } from '../read/project.ts';
import { labelOfId, type CompiledQuery } from '../read/root-queries.ts';
import { childSelection, type ResolveTree } from '../read/selection.ts';

/** Relationship types a caller may walk; a closed list, so types never come from input. */
export const WALKABLE = ALL_RELATIONSHIP_TYPES;
export type Walkable = (typeof WALKABLE)[number];
/** Article edges are many and say little; they are walked only when asked for. */
export const DEFAULT_WALK: Walkable[] = WALKABLE.filter((t) => t !== 'MENTIONS' && t !== 'PUBLISHED_BY');

/** The explorer's bounds, from src/limits.ts. */
export const EXPLORE_LIMITS = {
  maxDepth: limits.maxNeighborhoodDepth,
  maxNodes: limits.maxNeighborhoodNodes,
  defaultNodes: limits.defaultNeighborhoodNodes,
  maxHops: limits.maxPathHops,
  maxPaths: limits.maxPaths,
};

function relTypes(types: unknown): string {
  const list = Array.isArray(types) && types.length ? (types as string[]) : DEFAULT_WALK;
  for (const t of list) if (!(WALKABLE as readonly string[]).includes(t)) throw badInput(`unknown relation type ${t}`);
  return list.join('|');
}

const confirmed = (r: string) => `coalesce(${r}.status, 'CONFIRMED') = 'CONFIRMED'`;

function intArg(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be between ${min} and ${max}; got ${String(value)}`, { argument: name, min, max });
  }
  return value;
}

/** Projections of the nodes and edges a subgraph selection asks for. */
function elementProjections(tree: ResolveTree, q: CypherBuilder) {
  return {
    node: (v: string) => projectObject(childSelection(tree, 'nodes'), { node: v }, q),
    edge: (r: string) => projectObject(childSelection(tree, 'edges'), { rel: r, from: `startNode(${r})`, to: `endNode(${r})` }, q),
  };
}

/**
 * The subgraph around `id`, level by level: each level expands from the previous one's new nodes, with at most
 * `limit + 1` relationships a level, so the query stops early on hubs and knows whether it cut.
 */
export function neighborhood(tree: ResolveTree): CompiledQuery {
  const args = tree.args;
  const id = String(args.id ?? '');
  const label = labelOfId(id);
  const depth = intArg(args.depth, 'depth', 1, EXPLORE_LIMITS.maxDepth, 1);
  const limit = intArg(args.limit, 'limit', 1, EXPLORE_LIMITS.maxNodes, EXPLORE_LIMITS.defaultNodes);
  const types = relTypes(args.relationTypes);
  const q = new CypherBuilder();
  const cap = q.int(limit + 1);
  const levels: string[] = [];
  for (let level = 1; level <= depth; level++) {
    const from = level === 1 ? '[start]' : `nodes${level - 1}`;
    const seenRels = Array.from({ length: level - 1 }, (_, i) => `rels${i + 1}`).join(' + ') || '[]';
    const seenNodes = ['[start]', ...Array.from({ length: level - 1 }, (_, i) => `nodes${i + 1}`)].join(' + ');
    const imports = ['start', ...Array.from({ length: level - 1 }, (_, i) => [`nodes${i + 1}`, `rels${i + 1}`]).flat()];
    levels.push(`CALL (${imports.join(', ')}) {
      WITH ${from} AS frontier, ${seenRels} AS seenRels, ${seenNodes} AS seenNodes
      UNWIND frontier AS f
      MATCH (f)-[r:${types}]-(m)
      WHERE ${confirmed('r')} AND NOT r IN seenRels AND (m:Entity OR m:Statement OR m:Article)
      WITH r, m, seenNodes LIMIT ${cap}
      // Aggregating without a grouping key always yields a row, even when nothing was found.
      WITH collect(DISTINCT r) AS rs, collect(DISTINCT m) AS ms, head(collect(seenNodes)) AS seen
      RETURN rs AS rels${level}, [x IN ms WHERE NOT x IN coalesce(seen, [])] AS nodes${level}
    }`);
  }
  const allRels = Array.from({ length: depth }, (_, i) => `rels${i + 1}`).join(' + ');
  const allNodes = ['[start]', ...Array.from({ length: depth }, (_, i) => `nodes${i + 1}`)].join(' + ');
  const levelCut = Array.from({ length: depth }, (_, i) => `size(rels${i + 1}) >= ${cap}`).join(' OR ');
  const p = elementProjections(tree, q);
  const max = q.int(limit);
  const cypher = `MATCH (start:${label} {id: ${q.param(id)}})
    ${levels.join('\n    ')}
    WITH ${allNodes} AS everyNode, ${allRels} AS everyRel, (${levelCut}) AS levelCut
    WITH everyNode[0..${max}] AS kept, everyRel, levelCut OR size(everyNode) > ${max} AS truncated
    WITH kept, truncated, [r IN everyRel WHERE startNode(r) IN kept AND endNode(r) IN kept] AS rels
    RETURN true AS found, truncated,
      [n IN kept | ${p.node('n')}] AS nodes,
      [r IN rels | ${p.edge('r')}] AS edges`;
  return { cypher, params: q.params };
}

/** Shortest paths between two entities, up to `maxHops`, as ordered nodes and edges. */
export function paths(tree: ResolveTree): CompiledQuery {
  const args = tree.args;
  const from = String(args.from ?? '');
  const to = String(args.to ?? '');
  const fromLabel = labelOfId(from, 'from');
  const toLabel = labelOfId(to, 'to');
  const maxHops = intArg(args.maxHops, 'maxHops', 1, EXPLORE_LIMITS.maxHops, 4);
  const first = intArg(args.first, 'first', 1, EXPLORE_LIMITS.maxPaths, 3);
  const types = relTypes(args.relationTypes);
  const q = new CypherBuilder();
  const p = elementProjections(tree, q);
  // Hop and path counts are validated integers; Cypher takes them only as literals here.
  const cypher = `MATCH (a:${fromLabel} {id: ${q.param(from)}}), (b:${toLabel} {id: ${q.param(to)}})
    OPTIONAL MATCH path = SHORTEST ${first} (a)(()-[r:${types} WHERE ${confirmed('r')}]-()){1,${maxHops}}(b)
    WITH path WHERE path IS NOT NULL
    RETURN size(relationships(path)) AS length,
      [n IN nodes(path) | ${p.node('n')}] AS nodes,
      [r IN relationships(path) | ${p.edge('r')}] AS edges
    ORDER BY length`;
  return { cypher, params: q.params };
}
