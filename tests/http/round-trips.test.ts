/**
 * No N+1: a nested query costs a fixed, small number of Cypher round-trips whatever its page size. The count
 * is reported by the service in `extensions.cost.cypherRoundTrips`.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { EDITOR_KEY, ok, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
before(async () => {
  svc = await startTestService();
  // An article with 60 statements by one speaker, each about two topics.
  const lines = Array.from({ length: 60 }, (_, i) => `"Point number ${i} is a matter of record," Senator Ada Quill said on day ${i}.`);
  const document = {
    article: { title: 'Sixty statements', publishedAt: '2025-03-01', text: lines.join('\n') },
    entities: [
      { id: 'person:ada-quill', type: 'Person', name: 'Ada Quill', aliases: ['Senator Ada Quill'] },
      { id: 'place:quill-county', type: 'Place', name: 'Quill County' },
    ],
    statements: lines.map((line, i) => ({
      speaker: 'person:ada-quill',
      quote: `Point number ${i} is a matter of record`,
      kind: 'DIRECT',
      date: `2025-02-${String((i % 28) + 1).padStart(2, '0')}`,
      about: ['place:quill-county', 'place:ukraine'],
      evidence: { sentence: line },
    })),
  };
  ok(await svc.gql(`mutation($d: JSON!) { ingestFacts(document: $d) { statements } }`, { d: document }, { key: EDITOR_KEY }));
});
after(() => svc.close());

const NESTED = `query($first: Int!) {
  entity(id: "person:ada-quill") {
    name
    ... on Person {
      statements(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor date { text } sources { sentence article { title } }
          node { quote speaker { name } about { id name } sources { sentence start end article { id publishedAt { text } } } } }
      }
    }
  }
}`;

it('answers an entity with a page of 50 statements, each with speaker, sources and topics, in at most 2 round-trips', async () => {
  const res = await svc.gql(NESTED, { first: 50 });
  const data = ok(res);
  const edges = data.entity.statements.edges;
  assert.equal(edges.length, 50);
  assert.equal(data.entity.statements.totalCount, 60);
  assert.equal(data.entity.statements.pageInfo.hasNextPage, true);
  for (const e of edges) {
    assert.equal(e.node.speaker.name, 'Ada Quill');
    assert.equal(e.node.about.length, 2);
    assert.equal(e.node.sources[0].article.publishedAt.text, '2025-03-01');
  }
  const trips = res.extensions?.cost?.cypherRoundTrips;
  console.log(`  round-trips for 50 nested statements: ${trips}`);
  assert.ok(trips >= 1 && trips <= 2, `round-trips: ${trips}`);
});

it('costs the same for a page of 5 as for a page of 50, and for two root fields twice one', async () => {
  const small = await svc.gql(NESTED, { first: 5 });
  const large = await svc.gql(NESTED, { first: 50 });
  assert.equal(small.extensions?.cost?.cypherRoundTrips, large.extensions?.cost?.cypherRoundTrips);
  const two = await svc.gql(`{ a: entity(id: "person:ada-quill") { name } b: entity(id: "person:joe-biden") { name } }`);
  assert.equal(two.extensions?.cost?.cypherRoundTrips, 2);
});

it('pages through all statements with keyset cursors, without gaps or repeats, in both orders', async () => {
  for (const order of ['ASC', 'DESC']) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const data: any = ok(
        await svc.gql(`query($after: String, $order: SortOrder) { statements(speaker: "person:ada-quill", first: 7, after: $after, order: $order) {
          pageInfo { hasNextPage endCursor } nodes { id date { from } } } }`, { after, order }),
      );
      seen.push(...data.statements.nodes.map((n: any) => `${n.date.from} ${n.id}`));
      if (!data.statements.pageInfo.hasNextPage) break;
      after = data.statements.pageInfo.endCursor;
    }
    assert.equal(seen.length, 60, order);
    assert.equal(new Set(seen).size, 60, `${order}: no repeats`);
    const sorted = [...seen].sort();
    assert.deepEqual(seen, order === 'ASC' ? sorted : sorted.reverse(), `${order}: in order`);
  }
});
