/**
 * `ingestFactsBatch`: many documents in one transaction for seeding, each still reported on its own; a bad
 * document is skipped with its reason, a repeated fact gains sources instead of a twin, a failure of the shared
 * write falls back to one transaction per document, and the number of Cypher round-trips does not grow with
 * the batch.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EDITOR_KEY, READER_KEY, startTestService, type TestService } from '../helpers/service.ts';

const BATCH = `mutation($documents: [JSON!]!) {
  ingestFactsBatch(documents: $documents) {
    written duplicates failed
    items { index error { code field message } result { duplicate statements relations corroborated article { id } createdEntities { id } matchedEntities { id } } }
  }
}`;

/** A small article in which a new person comments on the founding story; `n` makes it unique. */
function document(n: number, options: { quote?: string; url?: string; text?: string } = {}) {
  const quote = options.quote ?? `We counted ${n} crates at the depot`;
  const text = options.text ?? `Inspector Mara Velde said "${quote}" on Tuesday. Velde added that the Pentagon had been told (report ${n}).`;
  return {
    article: { title: `Depot report ${n}`, url: options.url ?? `https://news.example/depot-${n}`, publishedAt: '2024-11-26', text },
    entities: [{ id: 'person:mara-velde', type: 'Person', name: 'Mara Velde', aliases: ['Velde'], title: 'Inspector' }],
    statements: [
      {
        speaker: 'person:mara-velde',
        quote,
        kind: 'DIRECT',
        date: '2024-11-26',
        about: ['agency:pentagon'],
        evidence: { sentence: text.split(' on Tuesday.')[0] + ' on Tuesday.' },
      },
    ],
    facts: [{ type: 'MEMBER_OF', from: 'person:mara-velde', to: 'agency:pentagon', date: '2024-11', evidence: { sentence: text.split('. ')[1]! } }],
  };
}

let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(async () => {
  await svc?.close();
});

const asEditor = (documents: unknown[]) => svc.gql(BATCH, { documents }, { key: EDITOR_KEY });

