/**
 * Checks that the generator stores what the service's write path stores: for each label and relationship type,
 * the labels and the property names with their Cypher value types of generated elements are compared with those
 * the `ingestFacts` mutation wrote during the seeding measurement.
 */
import type { Driver } from 'neo4j-driver';
import { TYPE_BY_PREFIX, type NodeType } from '../../src/facts/document.ts';
import { parseDocument } from '../../src/write/parse-document.ts';
import { prepareDocument } from '../../src/write/prepare-document.ts';
import type { Landmarks } from '../data/dataset.ts';
import { seedingDocuments } from '../seeding/documents.ts';

/** Properties a fact or entity has only when the source says so. */
const OPTIONAL = new Set(['description', 'title', 'subkind', 'effect', 'conditions', 'context', 'role']);

export interface ShapeComparison {
  element: string;
  verdict: 'same' | 'same but optional properties' | 'different';
  onlyGenerated: string[];
  onlyIngested: string[];
}

const signature = (x: string) => `[k IN keys(${x}) | k + ': ' + valueType(${x}[k])] AS sig`;

async function signatures(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<{ rows: number; sig: Set<string> }> {
  const { records } = await driver.executeQuery(cypher, params);
  const sig = new Set(records.flatMap((r) => [...(r.get('sig') as string[]), ...((r.has('labels') ? r.get('labels') : []) as string[]).map((l) => `label ${l}`)]));
  return { rows: records.length, sig };
}

/** An empty list has no element type (LIST<NOTHING>): it matches a list of anything under the same name. */
function matches(entry: string, others: Set<string>): boolean {
  if (others.has(entry)) return true;
  const [key, type] = entry.split(': ');
  if (!type?.startsWith('LIST<')) return false;
  return [...others].some((o) => {
    const [k, t] = o.split(': ');
    return k === key && t?.startsWith('LIST<') && (t.startsWith('LIST<NOTHING') || type.startsWith('LIST<NOTHING'));
  });
}

export async function checkStorageShape(driver: Driver, landmarks: Landmarks): Promise<ShapeComparison[]> {
  const [doc] = seedingDocuments(1, 'api', landmarks);
  const known = async (ids: string[]) => new Map(ids.map((id) => [id, TYPE_BY_PREFIX[id.split(':')[0]!] as NodeType]));
  const p = await prepareDocument(parseDocument(doc), known);
  const ingested = {
    person: p.entities.filter((e) => e.type === 'Person').map((e) => e.id),
    policy: p.entities.filter((e) => e.type === 'Policy').map((e) => e.id),
    statement: p.statements.map((s) => s.id),
    said: p.statements.map((s) => s.saidId),
    about: p.statements.flatMap((s) => s.about.map((a) => a.id)),
    relation: (type: string) => p.relations.filter((r) => r.type === type).map((r) => r.id),
  };
  const node = (label: string) => `MATCH (n:${label}) WHERE n.id IN $ids RETURN ${signature('n')}, labels(n) AS labels`;
  const rel = (type: string) => `MATCH ()-[r:${type}]->() WHERE r.id IN $ids RETURN ${signature('r')}`;
  const generatedArticles = `MATCH (a:Article) WHERE NOT a.title STARTS WITH 'Wire report' WITH a LIMIT 20`;
  const cases: Array<[string, string, Record<string, unknown>, string, Record<string, unknown>]> = [
    ['Person', `MATCH (n:Person) WHERE n.id IN [$hub, $minister, $from] RETURN ${signature('n')}, labels(n) AS labels`, landmarkParams(landmarks), node('Person'), { ids: ingested.person }],
    ['Policy', `MATCH (:Entity {id: $hub})-[:AUTHORIZED]->(n:Policy) WITH n LIMIT 20 RETURN ${signature('n')}, labels(n) AS labels`, landmarkParams(landmarks), node('Policy'), { ids: ingested.policy }],
    ['Statement', `MATCH (:Entity {id: $hub})-[:SAID]->(n:Statement) WITH n LIMIT 50 RETURN ${signature('n')}, labels(n) AS labels`, landmarkParams(landmarks), node('Statement'), { ids: ingested.statement }],
    ['Article', `${generatedArticles} RETURN ${signature('a')}, labels(a) AS labels`, {}, `MATCH (n:Article {id: $id}) RETURN ${signature('n')}, labels(n) AS labels`, { id: p.article.id }],
    ['SAID', `MATCH (:Entity {id: $hub})-[r:SAID]->() WITH r LIMIT 20 RETURN ${signature('r')}`, landmarkParams(landmarks), rel('SAID'), { ids: ingested.said }],
    ['ABOUT', `MATCH (:Entity {id: $hub})-[:SAID]->()-[r:ABOUT]->() WITH r LIMIT 20 RETURN ${signature('r')}`, landmarkParams(landmarks), rel('ABOUT'), { ids: ingested.about }],
    ['AUTHORIZED', `MATCH (:Entity {id: $hub})-[r:AUTHORIZED]->() WITH r LIMIT 20 RETURN ${signature('r')}`, landmarkParams(landmarks), rel('AUTHORIZED'), { ids: ingested.relation('AUTHORIZED') }],
    ['MEMBER_OF', `MATCH ()-[r:MEMBER_OF]->() WITH r LIMIT 20 RETURN ${signature('r')}`, {}, rel('MEMBER_OF'), { ids: ingested.relation('MEMBER_OF') }],
    ['APPLIES_TO', `MATCH (:Entity {id: $hub})-[:AUTHORIZED]->()-[r:APPLIES_TO]->() WITH r LIMIT 20 RETURN ${signature('r')}`, landmarkParams(landmarks), rel('APPLIES_TO'), { ids: ingested.relation('APPLIES_TO') }],
    ['MENTIONS', `${generatedArticles} MATCH (a)-[r:MENTIONS]->() WITH r LIMIT 20 RETURN ${signature('r')}`, {}, `MATCH (:Article {id: $id})-[r:MENTIONS]->() RETURN ${signature('r')}`, { id: p.article.id }],
    ['PUBLISHED_BY', `${generatedArticles} MATCH (a)-[r:PUBLISHED_BY]->() WITH r LIMIT 20 RETURN ${signature('r')}`, {}, `MATCH (:Article {id: $id})-[r:PUBLISHED_BY]->() RETURN ${signature('r')}`, { id: p.article.id }],
  ];
  const out: ShapeComparison[] = [];
  for (const [element, generatedCypher, generatedParams, ingestedCypher, ingestedParams] of cases) {
    const generated = await signatures(driver, generatedCypher, generatedParams);
    const written = await signatures(driver, ingestedCypher, ingestedParams);
    const onlyGenerated = [...generated.sig].filter((s) => !matches(s, written.sig)).sort();
    const onlyIngested = [...written.sig].filter((s) => !matches(s, generated.sig)).sort();
    const optional = [...onlyGenerated, ...onlyIngested].every((s) => OPTIONAL.has(s.split(':')[0]!));
    // Nothing found on one side means nothing to compare: reported as different.
    const verdict = generated.rows === 0 || written.rows === 0 ? 'different' : onlyGenerated.length + onlyIngested.length === 0 ? 'same' : optional ? 'same but optional properties' : 'different';
    out.push({ element, verdict, onlyGenerated, onlyIngested });
  }
  return out;
}

function landmarkParams(l: Landmarks) {
  return { hub: l.hub.id, minister: l.minister.id, from: l.pathFrom.id };
}
