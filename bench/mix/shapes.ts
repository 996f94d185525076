/**
 * The fixed mix of frontend queries, each as one HTTP request per target (the service, the @neo4j/graphql
 * contender, the raw Cypher endpoint) and a function that reads the answer's ids in order, so answers can be
 * compared across targets.
 */
import * as contender from './contender-queries.ts';
import type { MixInputs } from './inputs.ts';
import * as service from './service-queries.ts';

export const TARGETS = ['service', 'contender', 'raw'] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_LABEL: Record<Target, string> = {
  service: 'Stancegraph',
  contender: '@neo4j/graphql 7',
  raw: 'raw Cypher',
};

export interface HttpRequest {
  path: string;
  body: string;
}

export interface QueryShape {
  key: string;
  label: string;
  /** Part of the mix throughput (page one is measured only to compare the deep page with it). */
  inMix: boolean;
  requests: Record<Target, HttpRequest>;
  /** How a target expresses the query, when not with its ordinary API. */
  notes: Partial<Record<Target, string>>;
  /** The answer as ids in order; throws when the response is an error. */
  ids: Record<Target, (body: any) => string[]>;
}

const gql = (query: string, variables: Record<string, unknown>): HttpRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const cypher = (name: string, params: Record<string, unknown>): HttpRequest => ({ path: `/cypher/${name}`, body: JSON.stringify(params) });

/** GraphQL `data`, or an error carrying the first GraphQL error's message. */
function data(body: any): any {
  if (body?.errors?.length) throw new Error(String(body.errors[0].message));
  if (!body?.data) throw new Error('no data');
  return body.data;
}
function rows(body: any): any[] {
  if (!body?.rows) throw new Error(String(body?.error ?? 'no rows'));
  return body.rows;
}
const graphIds = (g: any) => [...g.nodes.map((n: any) => `node ${n.id}`), ...g.edges.map((e: any) => `edge ${e.id}`)];
const pathIds = (paths: any[]) => paths.map((p: any) => p.nodes.map((n: any) => n.id).join(' > '));
const eventIds = (events: any[]) => events.map((e: any) => `${e.kind} ${e.fact?.id ?? e.article?.id}`);

export function buildMix(inputs: MixInputs): QueryShape[] {
  const { hub, minister, pathFrom, pathTo } = inputs.landmarks;
  const { deep, search } = inputs;
  const statementPage = (after: boolean): QueryShape => ({
    key: after ? 'deepPage' : 'pageOne',
    label: after ? '(c) deep page 5,000-5,050' : 'page one (1-50), for (c)',
    inMix: after,
    requests: {
      service: gql(service.STATEMENT_PAGE, { id: hub.id, after: after ? deep.serviceCursor : null }),
      contender: gql(contender.STATEMENT_PAGE, { id: hub.id, after: after ? deep.contenderCursor : null }),
      raw: cypher('statementPage', { id: hub.id, afterDate: after ? deep.afterDate : null, afterId: after ? deep.afterId : null }),
    },
    notes: { contender: 'offset cursor', service: 'keyset cursor', raw: 'keyset' },
    ids: {
      service: (b) => data(b).statements.edges.map((e: any) => e.node.id),
      contender: (b) => data(b).people[0].statementsConnection.edges.map((e: any) => e.node.id),
      raw: (b) => rows(b).slice(0, 50).map((r: any) => r.statement.id),
    },
  });
  return [
    {
      key: 'entityPage',
      label: '(a) entity page',
      inMix: true,
      requests: {
        service: gql(service.ENTITY_PAGE, { id: hub.id }),
        contender: gql(contender.ENTITY_PAGE, { id: hub.id }),
        raw: cypher('entityPage', { id: hub.id }),
      },
      notes: {},
      ids: {
        service: (b) => {
          const e = data(b).entity;
          return [
            ...e.statements.edges.map((x: any) => `said ${x.node.id}`),
            ...e.authorizations.edges.map((x: any) => `authorized ${x.node.id}`),
            ...e.reversals.edges.map((x: any) => `reversed ${x.node.id}`),
          ];
        },
        contender: (b) => {
          const p = data(b).people[0];
          return [
            ...p.statementsConnection.edges.map((x: any) => `said ${x.node.id}`),
            ...p.authorizationsConnection.edges.map((x: any) => `authorized ${x.properties.id}`),
            ...p.reversalsConnection.edges.map((x: any) => `reversed ${x.properties.id}`),
          ];
        },
        raw: (b) => {
          const p = rows(b)[0].page;
          return [
            ...p.statements.slice(0, 20).map((x: any) => `said ${x.id}`),
            ...p.authorizations.slice(0, 20).map((x: any) => `authorized ${x.id}`),
            ...p.reversals.slice(0, 20).map((x: any) => `reversed ${x.id}`),
          ];
        },
      },
    },
    {
      key: 'search',
      label: '(b) search',
      inMix: true,
      requests: {
        service: gql(service.SEARCH, { text: search.text }),
        contender: gql(contender.SEARCH, { phrase: search.lucene }),
        raw: cypher('search', { lucene: search.lucene, limit: search.luceneLimit, first: 10 }),
      },
      notes: { contender: '@fulltext' },
      ids: {
        service: (b) => data(b).search.map((h: any) => h.entity.id),
        contender: (b) => data(b).searchEntities.edges.map((e: any) => e.node.id),
        raw: (b) => rows(b).map((r: any) => r.entity.id),
      },
    },
    statementPage(true),
    statementPage(false),
    {
      key: 'neighborhood',
      label: '(d) neighborhood, depth 2',
      inMix: true,
      requests: {
        service: gql(service.NEIGHBORHOOD, { id: minister.id }),
        contender: gql(contender.NEIGHBORHOOD, { id: minister.id }),
        raw: cypher('neighborhood', { id: minister.id, cap: 201, limit: 200 }),
      },
      notes: { contender: '@cypher field (hand-written Cypher)' },
      ids: {
        service: (b) => graphIds(data(b).neighborhood),
        contender: (b) => graphIds(data(b).neighborhood),
        raw: (b) => graphIds(rows(b)[0]),
      },
    },
    {
      key: 'path',
      label: '(e) path',
      inMix: true,
      requests: {
        service: gql(service.PATHS, { from: pathFrom.id, to: pathTo.id }),
        contender: gql(contender.PATHS, { from: pathFrom.id, to: pathTo.id }),
        raw: cypher('paths', { from: pathFrom.id, to: pathTo.id }),
      },
      notes: { contender: '@cypher field (hand-written Cypher)' },
      ids: {
        service: (b) => pathIds(data(b).paths),
        contender: (b) => pathIds(data(b).paths),
        raw: (b) => pathIds(rows(b)),
      },
    },
    {
      key: 'timeline',
      label: '(f) timeline',
      inMix: true,
      requests: {
        service: gql(service.TIMELINE, { id: minister.id }),
        contender: gql(contender.TIMELINE, { id: minister.id }),
        raw: cypher('timeline', { id: minister.id, first: 200 }),
      },
      notes: { contender: '@cypher field (hand-written Cypher)' },
      ids: {
        service: (b) => eventIds(data(b).timeline),
        contender: (b) => eventIds(data(b).timeline),
        raw: (b) => eventIds(rows(b).map((r: any) => r.event)),
      },
    },
  ];
}
