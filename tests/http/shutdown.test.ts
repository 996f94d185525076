/**
 * Shutdown drains: a request in flight when the service is told to stop (what SIGTERM does) still gets its
 * answer; requests after that are turned away; then the service is gone.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { EDITOR_KEY, startTestService } from '../helpers/service.ts';

it('lets an in-flight write finish, then stops taking requests', async () => {
  let entered!: () => void;
  const inside = new Promise<void>((ok) => (entered = ok));
  const svc = await startTestService({
    app: {
      // The write pauses inside its transaction, so the shutdown surely finds it in flight.
      beforeCommit: async () => {
        entered();
        await new Promise((r) => setTimeout(r, 1500));
      },
    },
  });
  const text = 'Minister Ana Petrova said the plan was final.';
  const inFlight = svc.gql(
    'mutation($d: JSON!) { ingestFacts(document: $d) { article { id } } }',
    { d: { article: { publishedAt: '2025-02-01', text }, entities: [{ id: 'person:ana-petrova', type: 'Person', name: 'Ana Petrova' }], statements: [{ speaker: 'person:ana-petrova', quote: 'the plan was final', kind: 'PARAPHRASE', date: '2025-02-01', evidence: { sentence: text } }] } },
    { key: EDITOR_KEY },
  );
  await inside;
  const started = performance.now();
  const closing = svc.service.close(10_000);
  const late = await fetch(`${svc.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
    (r) => r.status,
    () => 'refused',
  );
  const answer = await inFlight;
  await closing;
  console.log(`  in-flight write answered ${answer.status} after ${(performance.now() - started).toFixed(0)} ms of draining; a late request: ${late}`);
  assert.equal(answer.status, 200);
  assert.ok(answer.data?.ingestFacts.article.id, JSON.stringify(answer.errors));
  assert.ok(late === 'refused' || late === 503, `late request: ${late}`);
  const gone = await fetch(`${svc.url}/health`).then(() => 'answered', () => 'refused');
  assert.equal(gone, 'refused');
  await svc.db.close();
});
