/**
 * `npm run bench`: the whole benchmark in one run against one Neo4j it starts for itself (a free port, a
 * throw-away folder). Loads the dataset at the small scale, measures the entity page, grows the same database
 * to the large scale, checks that the three targets give the same answers, load-tests every query on each,
 * profiles the Cypher, measures seeding, then prints the tables and (for the full run) writes
 * docs/benchmarks.md and docs/benchmarks.svg. `--quick` runs the same steps on small data with short load tests.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { applySchema } from '../src/db/apply-schema.ts';
import { Database } from '../src/db/database.ts';
import { freePort, NEO4J_VERSION } from '../src/db/local-neo4j.ts';
import { DEFAULT_SEED } from './data/dataset.ts';
import { describeLoad, generate, SyntheticNews } from './generate.ts';
import { checkAnswers, type ShapeAnswers } from './measure/answers.ts';
import { loadTest } from './measure/load-test.ts';
import { measureInRounds, type TargetUnderTest } from './measure/rounds.ts';
import { profileRaw, profileService } from './measure/profile.ts';
import { readRssMb, RssRecorder } from './measure/rss.ts';
import { checkStorageShape } from './measure/shape-check.ts';
import type { CypherQueryName } from './mix/cypher-queries.ts';
import { resolveInputs } from './mix/inputs.ts';
import { buildMix, TARGETS, TARGET_LABEL, type QueryShape, type Target } from './mix/shapes.ts';
import { throughputChart } from './report/chart.ts';
import { benchmarksMarkdown } from './report/markdown.ts';
import { isMeasured, type BenchResults, type GraphCounts, type Measured } from './report/results.ts';
import { answersTable, cpuTable, growthTable, memoryTable, renderText, seedingTable, targetsTable, throughputTable } from './report/tables.ts';
import { measureSeeding } from './seeding/measure-seeding.ts';
import { startBenchNeo4j } from './servers/neo4j.ts';
import { PROJECT_ROOT, spawnServer, type ChildServer } from './servers/processes.ts';

const PROFILES = {
  // Full: scale 0.1 then 1 (10x), 4 GiB heap and 4 GiB page cache (2 cores, 24 GiB RAM).
  full: { unit: 0.1, small: 0.1, large: 1, duration: 16, warmup: 3, heap: '4g', pageCache: '4g', seedArticles: 200 },
  // Quick: the same steps on a tenth of the data with short load tests.
  quick: { unit: 0.01, small: 0.01, large: 0.1, duration: 5, warmup: 2, heap: '2g', pageCache: '1g', seedArticles: 30 },
};

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    connections: { type: 'string', default: '16' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    seed: { type: 'string', default: DEFAULT_SEED },
    'write-docs': { type: 'boolean' },
    'keep-neo4j': { type: 'boolean', default: false },
    /** Re-render the tables and docs from a saved run instead of measuring. */
    'from-results': { type: 'string' },
  },
});
const mode = args.quick ? 'quick' : 'full';
const profile = PROFILES[mode];
const connections = Number(args.connections);
const duration = Number(args.duration ?? profile.duration);
const warmup = Number(args.warmup ?? profile.warmup);
const SEEDING_CONCURRENCY = 4;
const RATE_LIMIT_OFF = 1_000_000_000;
/** Each target's measuring time is split in this many turns, interleaved with the other targets'. */
const ROUNDS = 4;

const step = (text: string) => console.log(`\n== ${text}`);

