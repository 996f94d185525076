/**
 * Shared shapes: the Node, Entity and Fact interfaces, fact dates, sources and connections.
 */
import { field } from '../resolve.ts';
import { builder, type Projected } from '../builder.ts';
import { projected, typeOf } from '../resolve.ts';
import { toConnection, type RawConnection } from '../../read/paging.ts';
import { limits } from '../../limits.ts';
import { EDGE_TYPE } from '../../read/selection.ts';

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How precisely a date is known.',
  values: ['YEAR', 'MONTH', 'DAY'] as const,
});

export const FactStatus = builder.enumType('FactStatus', {
  description: 'Facts below the confidence threshold wait for an editor; queries return confirmed facts by default.',
  values: ['CONFIRMED', 'UNCONFIRMED', 'REJECTED'] as const,
});

export const SortOrder = builder.enumType('SortOrder', {
  description: 'By date: ASC is oldest first.',
  values: ['ASC', 'DESC'] as const,
});

export const FactDate = builder.objectRef<{ from: string; to: string; precision: 'YEAR' | 'MONTH' | 'DAY'; text: string }>('FactDate');
FactDate.implement({
  description: 'When a fact held: a day, a month, a year or a range of them, with its precision.',
  fields: (t) => ({
    from: t.string({ resolve: field('from'),  description: 'First day it may have held (YYYY-MM-DD).' }),
    to: t.string({ resolve: field('to'),  description: 'Last day it may have held (YYYY-MM-DD).' }),
    precision: t.field({ resolve: field('precision'),  type: DatePrecision }),
    text: t.string({ resolve: field('text'),  description: 'Compact form: 2020, 2022-06, 2024-11-19 or 2021-01/2024-11.' }),
  }),
});

export const NodeRef = builder.interfaceRef<Projected>('Node');
NodeRef.implement({
  description: 'Anything with a stable global id; fetch it again with `node(id:)`.',
  resolveType: typeOf,
  fields: (t) => ({ id: t.id({ resolve: field('id') }) }),
});

export const EntityRef = builder.interfaceRef<Projected>('Entity');
export const ArticleRef = builder.objectRef<Projected>('Article');
export const StatementRef = builder.objectRef<Projected>('Statement');
export const PersonRef = builder.objectRef<Projected>('Person');
export const AgencyRef = builder.objectRef<Projected>('Agency');
export const WeaponSystemRef = builder.objectRef<Projected>('WeaponSystem');
export const PlaceRef = builder.objectRef<Projected>('Place');
export const PolicyRef = builder.objectRef<Projected>('Policy');

export const SourceRef = builder.objectRef<Projected>('Source');
SourceRef.implement({
  description: 'Where a fact comes from: the article and the sentence in it.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: projected }),
    sentence: t.string({ resolve: field('sentence') }),
    start: t.int({ resolve: field('start'),  description: 'Character offset of the sentence in the article text.' }),
    end: t.int({ resolve: field('end') }),
  }),
});

export const FactRef = builder.interfaceRef<Projected>('Fact');
FactRef.implement({
  description: 'A dated claim backed by one or more sources.',
  resolveType: typeOf,
  fields: (t) => ({
    id: t.id({ resolve: field('id') }),
    date: t.field({ type: FactDate, description: 'When the fact held (not when it was reported).', resolve: projected }),
    status: t.field({ resolve: field('status'),  type: FactStatus }),
    confidence: t.float({ resolve: field('confidence') }),
    sources: t.field({ type: [SourceRef], resolve: projected }),
  }),
});

export const PageInfo = builder.objectRef<{
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}>('PageInfo');
PageInfo.implement({
  fields: (t) => ({
    hasNextPage: t.boolean({ resolve: field('hasNextPage') }),
    hasPreviousPage: t.boolean({ resolve: field('hasPreviousPage') }),
    startCursor: t.string({ resolve: field('startCursor'),  nullable: true }),
    endCursor: t.string({ resolve: field('endCursor'),  nullable: true }),
  }),
});

type Connection = ReturnType<typeof toConnection>;

/** `XConnection` and `XEdge` for a node type; edges also carry the node's date and sources. */
export function connectionOf(name: string, nodeRef: typeof StatementRef | typeof FactRef, dated = true) {
  const edge = builder.objectRef<{ cursor: string; node: Projected }>(`${name}Edge`);
  edge.implement({
    fields: (t) => ({
      cursor: t.string({ resolve: field('cursor') }),
      node: t.field({ type: nodeRef, resolve: (e) => e.node }),
      ...(dated
        ? {
            date: t.field({
              type: FactDate,
              nullable: true,
              description: 'When the fact held.',
              resolve: (e, _a, _c, info) => e.node[`${EDGE_TYPE}_${String(info.path.key)}`] as never,
            }),
            sources: t.field({
              type: [SourceRef],
              description: 'The articles and sentences behind it.',
              resolve: (e, _a, _c, info) => e.node[`${EDGE_TYPE}_${String(info.path.key)}`] as never,
            }),
          }
        : {}),
    }),
  });
  const connection = builder.objectRef<Connection>(`${name}Connection`);
  connection.implement({
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (c) => c.edges }),
      nodes: t.field({ type: [nodeRef], resolve: (c) => c.nodes }),
      pageInfo: t.field({ type: PageInfo, resolve: (c) => c.pageInfo }),
      totalCount: t.int({ nullable: true, description: 'All matching items (costs a count).', resolve: (c) => c.totalCount }),
    }),
  });
  return connection;
}

/** Paging arguments shared by every connection. */
export const pageArgs = (t: { arg: any }) => ({
  first: t.arg.int({ description: `Page size, 1 to ${limits.maxPageSize}.`, defaultValue: limits.defaultPageSize }),
  after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
  order: t.arg({ type: SortOrder, defaultValue: 'ASC' }),
  from: t.arg({ type: 'Date', required: false, description: 'Only facts that held on or after this day.' }),
  to: t.arg({ type: 'Date', required: false, description: 'Only facts that held on or before this day.' }),
  includeUnconfirmed: t.arg.boolean({ defaultValue: false, description: 'Also facts waiting for review.' }),
});

/** Turns a projected `{items, total}` into a connection. */
export function resolveConnection(parent: Projected, args: { first?: number | null; after?: string | null }, ctx: any, info: any) {
  const raw = projected(parent, args, ctx, info) as unknown as RawConnection;
  return toConnection(raw, args.first ?? limits.defaultPageSize, args.after);
}
