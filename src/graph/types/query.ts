/**
 * Root queries: lookups by id and name, search, and the fact lists.
 */
import { field } from '../resolve.ts';
import { builder, type Projected } from '../builder.ts';
import { runRead, selectionOf } from '../resolve.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { limits } from '../../limits.ts';
import { toConnection, type RawConnection } from '../../read/paging.ts';
import { entitiesByName, labelOfId, nodesById, rootConnection, searchEntities } from '../../read/root-queries.ts';
import { ArticleRef, EntityRef, NodeRef, pageArgs } from './common.ts';
import { ArticleConnection, AuthorizationConnection, EntityType, ReversalConnection, StatementConnection } from './entities.ts';
import type { Context } from '../context.ts';
import type { GraphQLResolveInfo } from 'graphql';

async function fetchNodes(ctx: Context, info: GraphQLResolveInfo, ids: string[]): Promise<Array<Projected | null>> {
  const rows = await runRead(ctx, nodesById(ids, selectionOf(info).fieldsByTypeName), 'nodes');
  return rows.map((r) => r.result as Projected | null);
}

async function fetchNode(ctx: Context, info: GraphQLResolveInfo, id: string, argument = 'id'): Promise<Projected> {
  labelOfId(id, argument);
  const [node] = await fetchNodes(ctx, info, [id]);
  if (!node) throw notFound(`nothing has the id "${id}"`, { id });
  return node;
}

async function connectionQuery(
  field: 'statements' | 'authorizations' | 'reversals' | 'articles',
  args: Record<string, unknown>,
  ctx: Context,
  info: GraphQLResolveInfo,
) {
  const query = rootConnection(field, selectionOf(info));
  const [row] = await runRead(ctx, query, field);
  if (!row?.found) {
    const argument = query.anchorArgument ?? 'id';
    throw notFound(`nothing has the id "${String((args as Record<string, unknown>)[argument])}"`, { argument });
  }
  return toConnection(row.result as RawConnection, (args.first as number | null) ?? limits.defaultPageSize, args.after);
}

export const SearchHit = builder.objectRef<{ score: number; entity: Projected }>('SearchHit');
SearchHit.implement({
  fields: (t) => ({
    score: t.float({ resolve: field('score'),  description: 'Relevance; higher is better.' }),
    entity: t.field({ type: EntityRef, resolve: (hit) => hit.entity }),
  }),
});

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Anything by its global id; null when nothing has it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      labelOfId(String(id));
      return (await fetchNodes(ctx, info, [String(id)]))[0] ?? null;
    },
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description: `Several at once (at most ${limits.maxNodeIds}), in the order asked.`,
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, { ids }, ctx, info) => fetchNodes(ctx, info, ids.map(String)),
  }),
  entity: t.field({
    type: EntityRef,
    description: 'An entity by id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      const node = await fetchNode(ctx, info, String(id));
      if (node.__typename === 'Statement' || node.__typename === 'Article') throw badInput(`"${id}" is not an entity`);
      return node;
    },
  }),
  entityByName: t.field({
    type: EntityRef,
    description: 'An entity by its name or any alias ("Biden", "President Joe Biden").',
    args: {
      name: t.arg.string({ required: true }),
      type: t.arg({ type: EntityType, required: false }),
    },
    resolve: async (_root, { name, type }, ctx, info) => {
      const rows = await runRead(ctx, entitiesByName(name, type ? [type] : null, selectionOf(info).fieldsByTypeName), 'entityByName');
      if (rows.length === 0) throw notFound(`no entity is called "${name.slice(0, 100)}"`, { name });
      const ids = [...new Set(rows.map((r) => r.id as string))];
      if (ids.length > 1) {
        throw new AppError('AMBIGUOUS', `"${name.slice(0, 100)}" names ${ids.length} entities; ask by id or type`, {
          candidates: rows.map((r) => ({ id: r.id, name: r.name })),
        });
      }
      return rows[0]!.result as Projected;
    },
  }),
  search: t.field({
    type: [SearchHit],
    description: 'Entities whose names or aliases match the text, best first.',
    args: {
      text: t.arg.string({ required: true }),
      types: t.arg({ type: [EntityType], required: false }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, { text, types, first }, ctx, info) => {
      const rows = await runRead(ctx, searchEntities(text, types, first ?? 10, selectionOf(info)), 'search');
      return rows.map((r) => r.result as { score: number; entity: Projected });
    },
  }),
  statements: t.field({
    type: StatementConnection,
    description: 'Statements, filtered by speaker, topic and date.',
    args: {
      ...pageArgs(t),
      speaker: t.arg.id({ required: false }),
      about: t.arg.id({ required: false }),
    },
    resolve: (_root, args, ctx, info) => connectionQuery('statements', args, ctx, info),
  }),
  authorizations: t.field({
    type: AuthorizationConnection,
    description: 'Who authorized which policy, and when.',
    args: { ...pageArgs(t), by: t.arg.id({ required: false }), policy: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx, info) => connectionQuery('authorizations', args, ctx, info),
  }),
  reversals: t.field({
    type: ReversalConnection,
    description: 'Who reversed which policy or statement, and when.',
    args: { ...pageArgs(t), by: t.arg.id({ required: false }), target: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx, info) => connectionQuery('reversals', args, ctx, info),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles by publication date.',
    args: pageArgs(t),
    resolve: (_root, args, ctx, info) => connectionQuery('articles', args, ctx, info),
  }),
  article: t.field({
    type: ArticleRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      const node = await fetchNode(ctx, info, String(id));
      if (node.__typename !== 'Article') throw badInput(`"${id}" is not an article`);
      return node;
    },
  }),
}));

export { fetchNode, fetchNodes };

export const GraphStats = builder.objectRef<{ nodes: number; relationships: number; articles: number; entities: number; statements: number }>('GraphStats');
GraphStats.implement({
  description: 'Sizes of the graph.',
  fields: (t) => ({
    nodes: t.exposeInt('nodes'),
    relationships: t.exposeInt('relationships'),
    articles: t.exposeInt('articles'),
    entities: t.exposeInt('entities'),
    statements: t.exposeInt('statements'),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: GraphStats,
    description: 'How many nodes, relationships, articles, entities and statements the graph holds.',
    resolve: async (_root, _args, ctx) => {
      // Counts by label and in total come from Neo4j's count store: constant time, no scan.
      const [row] = await runRead(
        ctx,
        {
          cypher: `RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships,
            COUNT { MATCH (a:Article) } AS articles, COUNT { MATCH (e:Entity) } AS entities,
            COUNT { MATCH (s:Statement) } AS statements`,
          params: {},
        },
        'stats',
      );
      return row as never;
    },
  }),
);
