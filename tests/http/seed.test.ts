/**
 * Loading the seed twice changes nothing: the same nodes, relationships and sources. Checked through the CLI
 * that loads it and the GraphQL `stats` that counts.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ok, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(() => svc.close());

function runSeedCli() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts'], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD },
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

it('is idempotent: a second load leaves node, edge and source counts as they were', async () => {
  const statsQuery = `{ stats { nodes relationships articles entities statements } }`;
  const sourcesQuery = `{ reversals(first: 100) { nodes { sources { sentence } } } statements(first: 100) { nodes { sources { sentence } } } }`;
  const before1 = ok(await svc.gql(statsQuery)).stats;
  const sources1 = JSON.stringify(ok(await svc.gql(sourcesQuery)));
  assert.ok(before1.nodes > 30 && before1.relationships > 80, `seeded: ${JSON.stringify(before1)}`);
  const out = runSeedCli();
  assert.match(out, /article:landmines-ukraine-2024-11: 10 statements, 26 facts, 0 new entities, 26 known/);
  runSeedCli();
  assert.deepEqual(ok(await svc.gql(statsQuery)).stats, before1);
  assert.equal(JSON.stringify(ok(await svc.gql(sourcesQuery))), sources1);
  assert.deepEqual(before1, { ...before1, articles: 1, statements: 10, entities: 26 });
});
