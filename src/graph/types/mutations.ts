/**
 * Writes: entities, statements and facts, and whole facts documents. Each is validated first and written in
 * one transaction; every mutation needs an editor's credential.
 */
import { field } from '../resolve.ts';
import { builder } from '../builder.ts';
import { AppError, badInput, fromNeo4jError } from '../../errors.ts';
import { limits } from '../../limits.ts';
import type { Context } from '../context.ts';
import { createEntity, updateEntity } from '../../write/entities.ts';
import { addFactsToArticle } from '../../write/add-facts.ts';
import { writeDocument, writeDocuments, type WriteSummary } from '../../write/write-document.ts';
import { parseDocument } from '../../write/parse-document.ts';
import { relationId } from '../../facts/ids.ts';
import { ArticleRef, EntityRef, FactRef, StatementRef } from './common.ts';
import { EntityType, PolicyEffect } from './entities.ts';
import { StatementKind } from './statement.ts';
import { fetchNode, fetchNodes } from './query.ts';
import { runRead, selectionOf } from '../resolve.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { randomUUID } from 'node:crypto';
import { CypherBuilder } from '../../read/cypher-builder.ts';
import { factKind } from '../../write/curation.ts';
import type { Projected } from '../builder.ts';
import { projectObject } from '../../read/project.ts';
import { childFields, childSelection, type FieldsByTypeName } from '../../read/selection.ts';

/** Mutations need a verified credential with the editor role. */
export function requireEditor(ctx: Context): void {
  if (ctx.caller.invalid) throw new AppError('UNAUTHENTICATED', 'the credential was not accepted');
  if (!ctx.caller.subject) throw new AppError('UNAUTHENTICATED', 'writing needs a credential: an API key or a token');
  if (!ctx.caller.roles.includes('editor')) throw new AppError('FORBIDDEN', 'writing needs the editor role');
}

const EvidenceInput = builder.inputType('EvidenceInput', {
  fields: (t) => ({
    sentence: t.string({ required: true, description: 'The sentence of the article that states the fact, verbatim.' }),
  }),
});

const CreateEntityInput = builder.inputType('CreateEntityInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'Defaults to a slug of the name: person:joe-biden.' }),
    type: t.field({ type: EntityType, required: true }),
    name: t.string({ required: true }),
    aliases: t.stringList({ required: false }),
    description: t.string({ required: false }),
    title: t.string({ required: false }),
    anonymous: t.boolean({ required: false }),
    category: t.string({ required: false, description: 'Agency or place category: government, outlet, country...' }),
    effect: t.field({ type: PolicyEffect, required: false }),
    conditions: t.stringList({ required: false }),
  }),
});

const UpdateEntityInput = builder.inputType('UpdateEntityInput', {
  fields: (t) => ({
    name: t.string({ required: false, description: 'The old name is kept as an alias.' }),
    addAliases: t.stringList({ required: false }),
    removeAliases: t.stringList({ required: false }),
    description: t.string({ required: false }),
    title: t.string({ required: false }),
  }),
});

const RecordStatementInput = builder.inputType('RecordStatementInput', {
  fields: (t) => ({
    articleId: t.id({ required: true }),
    speaker: t.id({ required: true }),
    quote: t.string({ required: true }),
    kind: t.field({ type: StatementKind, required: true }),
    date: t.string({ required: true, description: 'YYYY, YYYY-MM, YYYY-MM-DD or a range A/B.' }),
    about: t.idList({ required: false }),
    context: t.string({ required: false }),
    evidence: t.field({ type: EvidenceInput, required: true }),
    confidence: t.float({ required: false }),
  }),
});

export const FactTypeInput = builder.enumType('FactType', {
  values: ['AUTHORIZED', 'REVERSED', 'ABOUT', 'CONCERNS', 'APPLIES_TO', 'MEMBER_OF', 'SPEAKS_FOR'] as const,
});

