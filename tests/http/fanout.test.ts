/**
 * Several API instances behind a load balancer share one Neo4j: subscription events fan out through a real
 * Redis server, and a client that carries its write's bookmarks reads its own write on another instance.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { freePort } from '../../src/db/local-neo4j.ts';
import { createApp } from '../../src/http/yoga.ts';
import { startService, type RunningService } from '../../src/http/server.ts';
import { createLogger } from '../../src/log.ts';
import { createEventBus, type EventBus } from '../../src/events/bus.ts';
import { EDITOR_KEY, resetGraph, testDatabase } from '../helpers/service.ts';
import type { Database } from '../../src/db/database.ts';

const REDIS = '/usr/bin/redis-server';
let redis: ChildProcess;
let redisUrl: string;
const instances: Array<{ service: RunningService; events: EventBus; db: Database }> = [];

before(async () => {
  assert.ok(existsSync(REDIS), `${REDIS} is needed (Debian package redis-server)`);
  const port = await freePort();
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  redisUrl = `redis://127.0.0.1:${port}`;
  for (let tries = 0; !(await answers(port)); tries++) {
    assert.ok(tries < 100, 'redis-server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  for (let i = 0; i < 2; i++) {
    const db = testDatabase();
    if (i === 0) await resetGraph(db);
    const events = createEventBus(redisUrl);
    const app = createApp({ db, events, logger: createLogger('silent'), apiKeys: [{ name: 'e', key: EDITOR_KEY, roles: ['editor'] }], graphiql: false, introspection: true, production: false });
    const service = await startService({ app, db, logger: createLogger('silent'), host: '127.0.0.1', port: 0 });
    instances.push({ service, events, db });
  }
});
after(async () => {
  for (const i of instances) {
    await i.service.close(500);
    await i.events.close();
    await i.db.close();
  }
  redis?.kill('SIGTERM');
});

function answers(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), ok(true)));
    socket.once('error', () => ok(false));
  });
}

async function post(url: string, query: string, variables: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as any;
}

it('delivers an article written through instance A to a subscriber of instance B, through Redis', async () => {
  const [a, b] = instances;
  const controller = new AbortController();
  const query = encodeURIComponent('subscription { articleIngested { articleId title } }');
  const res = await fetch(`${b!.service.url}/graphql?query=${query}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
  const reader = res.body!.getReader();
  let buffer = '';
  const event = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += new TextDecoder().decode(value);
      const m = /data: (\{"data".*\})/.exec(buffer);
      if (m) return JSON.parse(m[1]!).data.articleIngested;
    }
  })();
  await new Promise((r) => setTimeout(r, 500)); // the subscription reaches Redis
  const text = 'The council voted to reopen the river ferry, Mayor Ines Duarte said.';
  const write = await post(
    a!.service.url,
    'mutation($d: JSON!) { ingestFacts(document: $d) { article { id } } }',
    { d: { article: { title: 'Ferry reopens', publishedAt: '2025-04-02', text }, entities: [{ id: 'person:ines-duarte', type: 'Person', name: 'Ines Duarte' }], statements: [{ speaker: 'person:ines-duarte', quote: 'The council voted to reopen the river ferry', kind: 'PARAPHRASE', date: '2025-04-02', evidence: { sentence: text } }] } },
    { authorization: `Bearer ${EDITOR_KEY}` },
  );
  assert.ok(!write.errors, JSON.stringify(write.errors));
  const got = await Promise.race([event, new Promise((_, fail) => setTimeout(() => fail(new Error(`no event on instance B within 5 s; the stream had: ${buffer.slice(0, 500)}`)), 5000))]);
  controller.abort();
  console.log(`  instance B received: ${JSON.stringify(got)}`);
  assert.deepEqual(got, { articleId: write.data.ingestFacts.article.id, title: 'Ferry reopens' });

  // Read-your-writes on the other instance: the write's bookmarks travel with the client.
  const bookmarks: string[] = write.extensions.bookmarks;
  assert.ok(bookmarks.length > 0, 'a write returns its bookmarks');
  const read = await post(b!.service.url, '{ entity(id: "person:ines-duarte") { name } }', {}, { 'x-neo4j-bookmarks': bookmarks.join(',') });
  assert.equal(read.data.entity.name, 'Ines Duarte');
  const bad = await post(b!.service.url, '{ stats { nodes } }', {}, { 'x-neo4j-bookmarks': 'not-a-bookmark' });
  assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});
