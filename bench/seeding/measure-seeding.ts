/**
 * Seeding throughput, in articles per second, over copies of the same documents: the `ingestFactsBatch`
 * mutation sent to the service process (the ingest path for seeding: validation, resolution, many articles per
 * transaction), the `ingestFacts` mutation (one article per request and transaction), `writeDocument` called
 * in-process (that path without HTTP and GraphQL), and the raw batched Cypher load (bench/seeding/raw-load.ts).
 */
import type { Driver } from 'neo4j-driver';
import type { Database } from '../../src/db/database.ts';
import type { FactsDocumentInput } from '../../src/facts/document.ts';
import { parseDocument } from '../../src/write/parse-document.ts';
import { writeDocument } from '../../src/write/write-document.ts';

/** Documents per `ingestFactsBatch` request. */
export const SEEDING_BATCH = 50;
import type { Landmarks } from '../data/dataset.ts';
import { seedingDocuments } from './documents.ts';
import { rawLoad } from './raw-load.ts';

export interface SeedingResult {
  articles: number;
  concurrency: number;
  statementsPerArticle: number;
  /** Absent from results saved before the batch mutation existed. */
  ingestFactsBatch?: PoolResult & { batch: number; roundTrips: number | null; range?: [number, number] };
  ingestFacts: PoolResult;
  /** Cypher round-trips the service reported for one ingestFacts request. */
  ingestRoundTrips: number | null;
  writeDocument: PoolResult;
  raw: { seconds: number; articlesPerSecond: number; queries: number; range?: [number, number] };
  /** Interleaved rounds of the batch mutation and the raw load (older saved runs: one). */
  rounds?: number;
}

const INGEST_BATCH = `mutation Ingest($documents: [JSON!]!) { ingestFactsBatch(documents: $documents) { written duplicates failed items { error { code message } } } }`;
const INGEST = `mutation Ingest($document: JSON!) { ingestFacts(document: $document) { duplicate statements relations article { id } } }`;

export interface PoolResult {
  seconds: number;
  articlesPerSecond: number;
  /** Articles not written after all retries. */
  failed: number;
  /** Attempts answered "busy, try again shortly" and retried, as a client would. */
  retries: number;
  firstError?: string;
}

/** Concurrent writers may deadlock on shared entities; the service then answers SERVICE_UNAVAILABLE. */
const RETRYABLE = /busy|unavailable|unreachable|deadlock|try again/i;
const MAX_ATTEMPTS = 20;

