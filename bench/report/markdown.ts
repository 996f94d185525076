/**
 * docs/benchmarks.md, written from a run's results: the targets, the figures, the chart, what each reference
 * is, the machine and settings, and the command that reproduces it all.
 */
import type { BenchResults } from './results.ts';
import { answersTable, cpuTable, growthTable, memoryTable, renderMarkdown, seedingTable, targetsTable, throughputTable } from './tables.ts';
import { measuredOf } from './targets.ts';

const n = (v: number) => Math.round(v).toLocaleString('en-US');

function whereTimeGoes(r: BenchResults): string[] {
  const lines: string[] = [
    '| query | p50 service / raw | db hits: service | raw | service: operators with most hits | raw: operators with most hits |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const shape of r.shapes) {
    const p = r.profiles[shape.key];
    const ours = measuredOf(r, shape.key, 'service');
    const raw = measuredOf(r, shape.key, 'raw');
    const ratio = ours && raw ? `${(ours.p50 / raw.p50).toFixed(2)}x` : '-';
    if (!p || p.error || !p.service || !p.raw) {
      lines.push(`| ${shape.label} | ${ratio} | - | - | ${p?.error ?? 'not profiled'} | |`);
      continue;
    }
    lines.push(`| ${shape.label} | ${ratio} | ${n(p.service.dbHits)} | ${n(p.raw.dbHits)} | ${p.service.top.join('; ')} | ${p.raw.top.join('; ')} |`);
  }
  return lines;
}

function codeText(r: BenchResults): string {
  const c = r.code;
  if (!c?.commit) return 'not recorded';
  const changes = c.uncommittedSrcFiles === null ? 'uncommitted changes not recorded' : c.uncommittedSrcFiles === 0 ? 'no uncommitted changes in src/' : `${c.uncommittedSrcFiles} files in src/ with uncommitted changes`;
  return `commit ${c.commit} (${changes})`;
}

/** For each query where raw Cypher serves over 1.3x the service's rate: where the extra cost per request is. */
function slowerThanRaw(r: BenchResults): string[] {
  const lines: string[] = [];
  for (const shape of r.shapes) {
    const ours = measuredOf(r, shape.key, 'service');
    const raw = measuredOf(r, shape.key, 'raw');
    if (!ours || !raw || raw.requestsPerSecond / ours.requestsPerSecond <= 1.3 || !ours.cpu || !raw.cpu) continue;
    const processExtra = ours.cpu.serverMs - raw.cpu.serverMs;
    const neo4jExtra = ours.cpu.neo4jMs - raw.cpu.neo4jMs;
    const p = r.profiles[shape.key];
    const hits = p?.service && p.raw ? ` The service's query does ${n(p.service.dbHits)} database hits, the hand-written one ${n(p.raw.dbHits)}.` : '';
    lines.push(
      `- ${shape.label}: raw serves ${(raw.requestsPerSecond / ours.requestsPerSecond).toFixed(2)}x the requests. Per request the service spends ` +
        `${ours.cpu.serverMs.toFixed(1)} ms of CPU in its process (raw: ${raw.cpu.serverMs.toFixed(1)}) and ${ours.cpu.neo4jMs.toFixed(1)} ms in Neo4j ` +
        `(raw: ${raw.cpu.neo4jMs.toFixed(1)}): the extra cost is ${neo4jExtra > processExtra ? 'mostly in Neo4j, in the query itself' : 'mostly in the service process (GraphQL execution and the answer\'s serialization)'}.${hits}`,
    );
  }
  return lines.length ? lines : ['- None: raw Cypher serves at most 1.3x the service\'s rate on every query.'];
}