describe('ingestFactsBatch', () => {
  it('writes the good documents together and reports the bad one by its field, changing nothing for it', async () => {
    const before1 = await svc.counts();
    const bad = { ...document(3), article: { ...document(3).article, publishedAt: 'someday' } };
    const res = await asEditor([document(1), document(2), bad]);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const out = res.data.ingestFactsBatch;
    assert.deepEqual([out.written, out.duplicates, out.failed], [2, 0, 1]);
    assert.equal(out.items[2].result, null);
    assert.equal(out.items[2].error.code, 'BAD_USER_INPUT');
    assert.match(out.items[2].error.field, /publishedAt/);
    // The person is new in the first document and matched by the second, as if they had come one after the other.
    assert.deepEqual(out.items[0].result.createdEntities.map((e: any) => e.id), ['person:mara-velde']);
    assert.deepEqual(out.items[1].result.matchedEntities.map((e: any) => e.id), ['person:mara-velde']);
    assert.equal(out.items[1].result.corroborated, 1, 'the MEMBER_OF fact of the second document is the first one\'s');
    const after1 = await svc.counts();
    // Two articles, one person, two statements; the bad document's article is nowhere.
    assert.equal(after1.nodes - before1.nodes, 5);
    const articles = await svc.gql(`{ n1: node(id: "${out.items[0].result.article.id}") { id } bad: articles(first: 50) { nodes { title } } }`);
    assert.ok(!articles.data.bad.nodes.some((a: any) => a.title === 'Depot report 3'));

    const member = await svc.gql(`{ entity(id: "person:mara-velde") { ... on Person { affiliations { to { id } sources { article { id } } } } } }`);
    const affiliation = member.data.entity.affiliations.find((a: any) => a.to.id === 'agency:pentagon');
    assert.equal(affiliation.sources.length, 2, 'one fact with two sources, not two facts');
  });

  it('gives a fact repeated inside one batch one node with a source per article', async () => {
    const quote = 'The depot is empty now';
    const res = await asEditor([document(10, { quote }), document(11, { quote })]);
    assert.equal(res.data.ingestFactsBatch.written, 2);
    const statements = await svc.gql(`{ entity(id: "person:mara-velde") { ... on Person { statements(first: 50) { nodes { quote sources { article { id } } } } } } }`);
    const same = statements.data.entity.statements.nodes.filter((s: any) => s.quote === quote);
    assert.equal(same.length, 1);
    assert.equal(same[0].sources.length, 2);
  });

  it('changes nothing when the same batch comes again, and spots an article sent twice in one batch', async () => {
    const before1 = await svc.counts();
    const again = await asEditor([document(1), document(2)]);
    assert.deepEqual([again.data.ingestFactsBatch.written, again.data.ingestFactsBatch.duplicates], [0, 2]);
    assert.deepEqual(await svc.counts(), before1);

    const twice = await asEditor([document(20), { ...document(21), article: { ...document(21).article, url: 'https://news.example/depot-20' } }]);
    const out = twice.data.ingestFactsBatch;
    assert.deepEqual([out.written, out.duplicates], [1, 1]);
    assert.equal(out.items[1].result.duplicate, true);
    assert.equal(out.items[1].result.article.id, out.items[0].result.article.id);
  });

  it('costs the same number of Cypher round-trips for 2 documents as for 40', async () => {
    const roundTrips = async (from: number, n: number) => {
      const res = await asEditor(Array.from({ length: n }, (_, i) => document(from + i)));
      assert.equal(res.data.ingestFactsBatch.written, n);
      return res.extensions?.cost?.cypherRoundTrips as number;
    };
    const small = await roundTrips(100, 2);
    const large = await roundTrips(200, 40);
    assert.ok(small > 0 && small <= 8, `${small} round-trips`);
    assert.equal(large, small);
  });

  it('refuses readers, empty batches and oversized batches before writing', async () => {
    const before1 = await svc.counts();
    const reader = await svc.gql(BATCH, { documents: [document(300)] }, { key: READER_KEY });
    assert.equal(reader.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await asEditor([])).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const tooMany = await asEditor(Array.from({ length: 101 }, (_, i) => document(400 + i)));
    assert.equal(tooMany.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(await svc.counts(), before1);
  });
});

describe('ingestFactsBatch when the shared write fails', () => {
  it('writes each document on its own, so only the one that fails is left out, whole', async () => {
    // The database refuses any transaction holding the "poisoned" article, as a constraint would.
    const faulty = await startTestService({
      app: {
        beforeCommit: async (tx) => {
          const r = await tx.run(`MATCH (a:Article) WHERE a.title = 'Depot report 666' RETURN count(a) AS n`);
          if (Number(r.records[0]?.get('n')) > 0) throw new Error('refused by the database');
        },
      },
    });
    try {
      const before1 = await faulty.counts();
      const res = await faulty.gql(BATCH, { documents: [document(1), document(666), document(2)] }, { key: EDITOR_KEY });
      const out = res.data.ingestFactsBatch;
      assert.deepEqual([out.written, out.failed], [2, 1]);
      assert.equal(out.items[1].error.code, 'INTERNAL_SERVER_ERROR');
      assert.doesNotMatch(out.items[1].error.message, /refused by the database/, 'internal reasons are not shown');
      const after1 = await faulty.counts();
      assert.equal(after1.nodes - before1.nodes, 5, 'two articles, one person, two statements; nothing of the refused one');
      const titles = (await faulty.gql(`{ articles(first: 50) { nodes { title } } }`)).data.articles.nodes.map((a: any) => a.title);
      assert.ok(titles.includes('Depot report 1') && titles.includes('Depot report 2') && !titles.includes('Depot report 666'));
    } finally {
      await faulty.close();
    }
  });
});
