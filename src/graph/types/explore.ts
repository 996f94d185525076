/**
 * Graph-shaped questions for analysts: neighborhoods, paths, timelines, stance changes, policies in force at a
 * date, and the live feed of ingested articles.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { builder, type Projected } from '../builder.ts';
import { field, projected, runRead, selectionOf } from '../resolve.ts';
import type { Context } from '../context.ts';
import { notFound } from '../../errors.ts';
import { neighborhood, paths, EXPLORE_LIMITS, WALKABLE } from '../../explore/subgraph.ts';
import { entityExists, timeline, TIMELINE_LIMIT } from '../../explore/timeline.ts';
import { detectStanceChanges, positionsQuery, type Position } from '../../explore/stance.ts';
import { policiesInForce } from '../../explore/in-force.ts';
import { nodesById } from '../../read/root-queries.ts';
import { ArticleRef, EntityRef, FactDate, FactRef, NodeRef, PolicyRef, SourceRef } from './common.ts';
import type { ArticleIngestedEvent } from '../../events/bus.ts';

export const WalkableType = builder.enumType('WalkableRelation', { values: WALKABLE });

const GraphNode = builder.objectRef<Projected>('GraphNode');
GraphNode.implement({
  description: 'A node of a drawn subgraph.',
  fields: (t) => ({
    id: t.id({ resolve: field('id') }),
    type: t.string({ description: 'Person, Agency, WeaponSystem, Policy, Place, Statement or Article.', resolve: field('type') }),
    label: t.string({ resolve: field('label') }),
    date: t.field({ type: FactDate, nullable: true, description: 'Statements and articles: their date.', resolve: projected }),
    node: t.field({ type: NodeRef, description: 'The node itself, for any detail.', resolve: projected }),
  }),
});

const GraphEdge = builder.objectRef<Projected>('GraphEdge');
GraphEdge.implement({
  description: 'An edge of a drawn subgraph, with its date and sources.',
  fields: (t) => ({
    id: t.id({ resolve: field('id') }),
    type: t.field({ type: WalkableType, resolve: field('type') }),
    source: t.id({ description: 'Id of the node it starts from.', resolve: field('source') }),
    target: t.id({ description: 'Id of the node it points to.', resolve: field('target') }),
    role: t.string({ nullable: true, resolve: field('role') }),
    date: t.field({ type: FactDate, nullable: true, resolve: projected }),
    sources: t.field({ type: [SourceRef], resolve: projected }),
  }),
});

const Subgraph = builder.objectRef<{ nodes: Projected[]; edges: Projected[]; truncated: boolean }>('Subgraph');
Subgraph.implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], resolve: (s) => s.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (s) => s.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when the limit cut the neighborhood short.' }),
  }),
});

const Path = builder.objectRef<{ length: number; nodes: Projected[]; edges: Projected[] }>('Path');
Path.implement({
  description: 'A connection between two entities: nodes in order, and the edges between them.',
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'Number of edges.' }),
    nodes: t.field({ type: [GraphNode], resolve: (p) => p.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (p) => p.edges }),
  }),
});

const TimelineKind = builder.enumType('TimelineKind', {
  values: ['SAID', 'SPOKEN_ABOUT', 'AUTHORIZED', 'REVERSED', 'RELATION', 'MENTIONED'] as const,
});

const TimelineEvent = builder.objectRef<Projected>('TimelineEvent');
TimelineEvent.implement({
  description: 'One dated fact about an entity.',
  fields: (t) => ({
    kind: t.field({ type: TimelineKind, resolve: field('kind') }),
    date: t.field({ type: FactDate, resolve: field('date') }),
    summary: t.string({ resolve: field('summary') }),
    fact: t.field({ type: FactRef, nullable: true, description: 'The statement, authorization, reversal or relation.', resolve: field('fact') }),
    sources: t.field({ type: [SourceRef], resolve: field('sources') }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'MENTIONED: the article.', resolve: field('article') }),
  }),
});

const Grade = builder.enumType('FlipGrade', {
  description: 'In the spirit of PolitiFact\'s Flip-O-Meter.',
  values: {
    NO_FLIP: { description: 'The same side as before.' },
    HALF_FLIP: { description: 'A partial change of position.' },
    FULL_FLOP: { description: 'A complete change of position.' },
  } as const,
});

const StancePosition = builder.objectRef<Position>('StancePosition');
StancePosition.implement({
  description: 'A position an actor took: a statement, an authorization or a reversal.',
  fields: (t) => ({
    kind: t.string({ resolve: (p) => p.kind }),
    factId: t.id({ resolve: (p) => p.factId }),
    date: t.field({ type: FactDate, resolve: (p) => p.date as never }),
    summary: t.string({ resolve: (p) => p.summary }),
    sources: t.field({ type: [SourceRef], resolve: (p) => p.sources as never }),
  }),
});

const StanceChange = builder.objectRef<{ topic: Projected | null; topicId: string; before: Position; after: Position; grade: string; reason: string }>('StanceChange');
StanceChange.implement({
  fields: (t) => ({
    topic: t.field({ type: EntityRef, nullable: true, resolve: (c) => c.topic }),
    topicId: t.id({ resolve: (c) => c.topicId }),
    before: t.field({ type: StancePosition, resolve: (c) => c.before }),
    after: t.field({ type: StancePosition, resolve: (c) => c.after }),
    grade: t.field({ type: Grade, resolve: (c) => c.grade as never }),
    reason: t.string({ resolve: (c) => c.reason }),
  }),
});

async function requireEntity(ctx: Context, id: string) {
  const [row] = await runRead(ctx, entityExists(id), 'exists');
  if (!row?.found) throw notFound(`nothing has the id "${id}"`, { id });
}

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: Subgraph,
    description: `The subgraph around a node, up to ${EXPLORE_LIMITS.maxDepth} hops and ${EXPLORE_LIMITS.maxNodes} nodes; confirmed facts only.`,
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1 }),
      relationTypes: t.arg({ type: [WalkableType], required: false, description: 'Default: all but MENTIONS and PUBLISHED_BY.' }),
      limit: t.arg.int({ defaultValue: EXPLORE_LIMITS.defaultNodes, description: 'Most nodes to return.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const rows = await runRead(ctx, neighborhood(selectionOf(info)), 'neighborhood');
      if (!rows[0]) throw notFound(`nothing has the id "${args.id}"`, { id: args.id });
      return rows[0] as never;
    },
  }),
  paths: t.field({
    type: [Path],
    description: 'Shortest connections between two nodes, shortest first.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4, description: `1 to ${EXPLORE_LIMITS.maxHops}.` }),
      relationTypes: t.arg({ type: [WalkableType], required: false }),
      first: t.arg.int({ defaultValue: 3, description: `1 to ${EXPLORE_LIMITS.maxPaths}.` }),
    },
    resolve: async (_root, _args, ctx, info) => (await runRead(ctx, paths(selectionOf(info)), 'paths')) as never,
  }),
  timeline: t.field({
    type: [TimelineEvent],
    description: 'Every dated fact about an entity, oldest first, with the article and sentence behind each.',
    args: {
      id: t.arg.id({ required: true }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
      first: t.arg.int({ defaultValue: 200, description: `1 to ${TIMELINE_LIMIT}.` }),
    },
    resolve: async (_root, args, ctx, info) => {
      const rows = await runRead(ctx, timeline(selectionOf(info)), 'timeline');
      if (rows.length === 0) await requireEntity(ctx, String(args.id));
      return rows.map((r) => r.event as Projected);
    },
  }),
  stanceChanges: t.field({
    type: [StanceChange],
    description: 'Where an actor\'s later decisions go against its earlier words or policy, graded, oldest first.',
    args: {
      subject: t.arg.id({ required: true }),
      topic: t.arg.id({ required: false, description: 'Only this topic (a weapon system, place, policy...).' }),
    },
    resolve: async (_root, args, ctx, info: GraphQLResolveInfo) => {
      const [row] = await runRead(ctx, positionsQuery(selectionOf(info)), 'stanceChanges');
      if (!row) throw notFound(`nothing has the id "${args.subject}"`, { id: args.subject });
      const changes = detectStanceChanges(row.positions as Position[], args.topic ? String(args.topic) : null);
      const topicIds = [...new Set(changes.map((c) => c.topicId))];
      const topics = new Map<string, Projected>();
      // The topics are read in a second query, only when asked for.
      const topicTree = Object.values(selectionOf(info).fieldsByTypeName.StanceChange ?? {}).find((f) => f.name === 'topic');
      if (topicIds.length && topicTree) {
        const rows = await runRead(ctx, nodesById(topicIds, topicTree.fieldsByTypeName), 'topics');
        rows.forEach((r, i) => r.result && topics.set(topicIds[i]!, r.result as Projected));
      }
      return changes.map((c) => ({ ...c, topic: topics.get(c.topicId) ?? null }));
    },
  }),
  policiesInForce: t.field({
    type: [PolicyRef],
    description: 'Policies authorized by that day and not yet reversed then: "what was the policy in 2023?".',
    args: {
      on: t.arg({ type: 'Date', required: true }),
      concerning: t.arg.id({ required: false, description: 'Only policies concerning or applying to this entity.' }),
    },
    resolve: async (_root, _args, ctx, info) => (await runRead(ctx, policiesInForce(selectionOf(info)), 'policiesInForce')).map((r) => r.result as Projected),
  }),
}));

const ArticleIngested = builder.objectRef<ArticleIngestedEvent>('ArticleIngested');
ArticleIngested.implement({
  fields: (t) => ({
    articleId: t.exposeID('articleId'),
    title: t.exposeString('title', { nullable: true }),
    statements: t.exposeInt('statements'),
    relations: t.exposeInt('relations'),
    entityIds: t.exposeIDList('entityIds'),
    at: t.exposeString('at'),
  }),
});

builder.subscriptionType({});
builder.subscriptionFields((t) => ({
  articleIngested: t.field({
    type: ArticleIngested,
    description: 'Each article written to the graph, as it lands (server-sent events).',
    subscribe: (_root, _args, ctx) => ctx.events.subscribe('articleIngested'),
    resolve: (event) => event,
  }),
}));