function deepPageText(r: BenchResults): string[] {
  const deep = r.answers.find((a) => a.key === 'deepPage');
  const ours = measuredOf(r, 'deepPage', 'service');
  const one = measuredOf(r, 'pageOne', 'service');
  const cOne = measuredOf(r, 'pageOne', 'contender');
  const lines = [
    `The deep page is statements 5,001-5,050 of ${r.landmarks.hub.name} (${r.landmarks.hub.id}), who has 7,500. The service pages with a`,
    "keyset cursor built from the 5,000th statement's sort key (date, id); the raw query seeks past the same key;",
    '@neo4j/graphql pages with its own offset cursor (`arrayconnection:4999`), as a client paging through it would hold.',
    '',
  ];
  if (ours && one) lines.push(`- Service: deep page p50 ${ours.p50} ms, page one p50 ${one.p50} ms (${(ours.p50 / one.p50).toFixed(2)}x).`);
  if (deep && !deep.answers.contender.ok) {
    const seconds = deep.answers.contender.ms / 1000;
    lines.push(
      `- @neo4j/graphql: the deep page fails: \`${deep.answers.contender.error}\` ` +
        `(after ${Number.isFinite(seconds) ? seconds.toFixed(0) : '?'} s and ${deep.answers.contender.roundTrips ?? '?'} attempts: the driver retries the transient memory error). ` +
        `Its connection query collects every statement of the speaker, with all selected fields, before it skips to the offset, under ` +
        `\`db.memory.transaction.max=${r.settings.neo4jMemory['db.memory.transaction.max'] ?? '?'}\`. It was not load-tested. ` +
        (cOne ? `Its page one works: p50 ${cOne.p50} ms.` : ''),
    );
  } else if (deep) {
    const c = measuredOf(r, 'deepPage', 'contender');
    if (c) lines.push(`- @neo4j/graphql: deep page p50 ${c.p50} ms${cOne ? `, page one p50 ${cOne.p50} ms` : ''}.`);
  }
  return lines;
}

