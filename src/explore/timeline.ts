/**
 * Everything dated about one entity, oldest first: what it said and what was said about it, what it authorized
 * or reversed and what others did to it, its supporting relations and the articles that mention it. One query.
 */
import { badInput } from '../errors.ts';
import { limits } from '../limits.ts';
import { CypherBuilder } from '../read/cypher-builder.ts';
import { projectObject, sourcesOf } from '../read/project.ts';
import { labelOfId, type CompiledQuery } from '../read/root-queries.ts';
import { childSelection, type ResolveTree } from '../read/selection.ts';

export const TIMELINE_LIMIT = limits.maxTimelineEvents;

const ok = (x: string) => `coalesce(${x}.status, 'CONFIRMED') = 'CONFIRMED'`;
const date = (x: string) => `{from: ${x}.dateFrom, to: ${x}.dateTo, precision: ${x}.datePrecision, text: ${x}.dateText}`;
const articleDate = (x: string) => `{from: ${x}.publishedFrom, to: ${x}.publishedTo, precision: ${x}.publishedPrecision, text: ${x}.publishedText}`;

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
  const nodeFact = (s: string) => projectObject(factSel, { node: s }, q);
  const relFact = (r: string, a: string, b: string) => projectObject(factSel, { rel: r, from: a, to: b }, q);
  const event = (kind: string, dateOf: string, summary: string, fact: string, sourcesFrom: string | null, article = 'null') =>
    `RETURN ${dateOf}.dateFrom AS d, coalesce(${sourcesFrom ?? dateOf}.id, '') AS key, {kind: '${kind}', date: ${date(dateOf)}, summary: ${summary}, fact: ${fact},
      sources: ${sourcesFrom ? sourcesOf(sourcesFrom, src, q) : '[]'}, article: ${article}} AS event`;
  const branches = [
    `MATCH (e)-[:SAID]->(s:Statement) WHERE ${ok('s')}
     ${event('SAID', 's', `e.name + ': "' + s.quote + '"'`, nodeFact('s'), 's')}`,
    `MATCH (x:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(e) WHERE ${ok('s')} AND x <> e
     ${event('SPOKEN_ABOUT', 's', `x.name + ': "' + s.quote + '"'`, nodeFact('s'), 's')}`,
    `MATCH (e)-[r:AUTHORIZED]->(p:Policy) WHERE ${ok('r')}
     ${event('AUTHORIZED', 'r', `e.name + ' authorized: ' + p.name`, relFact('r', 'e', 'p'), 'r')}`,
    `MATCH (a:Entity)-[r:AUTHORIZED]->(e) WHERE ${ok('r')}
     ${event('AUTHORIZED', 'r', `a.name + ' authorized: ' + e.name`, relFact('r', 'a', 'e'), 'r')}`,
    `MATCH (e)-[r:REVERSED]->(t) WHERE ${ok('r')}
     ${event('REVERSED', 'r', `e.name + ' reversed: ' + coalesce(t.name, '"' + t.quote + '"')`, relFact('r', 'e', 't'), 'r')}`,
    `MATCH (a:Entity)-[r:REVERSED]->(e) WHERE ${ok('r')}
     ${event('REVERSED', 'r', `a.name + ' reversed: ' + e.name`, relFact('r', 'a', 'e'), 'r')}`,
    `MATCH (e)-[r:CONCERNS|APPLIES_TO|MEMBER_OF|SPEAKS_FOR]->(o:Entity) WHERE ${ok('r')}
     ${event('RELATION', 'r', `e.name + ' ' + toLower(replace(type(r), '_', ' ')) + ' ' + o.name`, relFact('r', 'e', 'o'), 'r')}`,
    `MATCH (o:Entity)-[r:CONCERNS|APPLIES_TO|MEMBER_OF|SPEAKS_FOR]->(e) WHERE ${ok('r')}
     ${event('RELATION', 'r', `o.name + ' ' + toLower(replace(type(r), '_', ' ')) + ' ' + e.name`, relFact('r', 'o', 'e'), 'r')}`,
    `MATCH (a:Article)-[:MENTIONS]->(e)
     RETURN a.dateFrom AS d, a.id AS key, {kind: 'MENTIONED', date: ${articleDate('a')}, summary: 'Mentioned in ' + coalesce(a.title, a.id),
       fact: null, sources: [], article: ${projectObject(articleSel, { node: 'a' }, q)}} AS event`,
  ];
  const cypher = `MATCH (e:Entity {id: ${q.param(id)}})
    CALL (e) {
      ${branches.join('\n      UNION ALL\n      ')}
    }
    WITH d, key, event
    WHERE (${q.param(from ?? null)} IS NULL OR event.date.to >= ${q.param(from ?? null)})
      AND (${q.param(to ?? null)} IS NULL OR d <= ${q.param(to ?? null)})
    RETURN event ORDER BY d, event.kind, key LIMIT ${q.int(first)}`;
  return { cypher: `${cypher}`, params: q.params };
}

/** Whether the entity exists (a timeline of nothing is NOT_FOUND, not empty). */
export function entityExists(id: string): CompiledQuery {
  return { cypher: 'OPTIONAL MATCH (e:Entity {id: $id}) RETURN e IS NOT NULL AS found', params: { id } };
}

