/**
 * Editors' side: ingest raw articles (or a dry run of one), review low-confidence facts, retract an article,
 * merge entities that are one.
 */
import { builder, type Projected } from '../builder.ts';
import type { Context } from '../context.ts';
import { runRead, selectionOf } from '../resolve.ts';
import { ArticleRef, EntityRef, FactDate, FactRef, connectionOf } from './common.ts';
import { EntityType } from './entities.ts';
import { FactStatus } from './common.ts';
import { announce, fetchFactById, requireEditor } from './mutations.ts';
import { fetchNode, fetchNodes } from './query.ts';
import { ingestArticle, type IngestOutcome } from '../../ingest/ingest-article.ts';
import { Gazetteer } from '../../ingest/gazetteer.ts';
import { mergeEntities, retractArticle, setFactStatus } from '../../write/curation.ts';
import { parseDateSpec } from '../../facts/dates.ts';
import { reviewQueue } from '../../read/review-queue.ts';
import { toConnection, type RawConnection } from '../../read/paging.ts';
import { limits } from '../../limits.ts';
import { CypherBuilder } from '../../read/cypher-builder.ts';
import { projectObject } from '../../read/project.ts';
import type { GraphQLResolveInfo } from 'graphql';

/** One gazetteer per database, shared by the requests of this process. */
const gazetteers = new WeakMap<object, Gazetteer>();
function gazetteerOf(ctx: Context): Gazetteer {
  let g = gazetteers.get(ctx.db);
  if (!g) gazetteers.set(ctx.db, (g = new Gazetteer(ctx.db)));
  return g;
}

const ArticleInput = builder.inputType('ArticleInput', {
  fields: (t) => ({
    text: t.string({ required: true, description: `The article text (at most ${limits.maxArticleChars} characters).` }),
    url: t.string({ required: false }),
    title: t.string({ required: false }),
    publisher: t.string({ required: false, description: 'The outlet\'s name.' }),
    publishedAt: t.string({ required: false, description: 'YYYY-MM-DD or YYYY-MM; today when left out.' }),
  }),
});

const TextSpan = builder.objectRef<{ start: number; end: number; text: string }>('TextSpan');
TextSpan.implement({
  description: 'A stretch of the article text, by character offsets.',
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end'), text: t.exposeString('text') }),
});

const MatchStatus = builder.enumType('EntityMatch', {
  values: {
    MATCHED: { description: 'Found in the graph already.' },
    NEW: { description: 'New to the graph.' },
    AMBIGUOUS: { description: 'Several known entities fit; written as new, with the candidates reported.' },
  } as const,
});

interface EntityView {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  title: string | null;
  confidence: number;
  match: 'MATCHED' | 'NEW' | 'AMBIGUOUS';
  matchedBy: string | null;
  mentions: Array<{ start: number; end: number; text: string }>;
  candidates: Array<{ id: string; name: string }>;
}
const ExtractedEntity = builder.objectRef<EntityView>('ExtractedEntity');
const Candidate = builder.objectRef<{ id: string; name: string }>('EntityCandidate');
Candidate.implement({ fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }) });
ExtractedEntity.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: EntityType, resolve: (e) => e.type as never }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    title: t.exposeString('title', { nullable: true }),
    confidence: t.exposeFloat('confidence'),
    match: t.field({ type: MatchStatus, resolve: (e) => e.match }),
    matchedBy: t.exposeString('matchedBy', { nullable: true, description: 'name, alias or surname-title' }),
    mentions: t.field({ type: [TextSpan], resolve: (e) => e.mentions }),
    candidates: t.field({ type: [Candidate], description: 'AMBIGUOUS: the entities it could be.', resolve: (e) => e.candidates }),
  }),
});

interface FactView {
  id: string;
  type: string;
  from: string;
  fromName: string;
  to: string;
  toName: string;
  text: string | null;
  date: ReturnType<typeof parseDateSpec>;
  evidence: { start: number; end: number; text: string };
  confidence: number;
  status: string;
}
const ExtractedFact = builder.objectRef<FactView>('ExtractedFact');
ExtractedFact.implement({
  description: 'A fact found in the article: a statement (SAID), an authorization, a reversal or a supporting relation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.exposeString('type', { description: 'SAID, AUTHORIZED, REVERSED, ABOUT, CONCERNS, APPLIES_TO, MEMBER_OF, SPEAKS_FOR' }),
    from: t.exposeID('from'),
    fromName: t.exposeString('fromName'),
    to: t.exposeID('to'),
    toName: t.exposeString('toName'),
    quote: t.exposeString('text', { nullable: true, description: 'SAID: what was said.' }),
    date: t.field({ type: FactDate, resolve: (f) => f.date }),
    evidence: t.field({ type: TextSpan, resolve: (f) => f.evidence }),
    confidence: t.exposeFloat('confidence'),
    status: t.field({ type: FactStatus, resolve: (f) => f.status as never }),
  }),
});