const RecordFactInput = builder.inputType('RecordFactInput', {
  fields: (t) => ({
    articleId: t.id({ required: true }),
    type: t.field({ type: FactTypeInput, required: true }),
    from: t.id({ required: true }),
    to: t.id({ required: true }),
    date: t.string({ required: true }),
    role: t.string({ required: false }),
    evidence: t.field({ type: EvidenceInput, required: true }),
    confidence: t.float({ required: false }),
  }),
});

export const IngestResultRef = builder.objectRef<WriteSummary & { article: unknown; createdEntities: unknown[]; matchedEntities: unknown[] }>('IngestResult');
IngestResultRef.implement({
  description: 'What a write did.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (r) => r.article as never }),
    duplicate: t.boolean({ resolve: (r) => r.duplicate,  description: 'The article was known already; nothing changed.' }),
    createdEntities: t.field({ type: [EntityRef], resolve: (r) => r.createdEntities as never }),
    matchedEntities: t.field({ type: [EntityRef], resolve: (r) => r.matchedEntities as never }),
    statements: t.int({ resolve: (r) => r.statements }),
    relations: t.int({ resolve: (r) => r.relations }),
    corroborated: t.int({ resolve: (r) => r.corroborated,  description: 'Known facts that gained this article as a source.' }),
  }),
});

/** The mutation's result with the selection the client asked for, read back in one query. */
async function ingestResult(ctx: Context, info: GraphQLResolveInfo, summary: WriteSummary) {
  return (await ingestResults(ctx, selectionOf(info).fieldsByTypeName, [summary]))[0]!;
}

/** Results of many writes, read back in one query whatever their number. */
async function ingestResults(ctx: Context, tree: FieldsByTypeName, summaries: WriteSummary[]) {
  if (!summaries.length) return [];
  const pick = (name: string) => childFields(tree, name);
  const q = new CypherBuilder();
  const cypher = `UNWIND $items AS item
    OPTIONAL MATCH (n:Article {id: item.articleId})
    RETURN ${projectObject(pick('article'), { node: 'n' }, q)} AS article,
      COLLECT { MATCH (e:Entity) WHERE e.id IN item.created RETURN ${projectObject(pick('createdEntities'), { node: 'e' }, q)} } AS created,
      COLLECT { MATCH (e:Entity) WHERE e.id IN item.matched RETURN ${projectObject(pick('matchedEntities'), { node: 'e' }, q)} } AS matched`;
  const items = summaries.map((s) => ({ articleId: s.articleId, created: s.createdEntityIds, matched: s.matchedEntityIds }));
  const rows = await runRead(ctx, { cypher, params: { ...q.params, items } }, 'ingestResult');
  return summaries.map((summary, i) => ({
    ...summary,
    article: rows[i]?.article,
    createdEntities: (rows[i]?.created as unknown[]) ?? [],
    matchedEntities: (rows[i]?.matched as unknown[]) ?? [],
  }));
}

interface BatchItem {
  index: number;
  result: Awaited<ReturnType<typeof ingestResults>>[number] | null;
  error: { code: string; message: string; field: string | null } | null;
}

const IngestErrorRef = builder.objectRef<NonNullable<BatchItem['error']>>('IngestError');
IngestErrorRef.implement({
  description: 'Why one document of a batch was not written.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The same codes as GraphQL errors: BAD_USER_INPUT, SERVICE_UNAVAILABLE...' }),
    message: t.exposeString('message'),
    field: t.exposeString('field', { nullable: true, description: 'The document field at fault, when one is.' }),
  }),
});

const IngestBatchItemRef = builder.objectRef<BatchItem>('IngestBatchItem');
IngestBatchItemRef.implement({
  description: 'One document of a batch: what was written, or why not.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Its position in the documents sent.' }),
    result: t.field({ type: IngestResultRef, nullable: true, resolve: (r) => r.result as never }),
    error: t.field({ type: IngestErrorRef, nullable: true, resolve: (r) => r.error }),
  }),
});

