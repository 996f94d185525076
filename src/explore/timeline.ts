/**
 * Everything dated about one entity, oldest first: what it said and what was said about it, what it authorized
 * or reversed and what others did to it, its supporting relations and the articles that mention it. One query.
 */
import { badInput } from '../errors.ts';
import { limits } from '../limits.ts';
import { CypherBuilder } from '../read/cypher-builder.ts';
import { articleDate, factDate, projectObject, sourcesOf, statusFilter } from '../read/project.ts';
import { labelOfId, type CompiledQuery } from '../read/root-queries.ts';
import { childSelection, type ResolveTree } from '../read/selection.ts';

export const TIMELINE_LIMIT = limits.maxTimelineEvents;

const ok = (x: string) => statusFilter(x, false);

/** The ResolveTree of the `sources` field asked for on timeline events (merged over aliases). */
function sourcesTree(tree: ResolveTree): ResolveTree {
  return { name: 'sources', alias: 'sources', args: {}, fieldsByTypeName: childSelection(tree, 'sources') };
}

export function timeline(tree: ResolveTree): CompiledQuery {
  const { id, from, to } = tree.args as { id?: string; from?: string | null; to?: string | null };
  const label = labelOfId(String(id ?? ''));
  if (label !== 'Entity') throw badInput('a timeline is of an entity', { argument: 'id' });
  const first = (tree.args.first as number | undefined) ?? 200;
  if (!Number.isInteger(first) || first < 1 || first > TIMELINE_LIMIT) {
    throw badInput(`first must be between 1 and ${TIMELINE_LIMIT}; got ${first}`, { argument: 'first' });
  }
  const q = new CypherBuilder();
  const factSel = childSelection(tree, 'fact');
  const articleSel = childSelection(tree, 'article');
  const src = sourcesTree(tree);
  const dateSel = { name: 'date', alias: 'date', args: {}, fieldsByTypeName: childSelection(tree, 'date') };
  const date = (x: string) => factDate(x, 'date', dateSel);
  // Every branch yields only sort keys and references; the projection (sources, article look-ups) runs after the
  // sort and limit, on the kept events only, so a hub with thousands of statements costs what its first page costs.
  const nodeEvent = (kind: string, s: string, speaker: string) =>
    `RETURN '${kind}' AS kind, ${s}.dateFrom AS d, ${s}.dateTo AS dTo, ${s}.id AS key, ${s} AS node, null AS rel, ${speaker} AS speaker`;
  const relEvent = (kind: string, r: string) =>
    `RETURN '${kind}' AS kind, ${r}.dateFrom AS d, ${r}.dateTo AS dTo, ${r}.id AS key, null AS node, ${r} AS rel, null AS speaker`;
  const branches = [
    `MATCH (e)-[:SAID]->(s:Statement) WHERE ${ok('s')} ${nodeEvent('SAID', 's', 'e')}`,
    `MATCH (x:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(e) WHERE ${ok('s')} AND x <> e ${nodeEvent('SPOKEN_ABOUT', 's', 'x')}`,
    `MATCH (e)-[r:AUTHORIZED]->(:Policy) WHERE ${ok('r')} ${relEvent('AUTHORIZED', 'r')}`,
    `MATCH (:Entity)-[r:AUTHORIZED]->(e) WHERE ${ok('r')} ${relEvent('AUTHORIZED', 'r')}`,
    `MATCH (e)-[r:REVERSED]->() WHERE ${ok('r')} ${relEvent('REVERSED', 'r')}`,
    `MATCH (:Entity)-[r:REVERSED]->(e) WHERE ${ok('r')} ${relEvent('REVERSED', 'r')}`,
    `MATCH (e)-[r:CONCERNS|APPLIES_TO|MEMBER_OF|SPEAKS_FOR]->(:Entity) WHERE ${ok('r')} ${relEvent('RELATION', 'r')}`,
    `MATCH (:Entity)-[r:CONCERNS|APPLIES_TO|MEMBER_OF|SPEAKS_FOR]->(e) WHERE ${ok('r')} ${relEvent('RELATION', 'r')}`,
    `MATCH (a:Article)-[:MENTIONS]->(e) RETURN 'MENTIONED' AS kind, a.dateFrom AS d, a.dateTo AS dTo, a.id AS key, a AS node, null AS rel, null AS speaker`,
  ];
  const summary = `CASE kind
      WHEN 'SAID' THEN speaker.name + ': "' + node.quote + '"'
      WHEN 'SPOKEN_ABOUT' THEN speaker.name + ': "' + node.quote + '"'
      WHEN 'AUTHORIZED' THEN fromNode.name + ' authorized: ' + toNode.name
      WHEN 'REVERSED' THEN fromNode.name + ' reversed: ' + coalesce(toNode.name, '"' + toNode.quote + '"')
      WHEN 'RELATION' THEN fromNode.name + ' ' + toLower(replace(type(rel), '_', ' ')) + ' ' + toNode.name
      ELSE 'Mentioned in ' + coalesce(node.title, node.id) END`;
  const cypher = `MATCH (e:Entity {id: ${q.param(id)}})
    CALL (e) {
      ${branches.join('\n      UNION ALL\n      ')}
    }
    WITH kind, d, dTo, key, node, rel, speaker
    WHERE (${q.param(from ?? null)} IS NULL OR dTo >= ${q.param(from ?? null)})
      AND (${q.param(to ?? null)} IS NULL OR d <= ${q.param(to ?? null)})
    WITH kind, d, key, node, rel, speaker ORDER BY d, kind, key LIMIT ${q.int(first)}
    WITH kind, node, rel, speaker, startNode(rel) AS fromNode, endNode(rel) AS toNode
    RETURN {
      kind: kind,
      date: CASE WHEN kind = 'MENTIONED' THEN ${articleDate('node', dateSel)} WHEN rel IS NULL THEN ${date('node')} ELSE ${date('rel')} END,
      summary: ${summary},
      fact: CASE WHEN rel IS NOT NULL THEN ${projectObject(factSel, { rel: 'rel', from: 'fromNode', to: 'toNode' }, q)}
                 WHEN kind = 'MENTIONED' THEN null ELSE ${projectObject(factSel, { node: 'node' }, q)} END,
      sources: CASE WHEN rel IS NOT NULL THEN ${sourcesOf('rel', src, q)} WHEN kind = 'MENTIONED' THEN [] ELSE ${sourcesOf('node', src, q)} END,
      article: CASE WHEN kind = 'MENTIONED' THEN ${projectObject(articleSel, { node: 'node' }, q)} ELSE null END
    } AS event`;
  return { cypher: `${cypher}`, params: q.params };
}

/** Whether the entity exists (a timeline of nothing is NOT_FOUND, not empty). */
export function entityExists(id: string): CompiledQuery {
  return { cypher: 'OPTIONAL MATCH (e:Entity {id: $id}) RETURN e IS NOT NULL AS found', params: { id } };
}

