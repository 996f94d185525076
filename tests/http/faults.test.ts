/**
 * Fault injection: Neo4j stops in the middle of a batch of article writes. Every article is afterwards either
 * fully present or absent; the service says it is unavailable while Neo4j is away and recovers by itself,
 * without a restart, when Neo4j is back. This file runs its own Neo4j, since it stops it.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j.ts';
import { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/db/apply-schema.ts';
import { createApp } from '../../src/http/yoga.ts';
import { startService, type RunningService } from '../../src/http/server.ts';
import { createLogger } from '../../src/log.ts';
import { createEventBus } from '../../src/events/bus.ts';
import { EDITOR_KEY } from '../helpers/service.ts';

const home = mkdtempSync(join(tmpdir(), 'stancegraph-faults-'));
let port: number;
let neo4j: LocalNeo4j;
let db: Database;
let service: RunningService;

before(async () => {
  port = await freePort();
  neo4j = await startLocalNeo4j({ home, port, password: 'fault-test-password', log: () => {} });
  db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  await applySchema(db);
  const app = createApp({
    db,
    events: createEventBus(),
    logger: createLogger('silent'),
    apiKeys: [{ name: 'editor', key: EDITOR_KEY, roles: ['editor'] }],
    graphiql: false,
    introspection: true,
    production: false,
  });
  service = await startService({ app, db, logger: createLogger('silent'), host: '127.0.0.1', port: 0, rateLimit: { requests: 1e6, windowMs: 60_000 } });
});
after(async () => {
  await service?.close(1000);
  await db?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

async function gql(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as any) };
}

/** An article of 8 statements and 8 facts: all of it is written, or none. */
function article(n: number) {
  const lines = Array.from({ length: 8 }, (_, i) => `Minister Ana Petrova said point ${i} of plan ${n} was final.`);
  return {
    article: { id: `article:fault-${n}`, title: `Plan ${n}`, publishedAt: '2025-02-01', text: lines.join('\n') },
    entities: [
      { id: 'person:ana-petrova', type: 'Person', name: 'Ana Petrova' },
      { id: `policy:plan-${n}`, type: 'Policy', name: `Plan ${n}`, effect: 'PERMIT' },
    ],
    statements: lines.map((line, i) => ({ speaker: 'person:ana-petrova', quote: `point ${i} of plan ${n} was final`, kind: 'PARAPHRASE', date: '2025-02-01', about: [`policy:plan-${n}`], evidence: { sentence: line } })),
    facts: [{ type: 'AUTHORIZED', from: 'person:ana-petrova', to: `policy:plan-${n}`, date: '2025-02', evidence: { sentence: lines[0] } }],
  };
}

const EXPECTED_FACTS = 8 * 3 + 1;

it('leaves every article whole or absent when Neo4j stops mid-batch, and recovers without a restart', { timeout: 240_000 }, async () => {
  const outcomes: Array<{ n: number; acknowledged: boolean; code?: string }> = [];
  let stopped: Promise<void> | null = null;
  for (let n = 0; n < 60; n++) {
    if (n === 12) stopped = neo4j.stop(); // stop while the batch goes on
    const res = await gql('mutation($d: JSON!) { ingestFacts(document: $d) { article { id } } }', { d: article(n) });
    assert.ok(res.status < 500 || res.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE', `status ${res.status}`);
    outcomes.push({ n, acknowledged: !res.errors, code: res.errors?.[0]?.extensions?.code });
    if (stopped && outcomes.filter((o) => !o.acknowledged).length >= 5) break;
  }
  await stopped;
  const failed = outcomes.filter((o) => !o.acknowledged);
  console.log(`  ${outcomes.length} articles tried: ${outcomes.length - failed.length} acknowledged, ${failed.length} refused (${[...new Set(failed.map((f) => f.code))].join(', ')})`);
  assert.ok(failed.length > 0 && failed.every((f) => f.code === 'SERVICE_UNAVAILABLE'), 'writes refused as unavailable');

  // While Neo4j is away: readiness says so, reads fail fast with a clear code.
  const ready = await fetch(`${service.url}/ready`);
  assert.equal(ready.status, 503);
  const started = performance.now();
  const read = await gql('{ stats { articles } }');
  const ms = performance.now() - started;
  console.log(`  a read while Neo4j is away: ${read.errors?.[0]?.extensions?.code} in ${ms.toFixed(0)} ms`);
  assert.equal(read.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
  assert.ok(ms < 10_000);

  // Neo4j comes back on the same port with the same data; the service notices by itself.
  neo4j = await startLocalNeo4j({ home, port, log: () => {} });
  const deadline = Date.now() + 60_000;
  let recoveredAfter = 0;
  for (;;) {
    const res = await gql('{ stats { articles } }');
    if (!res.errors) break;
    assert.ok(Date.now() < deadline, 'recovers within a minute');
    await new Promise((r) => setTimeout(r, 250));
    recoveredAfter += 250;
  }
  console.log(`  answering again ${recoveredAfter} ms after Neo4j was back`);
  assert.equal((await fetch(`${service.url}/ready`)).status, 200);

  // Whole or absent: acknowledged articles whole; refused ones absent or (committed before the ack was lost) whole.
  const ids = outcomes.map((o) => `article:fault-${o.n}`);
  const res = await gql('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Article { factCount } } }', { ids });
  for (const [i, node] of res.data.nodes.entries()) {
    const o = outcomes[i]!;
    if (o.acknowledged) assert.equal(node?.factCount, EXPECTED_FACTS, `acknowledged article ${o.n} is whole`);
    else assert.ok(node === null || node.factCount === EXPECTED_FACTS, `refused article ${o.n} is absent or whole`);
    if (node) {
      const statements = await gql(`{ entity(id: "policy:plan-${o.n}") { ... on Policy { statementsAbout(first: 20) { totalCount } authorizedBy { id } } } }`);
      assert.equal(statements.data.entity.statementsAbout.totalCount, 8, `article ${o.n}: all 8 statements`);
      assert.equal(statements.data.entity.authorizedBy.length, 1);
    } else {
      const orphan = await gql(`{ node(id: "policy:plan-${o.n}") { id } }`);
      assert.equal(orphan.data.node, null, `article ${o.n}: nothing of it was written`);
    }
  }
});
