/**
 * Load on loopback: 56 concurrent clients (44 reading, 12 writing articles) for a bounded time. No errors, and
 * every write the service acknowledged is in the graph afterwards.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { EDITOR_KEY, ok, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(() => svc.close());

const DURATION_MS = Number(process.env.LOAD_SECONDS ?? 15) * 1000;
const READERS = 44;
const WRITERS = 12;

const READS = [
  `{ entity(id: "person:joe-biden") { name ... on Person { statements(first: 20) { edges { node { quote speaker { name } sources { sentence } } } } authorizations { nodes { date { text } } } } } }`,
  `{ search(text: "land mines", first: 5) { score entity { id } } }`,
  `{ neighborhood(id: "person:joe-biden", depth: 2, limit: 100) { nodes { id } edges { type } } }`,
  `{ timeline(id: "person:joe-biden") { kind date { text } summary } }`,
  `{ stanceChanges(subject: "person:joe-biden") { grade } }`,
  `{ statements(about: "weapon:antipersonnel-landmines", first: 10) { totalCount nodes { id } } }`,
];

function article(writer: number, n: number) {
  const text = `Joe Biden said on day ${n} that writer ${writer} had filed story ${n}. "We will keep going," Biden said.`;
  return {
    article: { title: `Load ${writer}-${n}`, url: `https://load.example/${writer}/${n}`, publishedAt: '2025-01-15', text },
    entities: [{ id: `place:load-town-${writer}`, type: 'Place', name: `Load Town ${writer}` }],
    statements: [
      { speaker: 'person:joe-biden', quote: `We will keep going (${writer}-${n})`, kind: 'PARAPHRASE', date: '2025-01-15', about: [`place:load-town-${writer}`], evidence: { sentence: text } },
    ],
  };
}

it(`serves ${READERS} readers and ${WRITERS} writers at once with zero errors and no lost writes`, { timeout: 120_000 }, async () => {
  const before1 = ok(await svc.gql('{ stats { articles } }')).stats.articles;
  const deadline = Date.now() + DURATION_MS;
  const errors: string[] = [];
  const acknowledged: string[] = [];
  let reads = 0;
  const latencies: number[] = [];
  const reader = async (i: number) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const started = performance.now();
      const res = await svc.gql(READS[(i + n) % READS.length]!);
      latencies.push(performance.now() - started);
      if (res.errors || res.status !== 200) errors.push(`read: ${res.status} ${JSON.stringify(res.errors).slice(0, 200)}`);
      reads++;
    }
  };
  const writer = async (w: number) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const res = await svc.gql('mutation($d: JSON!) { ingestFacts(document: $d) { duplicate article { id } } }', { d: article(w, n) }, { key: EDITOR_KEY });
      if (res.errors || res.status !== 200) errors.push(`write: ${res.status} ${JSON.stringify(res.errors).slice(0, 200)}`);
      else acknowledged.push(res.data.ingestFacts.article.id);
    }
  };
  await Promise.all([...Array.from({ length: READERS }, (_, i) => reader(i)), ...Array.from({ length: WRITERS }, (_, w) => writer(w))]);
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(0);
  console.log(`  ${DURATION_MS / 1000} s: ${reads} reads (${(reads / (DURATION_MS / 1000)).toFixed(0)}/s, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms), ${acknowledged.length} writes acknowledged, ${errors.length} errors`);
  assert.deepEqual(errors.slice(0, 5), []);
  assert.ok(acknowledged.length > WRITERS, 'writes happened');
  const after1 = ok(await svc.gql('{ stats { articles } }')).stats.articles;
  assert.equal(after1, before1 + acknowledged.length, 'every acknowledged article is there, and nothing else');
  for (let i = 0; i < acknowledged.length; i += 100) {
    const ids = acknowledged.slice(i, i + 100);
    const found = ok(await svc.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Article { factCount } } }', { ids })).nodes;
    assert.ok(found.every((n: any) => n && n.factCount === 3), 'each article lists its statement, SAID and ABOUT facts');
  }
});