interface IngestView {
  dryRun: boolean;
  duplicate: boolean;
  articleId: string;
  article: Projected | null;
  entities: EntityView[];
  statements: FactView[];
  authorizations: FactView[];
  reversals: FactView[];
  supporting: FactView[];
  corroborated: number;
  extractMs: number;
}
const IngestArticleResult = builder.objectRef<IngestView>('IngestArticleResult');
IngestArticleResult.implement({
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'Nothing was written.' }),
    duplicate: t.exposeBoolean('duplicate', { description: 'The article (same url or text) is in the graph already; nothing changed.' }),
    articleId: t.exposeID('articleId'),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The written article (null on a dry run).', resolve: (r) => r.article }),
    entities: t.field({ type: [ExtractedEntity], resolve: (r) => r.entities }),
    statements: t.field({ type: [ExtractedFact], description: 'Who said what.', resolve: (r) => r.statements }),
    authorizations: t.field({ type: [ExtractedFact], resolve: (r) => r.authorizations }),
    reversals: t.field({ type: [ExtractedFact], resolve: (r) => r.reversals }),
    supporting: t.field({ type: [ExtractedFact], description: 'ABOUT, CONCERNS, APPLIES_TO, MEMBER_OF, SPEAKS_FOR.', resolve: (r) => r.supporting }),
    matchedEntities: t.int({ resolve: (r) => r.entities.filter((e) => e.match === 'MATCHED').length }),
    newEntities: t.int({ resolve: (r) => r.entities.filter((e) => e.match !== 'MATCHED').length }),
    corroborated: t.exposeInt('corroborated', { description: 'Known facts that gained this article as a source.' }),
    extractMs: t.exposeFloat('extractMs', { description: 'Time spent extracting, in milliseconds.' }),
  }),
});

/** Shapes an ingest outcome for GraphQL: names beside ids, spans beside sentences. */
export function viewOf(outcome: IngestOutcome, text: string, names: Map<string, string>): Omit<IngestView, 'article'> {
  const nameOf = (id: string) => names.get(id) ?? id;
  const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const entities: EntityView[] = outcome.extraction.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    title: e.title ?? null,
    confidence: e.confidence,
    match: e.ambiguous?.length ? 'AMBIGUOUS' : outcome.matched.includes(e) ? 'MATCHED' : 'NEW',
    matchedBy: e.match?.by ?? null,
    mentions: e.mentions,
    candidates: e.ambiguous ?? [],
  }));
  const date = (f: { dateText: string }) => parseDateSpec(f.dateText);
  const p = outcome.prepared;
  const statements: FactView[] = p.statements.map((s) => ({
    id: s.id,
    type: 'SAID',
    from: s.speakerId,
    fromName: nameOf(s.speakerId),
    to: s.id,
    toName: s.props.quote,
    text: s.props.quote,
    date: date(s),
    evidence: span(s.source),
    confidence: s.confidence,
    status: s.status,
  }));
  const relations: FactView[] = [
    ...p.relations.map((r) => ({ ...r, from: r.fromId, to: r.toId })),
    ...p.statements.flatMap((s) => s.about.map((a) => ({ ...a, type: 'ABOUT', from: s.id, to: a.entityId }))),
  ].map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from,
    fromName: nameOf(r.from),
    to: r.to,
    toName: nameOf(r.to),
    text: null,
    date: date(r),
    evidence: span(r.source),
    confidence: r.confidence,
    status: r.status,
  }));
  return {
    dryRun: outcome.dryRun,
    duplicate: outcome.summary.duplicate,
    articleId: outcome.summary.articleId,
    entities,
    statements,
    authorizations: relations.filter((r) => r.type === 'AUTHORIZED'),
    reversals: relations.filter((r) => r.type === 'REVERSED'),
    supporting: relations.filter((r) => r.type !== 'AUTHORIZED' && r.type !== 'REVERSED'),
    corroborated: outcome.summary.corroborated,
    extractMs: Math.round(outcome.extractMs * 100) / 100,
  };
}

/** Names of every id an outcome refers to: the article's own entities first, then the graph's. */
export async function namesFor(outcome: IngestOutcome, known: Array<{ id: string; name: string }>): Promise<Map<string, string>> {
  const names = new Map(known.map((k) => [k.id, k.name]));
  for (const e of outcome.document.entities) if (e.id) names.set(e.id, e.name);
  for (const s of outcome.prepared.statements) names.set(s.id, s.props.quote);
  return names;
}

