/**
 * Ingest throughput, side by side in one run against one real Neo4j (started here, thrown away after):
 * articles per second for extraction alone and for extract-and-write (one transaction per article, batched
 * UNWIND writes), with Cypher round-trips per article. `npx tsx bench/ingest-speed.ts [articles]`
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.ts';
import { Database } from '../src/db/database.ts';
import { applySchema } from '../src/db/apply-schema.ts';
import { loadSeed } from '../src/seed/load-seed.ts';
import { extract } from '../src/ingest/extract/index.ts';
import { Gazetteer } from '../src/ingest/gazetteer.ts';
import { ingestArticle, prepareArticle } from '../src/ingest/ingest-article.ts';
import type { PreparedDocument } from '../src/write/prepare-document.ts';
import { writePreparedBatch } from '../src/write/write-document.ts';

const root = resolve(import.meta.dirname, '..');
const dev = join(root, 'tests/fixtures/dev');
const texts = readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dev, f), 'utf8'));
const count = Number(process.argv[2] ?? 200);
// Each copy gets a line of its own so that it is a new article, not a duplicate of the first.
const copies = (tag: string) =>
  Array.from({ length: count }, (_, i) => ({
    text: `${texts[i % texts.length]}\nEditor's note: copy ${tag}${i} of the benchmark corpus.`,
    title: `Benchmark article ${tag}${i}`,
    url: `https://bench.example/${tag}${i}`,
    publishedAt: '2025-06-18',
  }));
const articles = copies('');
/** Articles per transaction on the batched path, as the ingest CLI writes them. */
const BATCH = 25;

const home = mkdtempSync(join(tmpdir(), 'stancegraph-ingest-bench-'));
const neo4j = await startLocalNeo4j({ home, port: await freePort(), password: 'bench-password-1', heap: '2g', pageCache: '1g', log: () => {} });
const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
try {
  await applySchema(db);
  await loadSeed(db);
  for (const a of articles.slice(0, 20)) extract(a.text, { publishedAt: a.publishedAt }); // warm-up

  let started = performance.now();
  for (const a of articles) extract(a.text, { publishedAt: a.publishedAt });
  const extractSeconds = (performance.now() - started) / 1000;

  const gazetteer = new Gazetteer(db);
  const counter = { count: 0 };
  const bar = new cliProgress.SingleBar(
    { format: 'extract+write [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(articles.length, 0, { rate: '0' });
  started = performance.now();
  let facts = 0;
  for (const [i, a] of articles.entries()) {
    const outcome = await ingestArticle(db, gazetteer, a, { counter });
    facts += outcome.summary.statements + outcome.summary.relations;
    bar.update(i + 1, { rate: ((i + 1) / ((performance.now() - started) / 1000)).toFixed(1) });
  }
  bar.stop();
  const writeSeconds = (performance.now() - started) / 1000;

  // The ingest CLI's path: extract one by one, write in batches (one transaction each).
  const batched = copies('b');
  const batchCounter = { count: 0 };
  started = performance.now();
  let pending: PreparedDocument[] = [];
  for (const [i, a] of batched.entries()) {
    const outcome = await prepareArticle(db, gazetteer, a, { counter: batchCounter });
    gazetteer.remember(outcome.document.entities);
    pending.push(outcome.prepared);
    if (pending.length === BATCH || i === batched.length - 1) {
      await writePreparedBatch(db, pending, { counter: batchCounter });
      pending = [];
    }
  }
  const batchSeconds = (performance.now() - started) / 1000;
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / articles.length;
  console.log(`\n${articles.length} articles (${words.toFixed(0)} words on average), ${facts} statements and facts written`);
  console.log(`extraction alone:  ${(articles.length / extractSeconds).toFixed(1)} articles/s (${((extractSeconds * 1000) / articles.length).toFixed(1)} ms each)`);
  console.log(`extract and write: ${(articles.length / writeSeconds).toFixed(1)} articles/s (${((writeSeconds * 1000) / articles.length).toFixed(1)} ms each), ${(counter.count / articles.length).toFixed(1)} Cypher round-trips per article, one transaction per article`);
  console.log(`extract and write in batches of ${BATCH} (the ingest CLI): ${(batched.length / batchSeconds).toFixed(1)} articles/s (${((batchSeconds * 1000) / batched.length).toFixed(1)} ms each), ${(batchCounter.count / batched.length).toFixed(1)} Cypher round-trips per article`);
} finally {
  await db.close();
  await neo4j.stop();
  rmSync(home, { recursive: true, force: true });
}
