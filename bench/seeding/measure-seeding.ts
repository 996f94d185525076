/**
 * Seeding throughput, in articles per second, three ways over copies of the same documents:
 * the `ingestFacts` mutation sent to the service process (the real ingest path: validation, resolution,
 * one transaction per article), `writeDocument` called in-process (the same path without HTTP and GraphQL),
 * and the raw batched Cypher load (bench/seeding/raw-load.ts).
 */
import type { Driver } from 'neo4j-driver';
import type { Database } from '../../src/db/database.ts';
import type { FactsDocumentInput } from '../../src/facts/document.ts';
import { parseDocument } from '../../src/write/parse-document.ts';
import { writeDocument } from '../../src/write/write-document.ts';
import type { Landmarks } from '../data/dataset.ts';
import { seedingDocuments } from './documents.ts';
import { rawLoad } from './raw-load.ts';

export interface SeedingResult {
  articles: number;
  concurrency: number;
  statementsPerArticle: number;
  ingestFacts: PoolResult;
  /** Cypher round-trips the service reported for one ingestFacts request. */
  ingestRoundTrips: number | null;
  writeDocument: PoolResult;
  raw: { seconds: number; articlesPerSecond: number; queries: number };
}

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

/** Runs `work` over the documents with `concurrency` workers, retrying "try again" answers after a pause. */
async function pool(documents: FactsDocumentInput[], concurrency: number, work: (d: FactsDocumentInput) => Promise<void>): Promise<PoolResult> {
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
              failed++;
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
  return { seconds, articlesPerSecond: (documents.length - failed) / seconds, failed, retries, firstError };
}

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
  const viaApi = seedingDocuments(articles, 'api', options.landmarks);
  const viaLibrary = seedingDocuments(articles, 'lib', options.landmarks);
  const viaRaw = seedingDocuments(articles, 'raw', options.landmarks);

  let ingestRoundTrips: number | null = null;
  const ingestFacts = await pool(viaApi, concurrency, async (document) => {
    const res = await fetch(`${options.serviceUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.editorKey}` },
      body: JSON.stringify({ query: INGEST, variables: { document } }),
    });
    const body = (await res.json()) as {
      errors?: Array<{ message: string }>;
      data?: { ingestFacts: { duplicate: boolean } };
      extensions?: { cost?: { cypherRoundTrips?: number } };
    };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    ingestRoundTrips ??= body.extensions?.cost?.cypherRoundTrips ?? null;
    if (body.data?.ingestFacts.duplicate) throw new Error('written before');
  });
  const writeDocumentResult = await pool(viaLibrary, concurrency, async (document) => {
    const summary = await writeDocument(options.db, parseDocument(document));
    if (summary.duplicate) throw new Error('written before');
  });
  const started = performance.now();
  const queries = await rawLoad(options.driver, viaRaw);
  const seconds = (performance.now() - started) / 1000;
  return {
    articles,
    concurrency,
    statementsPerArticle: viaApi[0]?.statements?.length ?? 0,
    ingestFacts,
    ingestRoundTrips,
    writeDocument: writeDocumentResult,
    raw: { seconds, articlesPerSecond: articles / seconds, queries },
  };
}