/** Runs `work` over the items with `concurrency` workers, retrying "try again" answers after a pause. */
async function pool<T>(documents: T[], concurrency: number, work: (d: T) => Promise<void>, articlesOf: (d: T) => number = () => 1): Promise<PoolResult> {
  let next = 0;
  let failed = 0;
  let retries = 0;
  let firstError: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < documents.length) {
        const doc = documents[next++]!;
        for (let attempt = 1; ; attempt++) {
          try {
            await work(doc);
            break;
          } catch (error) {
            const message = (error as Error).message;
            firstError ??= message.slice(0, 300);
            if (!RETRYABLE.test(message) || attempt === MAX_ATTEMPTS) {
              failed += articlesOf(doc);
              break;
            }
            retries++;
            await new Promise((r) => setTimeout(r, 100 * attempt));
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const articles = documents.reduce((n, d) => n + articlesOf(d), 0);
  return { seconds, articlesPerSecond: (articles - failed) / seconds, failed, retries, firstError };
}

/** Rounds in which the batch mutation and the raw load take turns on fresh documents; the median is reported. */
export const SEEDING_ROUNDS = 3;
/** Documents each path writes, untimed, before it is measured: query plans and the JIT warmed as for reads. */
const WARM_UP_DOCUMENTS = 10;

export async function measureSeeding(options: {
  serviceUrl: string;
  editorKey: string;
  db: Database;
  driver: Driver;
  landmarks: Landmarks;
  articles: number;
  concurrency: number;
}): Promise<SeedingResult> {
  const { articles, concurrency } = options;
  const documents = (tag: string, n = articles) => seedingDocuments(n, tag, options.landmarks);

  /** Sends a mutation as the editor; returns its data and the Cypher round-trips the service reported. */
  const post = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${options.serviceUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.editorKey}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: Array<{ message: string }>; data?: T; extensions?: { cost?: { cypherRoundTrips?: number } } };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    return { data: body.data!, roundTrips: body.extensions?.cost?.cypherRoundTrips ?? null };
  };

  let batchRoundTrips: number | null = null;
  const sendBatch = async (batch: FactsDocumentInput[]) => {
    type Out = { written: number; duplicates: number; failed: number; items: Array<{ error: { message: string } | null }> };
    const { data, roundTrips } = await post<{ ingestFactsBatch: Out }>(INGEST_BATCH, { documents: batch });
    batchRoundTrips ??= roundTrips;
    const out = data.ingestFactsBatch;
    if (out.written !== batch.length) throw new Error(`written ${out.written} of ${batch.length}: ${out.items.find((i) => i.error)?.error?.message ?? `${out.duplicates} written before`}`);
  };
  // One request at a time, as the raw load sends one query at a time.
  const batchPath = (docs: FactsDocumentInput[]) =>
    pool(Array.from({ length: Math.ceil(docs.length / SEEDING_BATCH) }, (_, i) => docs.slice(i * SEEDING_BATCH, (i + 1) * SEEDING_BATCH)), 1, sendBatch, (b) => b.length);
  const rawPath = async (docs: FactsDocumentInput[]) => {
    const started = performance.now();
    const queries = await rawLoad(options.driver, docs);
    const seconds = (performance.now() - started) / 1000;
    return { seconds, articlesPerSecond: docs.length / seconds, queries };
  };

  let ingestRoundTrips: number | null = null;
  const sendOne = async (document: FactsDocumentInput) => {
    const { data, roundTrips } = await post<{ ingestFacts: { duplicate: boolean } }>(INGEST, { document });
    ingestRoundTrips ??= roundTrips;
    if (data.ingestFacts.duplicate) throw new Error('written before');
  };
  const writeOne = async (document: FactsDocumentInput) => {
    const summary = await writeDocument(options.db, parseDocument(document));
    if (summary.duplicate) throw new Error('written before');
  };

  // Warm-up: every path writes a few documents of its own first.
  await batchPath(documents('warm-batch', WARM_UP_DOCUMENTS));
  await pool(documents('warm-api', WARM_UP_DOCUMENTS), concurrency, sendOne);
  await pool(documents('warm-lib', WARM_UP_DOCUMENTS), concurrency, writeOne);
  await rawPath(documents('warm-raw', WARM_UP_DOCUMENTS));

  const batchRounds: PoolResult[] = [];
  const rawRounds: Array<Awaited<ReturnType<typeof rawPath>>> = [];
  for (let round = 0; round < SEEDING_ROUNDS; round++) {
    // Turns alternate which path goes first, so neither always meets the other's leftovers (checkpoints, GC).
    const turns = [async () => batchRounds.push(await batchPath(documents(`batch${round}-`))), async () => rawRounds.push(await rawPath(documents(`raw${round}-`)))];
    for (const turn of round % 2 ? turns.reverse() : turns) await turn();
  }
  const median = <T extends { articlesPerSecond: number }>(xs: T[]) => [...xs].sort((a, b) => a.articlesPerSecond - b.articlesPerSecond)[Math.floor(xs.length / 2)]!;
  const ingestFactsBatch = median(batchRounds);
  const raw = median(rawRounds);
  const ingestFacts = await pool(documents('api'), concurrency, sendOne);
  const writeDocumentResult = await pool(documents('lib'), concurrency, writeOne);
  return {
    articles,
    concurrency,
    rounds: SEEDING_ROUNDS,
    statementsPerArticle: documents('shape', 1)[0]?.statements?.length ?? 0,
    ingestFactsBatch: {
      ...ingestFactsBatch,
      batch: SEEDING_BATCH,
      roundTrips: batchRoundTrips,
      range: [Math.min(...batchRounds.map((r) => r.articlesPerSecond)), Math.max(...batchRounds.map((r) => r.articlesPerSecond))],
    },
    ingestFacts,
    ingestRoundTrips,
    writeDocument: writeDocumentResult,
    raw: { ...raw, range: [Math.min(...rawRounds.map((r) => r.articlesPerSecond)), Math.max(...rawRounds.map((r) => r.articlesPerSecond))] },
  };
}