async function articleProjection(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<Projected | null> {
  const tree = selectionOf(info);
  const article = Object.values(tree.fieldsByTypeName.IngestArticleResult ?? {}).find((f) => f.name === 'article');
  if (!article) return null;
  const q = new CypherBuilder();
  const [row] = await runRead(ctx, { cypher: `MATCH (n:Article {id: $id}) RETURN ${projectObject(article.fieldsByTypeName, { node: 'n' }, q)} AS result`, params: { ...q.params, id } }, 'article');
  return (row?.result as Projected) ?? null;
}

const FactConnection = connectionOf('Fact', FactRef);

builder.queryFields((t) => ({
  reviewQueue: t.field({
    type: FactConnection,
    description: 'Facts below the confidence threshold, waiting for an editor to confirm or reject them.',
    args: {
      first: t.arg.int({ defaultValue: limits.defaultPageSize, description: `Page size, 1 to ${limits.maxPageSize}.` }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const [row] = await runRead(ctx, reviewQueue(selectionOf(info)), 'reviewQueue');
      return toConnection(row!.result as RawConnection, args.first ?? limits.defaultPageSize, args.after);
    },
  }),
}));

builder.mutationFields((t) => {
  /** confirmFact and rejectFact: the same write and read-back, with the status each sets. */
  const setStatusField = (status: 'CONFIRMED' | 'REJECTED', description: string) =>
    t.field({
      type: FactRef,
      description,
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx, info) => {
        requireEditor(ctx);
        await setFactStatus(ctx.db, String(id), status, ctx.counter);
        return fetchFactById(ctx, info, String(id));
      },
    });
  return {
    ingestArticle: t.field({
      type: IngestArticleResult,
      description: 'Extracts who said, authorized and reversed what from an article and writes it all in one transaction (or, with dryRun, only shows it).',
      args: { input: t.arg({ type: ArticleInput, required: true }), dryRun: t.arg.boolean({ defaultValue: false }) },
      resolve: async (_root, { input, dryRun }, ctx, info) => {
        requireEditor(ctx);
        const gazetteer = gazetteerOf(ctx);
        const outcome = await ingestArticle(ctx.db, gazetteer, input, { dryRun: dryRun ?? false, counter: ctx.counter, beforeCommit: ctx.beforeCommit });
        const names = await namesFor(outcome, await gazetteer.get(ctx.counter));
        const view = viewOf(outcome, outcome.document.article.text, names);
        if (!outcome.dryRun) announce(ctx, outcome.summary, input.title ?? null);
        const article = outcome.dryRun ? null : await articleProjection(ctx, info, outcome.summary.articleId);
        return { ...view, article };
      },
    }),
    confirmFact: setStatusField('CONFIRMED', 'Marks an unconfirmed fact as confirmed: queries return it from now on.'),
    rejectFact: setStatusField('REJECTED', 'Marks a fact as rejected: kept for the record, never returned by default.'),
    retractArticle: t.field({
      type: RetractResult,
      description: 'Removes an article and every fact only it supports; facts other articles support lose it as a source.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) => {
        requireEditor(ctx);
        const summary = await retractArticle(ctx.db, String(id), ctx.counter);
        gazetteerOf(ctx).invalidate();
        return summary;
      },
    }),
    mergeEntities: t.field({
      type: EntityRef,
      description: 'Merges an entity into another that is the same (a wrong split): edges, sources and names move.',
      args: { keep: t.arg.id({ required: true }), merge: t.arg.id({ required: true }) },
      resolve: async (_root, { keep, merge }, ctx, info) => {
        requireEditor(ctx);
        await mergeEntities(ctx.db, String(keep), String(merge), ctx.counter);
        gazetteerOf(ctx).invalidate();
        return fetchNode(ctx, info, String(keep));
      },
    }),
  };
});

const RetractResult = builder.objectRef<{ articleId: string; removedFacts: number; keptFacts: number; removedEntities: number }>('RetractResult');
RetractResult.implement({
  fields: (t) => ({
    articleId: t.exposeID('articleId'),
    removedFacts: t.exposeInt('removedFacts', { description: 'Facts only this article supported.' }),
    keptFacts: t.exposeInt('keptFacts', { description: 'Facts other articles support too; they lost this source.' }),
    removedEntities: t.exposeInt('removedEntities', { description: 'Entities it introduced that nothing refers to any more.' }),
  }),
});
