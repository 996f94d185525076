/**
 * The README's first command, as a user runs it: `npm start` starts a local Neo4j of its own, seeds the founding
 * article, serves GraphQL with GraphiQL, stops everything on Ctrl-C, and finds its data again on the next start.
 */
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/db/local-neo4j.ts';

const dataRoot = mkdtempSync(join(tmpdir(), 'stancegraph-start-'));
after(() => rmSync(dataRoot, { recursive: true, force: true }));

function portAnswers(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), ok(true)));
    socket.once('error', () => ok(false));
  });
}

/** Neo4j shuts down in a few seconds after its signal; wait for its port to close, a bounded time. */
async function closesWithin(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (await portAnswers(port)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}

async function startService(port: number, neo4jPort: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), STANCEGRAPH_NEO4J_PORT: String(neo4jPort), STANCEGRAPH_DATA_DIR: join(dataRoot, 'neo4j'), LOG_LEVEL: 'warn' };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  delete env.NODE_ENV;
  // A process group of its own, so that stopping it is a terminal's Ctrl-C: SIGINT to the whole group.
  const child = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 120_000;
  while (!output.includes('Stancegraph is up')) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, output: () => output };
}

/** Ctrl-C (or a supervisor's SIGTERM); resolves with how npm ended: 0, or the signal it passes on. */
async function stop(child: ChildProcess, signal: 'SIGINT' | 'SIGTERM' = 'SIGINT'): Promise<string> {
  const exited = new Promise<string>((ok) => child.once('exit', (code, got) => ok(code === 0 || got === signal ? 'stopped' : `code ${code} signal ${got}`)));
  process.kill(-child.pid!, signal);
  return exited;
}

async function gql(port: number, query: string, key?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as any;
}

it('starts a local Neo4j, seeds it, serves GraphiQL, stops on Ctrl-C and keeps its data', { timeout: 300_000 }, async () => {
  const port = await freePort();
  const neo4jPort = await freePort();
  const first = await startService(port, neo4jPort);
  const stats = await gql(port, '{ stats { articles statements } }');
  assert.deepEqual(stats.data.stats, { articles: 1, statements: 10 });
  const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
  assert.equal(page.status, 200);
  assert.match(await page.text(), /graphiql/i);
  assert.equal((await fetch(`http://127.0.0.1:${port}/ready`)).status, 200);
  const key = readFileSync(join(dataRoot, 'editor-api-key'), 'utf8').trim();
  const created = await gql(port, 'mutation { createEntity(input: { type: Place, name: "Zaporizhzhia" }) { id } }', key);
  assert.equal(created.data.createEntity.id, 'place:zaporizhzhia');

  assert.equal(await stop(first.child), 'stopped', first.output());
  assert.ok(await closesWithin(neo4jPort, 30_000), 'Neo4j stopped with the service');
  assert.ok(await closesWithin(port, 30_000), 'the API stopped');

  const second = await startService(port, neo4jPort);
  const again = await gql(port, '{ stats { articles } entity(id: "place:zaporizhzhia") { name } }');
  assert.equal(again.data.stats.articles, 1, 'not seeded twice');
  assert.equal(again.data.entity.name, 'Zaporizhzhia', 'data persisted between runs');
  assert.equal(await stop(second.child, 'SIGTERM'), 'stopped');
  assert.ok(await closesWithin(neo4jPort, 30_000), 'SIGTERM stops Neo4j too');
});