/** The service code measured: its commit, and how many files under src/ differ from it. */
function codeVersion(): BenchResults['code'] {
  const git = (...a: string[]) => spawnSync('git', a, { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  const status = git('status', '--porcelain', '--', 'src');
  return {
    commit: head.status === 0 ? head.stdout.trim() : null,
    uncommittedSrcFiles: status.status === 0 ? status.stdout.split('\n').filter(Boolean).length : null,
  };
}
const started = Date.now();
const loadBefore = os.loadavg();

async function graphCounts(driver: Driver): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(
    `RETURN COUNT { MATCH (e:Entity) } AS entities, COUNT { MATCH (s:Statement) } AS statements, COUNT { MATCH (a:Article) } AS articles,
       COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships`,
  );
  const r = records[0]!;
  const n = (k: string) => Number(r.get(k));
  return { entities: n('entities'), statements: n('statements'), articles: n('articles'), nodes: n('nodes'), relationships: n('relationships') };
}

/** Warm-up then measurement of one query on one target; a target whose answer failed is not load-tested. */
/** One line per target, as each query's measurement ends. */
function printMeasured(shape: QueryShape, results: Record<Target, Measured>) {
  for (const t of TARGETS) {
    const m = results[t];
    if (!isMeasured(m)) {
      console.log(`  ${shape.label.padEnd(28)} ${TARGET_LABEL[t].padEnd(17)} not load-tested: ${m.skipped.slice(0, 80)}`);
      continue;
    }
    const cpu = m.cpu ? `  cpu/req ${m.cpu.serverMs.toFixed(1)} + ${m.cpu.neo4jMs.toFixed(1)} ms` : '';
    const rounds = (m.rounds ?? []).map((v) => v.toFixed(0)).join('/');
    console.log(
      `  ${shape.label.padEnd(28)} ${TARGET_LABEL[t].padEnd(17)} ${m.requestsPerSecond.toFixed(1).padStart(8)} req/s (${rounds})  p50 ${String(m.p50).padStart(5)} ms  p99 ${String(m.p99).padStart(5)} ms${cpu}${m.failed ? `  failed ${m.failed}` : ''}`,
    );
  }
}

/** The GraphQL query and variables, or the raw query's name and parameters, of a shape's request. */
function requestParts(shape: QueryShape) {
  const service = JSON.parse(shape.requests.service.body) as { query: string; variables: Record<string, unknown> };
  const rawName = shape.requests.raw.path.split('/').pop() as CypherQueryName;
  return { service, rawName, rawParams: JSON.parse(shape.requests.raw.body) as Record<string, unknown> };
}

async function main() {
  const code = codeVersion();
  const bench = await startBenchNeo4j({ heap: profile.heap, pageCache: profile.pageCache });
  const { uri, user, password } = bench.neo4j;
  const db = new Database({ uri, user, password });
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { logging: { level: 'error', logger: () => {} } });
  const servers: ChildServer[] = [];
  // Server logs outlive the throw-away Neo4j folder, for a look after a failed run.
  const logDir = join(PROJECT_ROOT, 'bench', 'results', 'logs');
  mkdirSync(logDir, { recursive: true });
  try {
    step(`Dataset: scale ${profile.small}, then ${profile.large} (seed ${args.seed})`);
    await applySchema(db);
    const news = new SyntheticNews(args.seed, profile.unit);
    const loads = [await generate(driver, news, profile.small, { label: `scale ${profile.small}` })];
    console.log(`  ${describeLoad(loads[0]!)}`);
    const small = await graphCounts(driver);

    step('Starting the three targets, each its own process');
    const editorKey = randomBytes(24).toString('base64url');
    const neo4jEnv = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
    const service = await spawnServer({
      name: 'service',
      entry: 'scripts/start.mjs',
      port: await freePort(),
      logDir,
      readyPath: '/ready',
      env: {
        ...neo4jEnv,
        STANCEGRAPH_SEED: 'false',
        STANCEGRAPH_API_KEYS: `bench:${editorKey}`,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        // All load comes from one client: the per-client limit would turn the test into a test of the limiter.
        STANCEGRAPH_RATE_LIMIT: String(RATE_LIMIT_OFF),
      },
    });
    servers.push(service);
    const contender = await spawnServer({ name: 'contender', entry: 'bench/contender.ts', port: await freePort(), logDir, readyPath: '/health', env: neo4jEnv });
    servers.push(contender);
    const raw = await spawnServer({ name: 'raw', entry: 'bench/raw-cypher.ts', port: await freePort(), logDir, readyPath: '/health', env: neo4jEnv });
    servers.push(raw);
    const urls: Record<Target, string> = { service: service.url, contender: contender.url, raw: raw.url };
    const pids: Record<Target, number> = { service: service.pid, contender: contender.pid, raw: raw.pid };
    const serviceIdleMb = readRssMb(service.pid);
    console.log(`  service ${service.url} (pid ${service.pid}, ${serviceIdleMb?.toFixed(0)} MB), contender ${contender.url}, raw ${raw.url}`);
    const rss = Object.fromEntries(TARGETS.map((t) => [t, new RssRecorder(pids[t])])) as Record<Target, RssRecorder>;

    step(`Entity page at scale ${profile.small}`);
    const smallShapes = buildMix(await resolveInputs(driver, news.landmarks()));
    const entityPageSmall = smallShapes.find((s) => s.key === 'entityPage')!;
    const smallAnswers = await checkAnswers(urls, [entityPageSmall]);
    // The servers have only just started: a longer warm-up before the small-scale figure.
    for (const t of TARGETS) await loadTest(urls[t], entityPageSmall.requests[t], { connections, durationSeconds: warmup });
    const underTest = (answers: ShapeAnswers | undefined, recorders: Record<Target, RssRecorder>): TargetUnderTest[] =>
      TARGETS.map((t) => ({ target: t, url: urls[t], pid: pids[t], rss: recorders[t], error: answers?.answers[t].ok === false ? answers.answers[t].error : undefined }));
    const roundsOptions = { driver, neo4jPid: bench.neo4j.pid, connections, warmupSeconds: warmup, durationSeconds: duration, rounds: ROUNDS };
    const scratchRss = Object.fromEntries(TARGETS.map((t) => [t, new RssRecorder(pids[t])])) as Record<Target, RssRecorder>;
    const growthSmall = await measureInRounds(entityPageSmall, underTest(smallAnswers[0], scratchRss), roundsOptions);
    printMeasured(entityPageSmall, growthSmall);

    step(`Growing the same database to scale ${profile.large}`);
    loads.push(await generate(driver, news, profile.large, { label: `scale ${profile.large}` }));
    console.log(`  ${describeLoad(loads[1]!)}`);
    const large = await graphCounts(driver);
    console.log(`  ${large.entities.toLocaleString()} entities, ${large.statements.toLocaleString()} statements, ${large.articles.toLocaleString()} articles, ${large.relationships.toLocaleString()} relationships`);

    step('Same answers? Each query once on each target (also the first warm-up)');
    const inputs = await resolveInputs(driver, news.landmarks());
    const shapes = buildMix(inputs);
    const answers = await checkAnswers(urls, shapes);
    for (const a of answers) {
      const label = shapes.find((s) => s.key === a.key)!.label;
      console.log(`  ${label.padEnd(28)} contender: ${a.agreement.contender.verdict.padEnd(22)} raw: ${a.agreement.raw.verdict.padEnd(22)} round-trips ${TARGETS.map((t) => a.answers[t].roundTrips ?? '?').join('/')}`);
    }

    step(`Load: ${connections} connections, ${warmup} s warm-up, then ${duration} s per target in ${ROUNDS} interleaved rounds`);
    const load: Record<string, Record<Target, Measured>> = {};
    for (const shape of shapes) {
      load[shape.key] = await measureInRounds(shape, underTest(answers.find((a) => a.key === shape.key), rss), roundsOptions);
      printMeasured(shape, load[shape.key]!);
    }

    step("Profiling the service's and the raw Cypher");
    const profiles: BenchResults['profiles'] = {};
    for (const shape of shapes) {
      const { service: q, rawName, rawParams } = requestParts(shape);
      try {
        profiles[shape.key] = { service: await profileService(driver, db, q.query, q.variables), raw: await profileRaw(driver, rawName, rawParams) };
        console.log(`  ${shape.label.padEnd(28)} db hits: service ${profiles[shape.key]!.service!.dbHits.toLocaleString()}, raw ${profiles[shape.key]!.raw!.dbHits.toLocaleString()}`);
      } catch (error) {
        profiles[shape.key] = { error: (error as Error).message.slice(0, 200) };
      }
    }

    step(`Seeding: ${profile.seedArticles} articles each way`);
    const seeding = await measureSeeding({
      serviceUrl: service.url,
      editorKey,
      db,
      driver,
      landmarks: news.landmarks(),
      articles: profile.seedArticles,
      concurrency: SEEDING_CONCURRENCY,
    });
    console.log(`  ingestFactsBatch ${seeding.ingestFactsBatch?.articlesPerSecond.toFixed(1)}/s, ingestFacts ${seeding.ingestFacts.articlesPerSecond.toFixed(1)}/s, writeDocument ${seeding.writeDocument.articlesPerSecond.toFixed(1)}/s, raw ${seeding.raw.articlesPerSecond.toFixed(1)}/s`);
    const storageShape = await checkStorageShape(driver, news.landmarks());

    const results: BenchResults = {
      mode,
      startedAt: new Date(started).toISOString(),
      minutes: (Date.now() - started) / 60_000,
      command: mode === 'full' ? 'npm run bench' : 'npm run bench -- --quick',
      code,
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown CPU',
        cores: os.cpus().length,
        memoryGiB: os.totalmem() / 2 ** 30,
        os: `${os.type()} ${os.release()}`,
        node: process.versions.node,
        neo4j: NEO4J_VERSION,
        loadAverage: { before: loadBefore, after: os.loadavg() },
      },
      settings: {
        seed: args.seed,
        unit: profile.unit,
        smallScale: profile.small,
        largeScale: profile.large,
        connections,
        durationSeconds: duration,
        warmupSeconds: warmup,
        rounds: ROUNDS,
        neo4jMemory: bench.memory,
      },
      landmarks: news.landmarks(),
      datasets: { small, large, loads },
      shapes: shapes.map((s) => ({ key: s.key, label: s.label, inMix: s.inMix, notes: s.notes })),
      answers,
      load,
      growth: { small: growthSmall, large: load.entityPage! },
      rss: { serviceIdleMb, service: rss.service.summary(), contender: rss.contender.summary(), raw: rss.raw.summary() },
      seeding,
      storageShape,
      profiles,
    };
    report(results);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await driver.close();
    await db.close();
    await bench.stopAndRemove(args['keep-neo4j']);
  }
}

function report(results: BenchResults, { save = true } = {}) {
  const resultsDir = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  if (save) writeFileSync(join(resultsDir, `${results.mode}.json`), JSON.stringify(results, null, 2) + '\n');
  const seeding = seedingTable(results);
  console.log('\n' + [throughputTable(results), cpuTable(results), answersTable(results), growthTable(results), memoryTable(results), ...(seeding ? [seeding] : []), targetsTable(results)].map(renderText).join('\n\n'));
  console.log(`\nRaw results: bench/results/${results.mode}.json (${results.minutes.toFixed(1)} minutes).`);
  if (args['write-docs'] ?? results.mode === 'full') {
    writeFileSync(join(PROJECT_ROOT, 'docs', 'benchmarks.md'), benchmarksMarkdown(results));
    writeFileSync(join(PROJECT_ROOT, 'docs', 'benchmarks.svg'), throughputChart(results));
    console.log('Wrote docs/benchmarks.md and docs/benchmarks.svg.');
  }
}

if (args['from-results']) report(JSON.parse(readFileSync(args['from-results'], 'utf8')) as BenchResults, { save: false });
else await main();