const IngestBatchResultRef = builder.objectRef<{ written: number; duplicates: number; failed: number; items: BatchItem[] }>('IngestBatchResult');
IngestBatchResultRef.implement({
  description: 'What a batch write did, document by document.',
  fields: (t) => ({
    written: t.exposeInt('written'),
    duplicates: t.exposeInt('duplicates', { description: 'Documents whose article was known already (or sent twice); nothing changed for them.' }),
    failed: t.exposeInt('failed'),
    items: t.field({ type: [IngestBatchItemRef], resolve: (r) => r.items }),
  }),
});

function batchError(ctx: Context, error: Error): NonNullable<BatchItem['error']> {
  const app = error instanceof AppError ? error : fromNeo4jError(error);
  if (!app) {
    // Anything unexpected is masked and logged, as it is for whole requests.
    const errorId = randomUUID();
    ctx.logger?.error({ err: error, errorId }, 'unexpected error in a batch item');
    return { code: 'INTERNAL_SERVER_ERROR', message: `Unexpected error (${errorId}).`, field: null };
  }
  const field = (app.details as { field?: unknown } | undefined)?.field;
  return { code: app.code, message: app.message, field: typeof field === 'string' ? field : null };
}

/** Reads back a fact by its id (a statement node, or an edge found through its type's id index), projected for the request. */
export async function fetchFactById(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<Projected> {
  const kind = factKind(id);
  if (kind.node) return (await fetchNodes(ctx, info, [id]))[0]!;
  const q = new CypherBuilder();
  const projection = projectObject(selectionOf(info).fieldsByTypeName, { rel: 'r', from: 'a', to: 'b' }, q);
  const [row] = await runRead(ctx, { cypher: `MATCH (a)-[r:${kind.type} {id: $id}]->(b) RETURN ${projection} AS result`, params: { ...q.params, id } }, 'fact');
  return row!.result as Projected;
}

builder.mutationFields((t) => ({
  createEntity: t.field({
    type: EntityRef,
    description: 'Adds an entity; CONFLICT when its id exists.',
    args: { input: t.arg({ type: CreateEntityInput, required: true }) },
    resolve: async (_root, { input }, ctx, info) => {
      requireEditor(ctx);
      const { category, ...rest } = input;
      const id = await createEntity(ctx.db, { ...stripNulls(rest), kind: category ?? undefined }, ctx.counter);
      return fetchNode(ctx, info, id);
    },
  }),
  updateEntity: t.field({
    type: EntityRef,
    description: 'Renames an entity (keeping the old name as an alias), edits aliases, description or title.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateEntityInput, required: true }) },
    resolve: async (_root, { id, input }, ctx, info) => {
      requireEditor(ctx);
      await updateEntity(ctx.db, String(id), input, ctx.counter);
      return fetchNode(ctx, info, String(id));
    },
  }),
  recordStatement: t.field({
    type: StatementRef,
    description: 'Adds a statement sourced from an article in the graph.',
    args: { input: t.arg({ type: RecordStatementInput, required: true }) },
    resolve: async (_root, { input }, ctx, info) => {
      requireEditor(ctx);
      const { articleId, ...statement } = input;
      await addFactsToArticle(ctx.db, String(articleId), { statements: [stripNulls(statement)] }, ctx.counter);
      const [row] = await runRead(
        ctx,
        { cypher: `MATCH (:Entity {id: $speaker})-[:SAID]->(s:Statement) WHERE $article IN s.srcArticleIds AND s.quote = $quote RETURN s.id AS id`, params: { speaker: statement.speaker, article: articleId, quote: statement.quote } },
        'statementId',
      );
      const [node] = await fetchNodes(ctx, info, [row!.id as string]);
      return node!;
    },
  }),
  recordFact: t.field({
    type: FactRef,
    description: 'Adds an authorization, reversal or supporting relation sourced from an article in the graph.',
    args: { input: t.arg({ type: RecordFactInput, required: true }) },
    resolve: async (_root, { input }, ctx, info) => {
      requireEditor(ctx);
      const { articleId, ...fact } = input;
      await addFactsToArticle(ctx.db, String(articleId), { facts: [stripNulls(fact)] }, ctx.counter);
      return fetchFactById(ctx, info, relationId(fact.type, String(fact.from), String(fact.to)));
    },
  }),
  ingestFacts: t.field({
    type: IngestResultRef,
    description: 'Writes a whole facts document (the shape of the seed files) in one transaction.',
    args: { document: t.arg({ type: 'JSON', required: true }) },
    resolve: async (_root, { document }, ctx, info) => {
      requireEditor(ctx);
      const doc = parseDocument(document);
      const summary = await writeDocument(ctx.db, doc, { counter: ctx.counter, ...(ctx.beforeCommit ? { beforeCommit: ctx.beforeCommit } : {}) });
      announce(ctx, summary, doc.article.title ?? null);
      return ingestResult(ctx, info, summary);
    },
  }),
  ingestFactsBatch: t.field({
    type: IngestBatchResultRef,
    description:
      'Writes many facts documents at once, for seeding: the documents that validate go in together in one transaction; ' +
      'one that does not is reported in its item and the rest still go in. Should the shared write fail, each document ' +
      'is written on its own, all or nothing.',
    args: { documents: t.arg({ type: ['JSON'], required: true }) },
    resolve: async (_root, { documents }, ctx, info) => {
      requireEditor(ctx);
      if (documents.length === 0 || documents.length > limits.maxBatchDocuments) {
        throw badInput(`documents: send 1 to ${limits.maxBatchDocuments} documents`, { field: 'documents' });
      }
      const parsed = documents.map((d, index) => {
        try {
          return { index, doc: parseDocument(d) };
        } catch (error) {
          return { index, error: error as Error };
        }
      });
      const valid = parsed.flatMap((p) => (p.doc ? [{ index: p.index, doc: p.doc }] : []));
      const outcomes = await writeDocuments(ctx.db, valid.map((v) => v.doc), { counter: ctx.counter, ...(ctx.beforeCommit ? { beforeCommit: ctx.beforeCommit } : {}) });
      const items: BatchItem[] = parsed.map((p) => ({ index: p.index, result: null, error: p.error ? batchError(ctx, p.error) : null }));
      const written: Array<{ index: number; summary: WriteSummary }> = [];
      valid.forEach((v, k) => {
        const outcome = outcomes[k]!;
        if (outcome.error) items[v.index]!.error = batchError(ctx, outcome.error);
        else {
          written.push({ index: v.index, summary: outcome.summary });
          announce(ctx, outcome.summary, v.doc.article.title ?? null);
        }
      });
      const resultTree = childFields(childSelection(selectionOf(info), 'items'), 'result');
      const results = Object.keys(resultTree).length ? await ingestResults(ctx, resultTree, written.map((w) => w.summary)) : written.map((w) => ({ ...w.summary, article: null, createdEntities: [], matchedEntities: [] }));
      written.forEach((w, k) => (items[w.index]!.result = results[k]!));
      return {
        written: written.filter((w) => !w.summary.duplicate).length,
        duplicates: written.filter((w) => w.summary.duplicate).length,
        failed: items.filter((i) => i.error).length,
        items,
      };
    },
  }),
}));

/** Tells open pages that an article landed (nothing to tell for a duplicate). */
export function announce(ctx: Context, summary: WriteSummary, title: string | null): void {
  if (summary.duplicate) return;
  ctx.events.publish('articleIngested', {
    articleId: summary.articleId,
    title,
    statements: summary.statements,
    relations: summary.relations,
    entityIds: summary.entityIds,
    at: new Date().toISOString(),
  });
}

function stripNulls<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}

export { ingestResult };
