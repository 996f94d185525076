/**
 * Where the time of a query goes in Neo4j. The service's Cypher for a GraphQL request is captured by running
 * the request in-process against the service's schema with a database that records each read before running it;
 * that Cypher and the raw reference's are then run under PROFILE, and the plan is summed up: database hits,
 * rows, and the operators with the most hits.
 */
import { graphql } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Database, Params, RunOptions } from '../../src/db/database.ts';
import { ANONYMOUS } from '../../src/auth.ts';
import { createEventBus } from '../../src/events/bus.ts';
import { schema } from '../../src/graph/index.ts';
import { CYPHER, type CypherQueryName } from '../mix/cypher-queries.ts';

export interface PlanSummary {
  dbHits: number;
  rows: number;
  ms: number;
  /** Operators with the most database hits, e.g. "Expand(All) 22,410 hits, 7,500 rows". */
  top: string[];
  cypherChars: number;
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

async function profile(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<PlanSummary> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const started = performance.now();
    const result = await session.run(`PROFILE ${cypher}`, params);
    const ms = performance.now() - started;
    const plan = result.summary.profile as unknown as PlanNode | false;
    if (!plan) return { dbHits: NaN, rows: NaN, ms, top: [], cypherChars: cypher.length };
    const operators = flatten(plan);
    const n = (x: number) => Number(x).toLocaleString('en-US');
    return {
      dbHits: operators.reduce((sum, o) => sum + Number(o.dbHits), 0),
      rows: Number(plan.rows),
      ms,
      top: [...operators]
        .sort((a, b) => Number(b.dbHits) - Number(a.dbHits))
        .slice(0, 3)
        .map((o) => `${o.operatorType.replace(/@.*$/, '')} ${n(o.dbHits)} hits, ${n(o.rows)} rows`),
      cypherChars: cypher.length,
    };
  } finally {
    await session.close();
  }
}

/** The Cypher queries the service sends for one GraphQL request, captured without changing the service. */
export async function serviceCypher(db: Database, query: string, variables: Record<string, unknown>): Promise<Array<{ cypher: string; params: Params }>> {
  const captured: Array<{ cypher: string; params: Params }> = [];
  const recording = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'read') {
        return (cypher: string, params: Params = {}, options: RunOptions = {}) => {
          captured.push({ cypher, params });
          return target.read(cypher, params, options);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  const result = await graphql({
    schema,
    source: query,
    variableValues: variables,
    contextValue: { db: recording, counter: { count: 0 }, requestId: 'bench-profile', caller: ANONYMOUS, events: createEventBus() },
  });
  if (result.errors?.length) throw new Error(result.errors[0]!.message);
  return captured;
}

export async function profileService(driver: Driver, db: Database, query: string, variables: Record<string, unknown>): Promise<PlanSummary> {
  const [first] = await serviceCypher(db, query, variables);
  if (!first) throw new Error('the request sent no Cypher');
  return profile(driver, first.cypher, first.params);
}

export function profileRaw(driver: Driver, name: CypherQueryName, params: Record<string, unknown>): Promise<PlanSummary> {
  return profile(driver, CYPHER[name], params);
}