export function benchmarksMarkdown(r: BenchResults): string {
  const m = r.machine;
  const s = r.settings;
  const seeding = seedingTable(r);
  const small = r.datasets.small;
  const large = r.datasets.large;
  const shapeRows = r.storageShape.map(
    (c) => `| ${c.element} | ${c.verdict} | ${[...c.onlyGenerated.map((k) => `generated only: ${k}`), ...c.onlyIngested.map((k) => `ingested only: ${k}`)].join('; ') || '-'} |`,
  );
  return [
    '# Benchmarks',
    '',
    `Stancegraph against two references on the same Neo4j and the same data: **@neo4j/graphql 7** (the library most`,
    `teams would use to put GraphQL over Neo4j) and **raw Cypher** (the same answers written by hand and sent through`,
    `neo4j-driver, with no GraphQL layer). Measured on ${r.startedAt.slice(0, 10)} in one run of ${r.minutes.toFixed(0)} minutes:`,
    '',
    '```sh',
    r.command,
    '```',
    '',
    '## Targets',
    '',
    renderMarkdown(targetsTable(r)),
    '',
    '![Throughput per query](benchmarks.svg)',
    '',
    '## Throughput and latency',
    '',
    `Each query is sent by autocannon over ${s.connections} connections, one target at a time: a ${s.warmupSeconds} s warm-up per target, then ${s.rounds}`,
    `interleaved rounds in which the targets take turns (the order rotating), each turn as many requests as the warm-up rate`,
    `gives in ${(s.durationSeconds / s.rounds).toFixed(0)} s (at least 2 per connection), ending when the last answer is in, so slow queries are not cut off by the`,
    'clock. Neo4j is left to finish every running query before the next turn. Requests/s counts only correct answers (HTTP 200',
    `without errors) over the ${s.rounds} turns, with the range of the turns in brackets; p50 and p99 are the medians of the turns.`,
    'The mix figure is the rate at which the six frontend queries (a)-(f) are served when each is asked equally often',
    `(n / sum of 1/rate). Page one is measured only to compare the deep page with it. *: over the queries the contender answers.`,
    '',
    renderMarkdown(throughputTable(r)),
    '',
    'Where each request spends its CPU time (user + system time of the process over the measured run, divided by the answers;',
    "Neo4j's includes its background work). With 2 cores shared by Neo4j, the server and the load generator, a server that spends",
    'more CPU per request leaves less to Neo4j, and the other way round.',
    '',
    renderMarkdown(cpuTable(r)),
    '',
    '## Same answers, and the cost in round-trips',
    '',
    "Before the load, each query is sent once to each target and the ids of the answer are compared, in order, with the service's.",
    'The service reports `extensions.cost.cypherRoundTrips`; the contender is given the same report by a counting driver',
    '(bench/contender/counting-driver.ts) that counts every Cypher statement it sends; the raw endpoint sends one query.',
    '',
    renderMarkdown(answersTable(r)),
    '',
    '## Deep pages',
    '',
    ...deepPageText(r),
    '',
    '## Growth with the data',
    '',
    `The dataset is a fixed core (the head of state with 7,500 statements, 240 authorizations and 80 reversals, nine other`,
    `prominent people, the main countries, agencies, outlets, weapons and policies) plus shards of long tail. Scale ${s.smallScale} is the`,
    `core plus ${Math.round(s.smallScale / s.unit)} shard; scale ${s.largeScale} adds ${Math.round((s.largeScale - s.smallScale) / s.unit)} more to the same database, so the same entity page is`,
    `measured with ${(large.nodes / small.nodes).toFixed(1)}x the nodes and ${(large.relationships / small.relationships).toFixed(1)}x the relationships around it (more statements about the`,
    'head of state, more articles mentioning him, more of everything else). The entity page is measured at the small scale',
    'right after loading it, and again in the main run at the large scale. Wall-clock figures taken minutes apart on a shared',
    'machine move with its load; the CPU time per request (server process + Neo4j) is the steadier measure of the work.',
    '',
    renderMarkdown(growthTable(r)),
    '',
    '## Memory',
    '',
    `Resident memory (VmRSS from /proc) of each server process, sampled every 200 ms while it served its load tests. The service`,
    `runs as \`npm start\` runs it (\`node scripts/start.mjs\`: the service built into dist/ and run by plain Node), with`,
    `\`NEO4J_URI\` set, \`STANCEGRAPH_SEED=false\`, \`NODE_ENV=production\` and the per-client rate limit lifted (all the load comes from one client);`,
    `idle after start-up it held ${r.rss.serviceIdleMb?.toFixed(0) ?? '?'} MB.`,
    '',
    renderMarkdown(memoryTable(r)),
    '',
    '## Seeding',
    '',
    'Articles per second through the ingest path, against a raw batched Cypher load of the same facts (copies of the same',
    'documents under other names, so each path writes new articles of the same size into the loaded graph). Seeding goes',
    'through `ingestFactsBatch`: the same validation, resolution, duplicate checks and source bookkeeping as `ingestFacts`,',
    'with many articles per transaction and a fixed number of queries per batch. Each path first writes a few documents',
    'untimed (query plans and the JIT warm up, as for the read mix).',
    '',
    seeding ? renderMarkdown(seeding) : '(not measured)',
    '',
    '## Where the time goes',
    '',
    "The service's Cypher for each request is captured by running the request in-process against the service's schema with a",
    'recording database (bench/measure/profile.ts), then run under `PROFILE`, as is the hand-written query of the raw reference.',
    "The service's query is one map projection with nested subqueries, so the plan counts most of its hits under one Projection.",
    '',
    ...whereTimeGoes(r),
    '',
    'Queries where raw Cypher is more than 1.3x faster, and where the difference goes:',
    '',
    ...slowerThanRaw(r),
    '',
    '## The data',
    '',
    `Generated by \`bench/generate.ts\` (seed \`${s.seed}\`), stored exactly as the service's write path stores it (same labels,`,
    'properties, ids, date fields, statuses and source lists) and loaded with batched `UNWIND` queries of 10,000 rows.',
    '',
    '| scale | entities | statements | articles | nodes | relationships |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${s.smallScale} | ${n(small.entities)} | ${n(small.statements)} | ${n(small.articles)} | ${n(small.nodes)} | ${n(small.relationships)} |`,
    `| ${s.largeScale} | ${n(large.entities)} | ${n(large.statements)} | ${n(large.articles)} | ${n(large.nodes)} | ${n(large.relationships)} |`,
    '',
    'Load rates: ' + r.datasets.loads.map((l) => `${n(l.nodes + l.edges)} rows in ${l.seconds.toFixed(0)} s (${n(l.rowsPerSecond)} rows/s; nodes ${n(l.nodesPerSecond)}/s, edges ${n(l.edgesPerSecond)}/s)`).join('; then ') + '.',
    '',
    'Shapes: a head of state with 7,500 statements, a few prominent people with hundreds, a Zipf-distributed long tail (most',
    'people say one or two things, many nothing), agencies, places, weapons and policies; each policy concerns a weapon and',
    'applies to a place, is authorized once or twice, and a fifth are reversed later; statements are about 1 to 3 topics (40%',
    'from the core); each fact cites 1 or 2 articles with the sentence and its offsets; about 3% of facts are unconfirmed.',
    '',
    "Storage check: the generator's elements against those the `ingestFacts` mutation wrote during the seeding run (labels, and",
    'property names with their Cypher value types):',
    '',
    '| element | verdict | differences |',
    '| --- | --- | --- |',
    ...shapeRows,
    '',
    '## The references',
    '',
    `- **Stancegraph**: this service, its own process, reading through its connection pool of 50; each root field is one`,
    '  Cypher query compiled from the selection.',
    '- **@neo4j/graphql 7** (bench/contender.ts): `Neo4jGraphQL` with type definitions equivalent to the schema',
    '  (bench/contender/type-defs.ts), served by graphql-yoga in its own process. On Neo4j Community without APOC it runs',
    '  with String dates and without `@authorization(validate)` rules; it prefixes every query with `CYPHER 5`. Pages are its',
    '  generated connections with `where` and `sort`; search is `@fulltext` with the same Lucene query; neighborhood, path and',
    '  timeline cannot be generated and are `@cypher` query fields running the raw reference\'s hand-written Cypher.',
    '- **raw Cypher** (bench/raw-cypher.ts, bench/mix/cypher-queries.ts): the answers written by hand, one query per request,',
    '  behind a minimal HTTP endpoint (a session and read transaction per request, JSON out), so HTTP and serialization are',
    '  paid by all three.',
    '',
    '## Machine and settings',
    '',
    `- ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(0)} GiB RAM, ${m.os}; Node ${m.node}; Neo4j Community ${m.neo4j}.`,
    `- Service code: ${codeText(r)}.`,
    `- Load average (1 min) before the run ${m.loadAverage.before[0]?.toFixed(2)}, after ${m.loadAverage.after[0]?.toFixed(2)}: the machine is shared, and`,
    '  Neo4j, the three servers and autocannon all run on its 2 cores, so absolute figures move from run to run; the ratios',
    '  between targets, measured back to back, are the figures to compare.',
    `- Neo4j: ${Object.entries(s.neo4jMemory).map(([k, v]) => `${k}=${v}`).join(', ')} (the conf written by src/db/local-neo4j.ts; heap and page cache set by the bench).`,
    `- Load: ${s.connections} connections, ${s.warmupSeconds} s warm-up then about ${s.durationSeconds} s of requests per query and target in ${s.rounds} interleaved turns; request timeout 10 s.`,
    '',
    '## Reproduce',
    '',
    '```sh',
    `npm run bench            # the full run (this one took ${r.minutes.toFixed(0)} minutes): starts its own Neo4j in a temporary folder, writes this file and docs/benchmarks.svg`,
    'npm run bench -- --quick # a sanity run on small data with short load tests (a few minutes); writes bench/results/quick.json only',
    'NEO4J_URI=bolt://... NEO4J_PASSWORD=... npm run generate -- --scale 1   # the dataset alone, into an empty Neo4j',
    'npm run bench -- --from-results bench/results/full.json                  # the tables and this file again, from a saved run',
    '```',
    '',
    `Raw results of this run: bench/results/${r.mode}.json.`,
    '',
  ].join('\n');
}

