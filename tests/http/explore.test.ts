/**
 * Exploring relations over GraphQL: neighborhoods, paths, timelines, stance changes, policy in force at a date,
 * and the live feed of ingested articles.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EDITOR_KEY, errorCode, ok, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(() => svc.close());

describe('neighborhood', () => {
  it("holds Biden's authorizations and reversals, each edge with its date and source", async () => {
    const data = ok(
      await svc.gql(`{ neighborhood(id: "person:joe-biden") { truncated nodes { id type label }
        edges { type source target date { text } sources { sentence article { id } } } } }`),
    );
    const n = data.neighborhood;
    assert.equal(n.truncated, false);
    const edge = (type: string, target: string) => n.edges.find((e: any) => e.type === type && e.source === 'person:joe-biden' && e.target === target);
    const authorized = edge('AUTHORIZED', 'policy:landmines-for-ukraine-2024');
    assert.equal(authorized?.date.text, '2024-11');
    assert.match(authorized.sources[0].sentence, /green light/);
    const reversed = edge('REVERSED', 'policy:trump-landmine-policy');
    assert.equal(reversed?.date.text, '2022-06');
    assert.equal(reversed.sources[0].article.id, 'article:landmines-ukraine-2024-11');
    const ids = new Set(n.nodes.map((x: any) => x.id));
    for (const e of n.edges) assert.ok(ids.has(e.source) && ids.has(e.target), 'every edge joins drawn nodes');
    assert.ok(n.nodes.some((x: any) => x.type === 'Statement' && x.label.includes('considered decisions')));
  });

  it('is cut at its limit and says so; refuses depths and limits out of range', async () => {
    const cut = ok(await svc.gql(`{ neighborhood(id: "person:joe-biden", depth: 2, limit: 5) { truncated nodes { id } edges { source target } } }`));
    assert.equal(cut.neighborhood.truncated, true);
    assert.equal(cut.neighborhood.nodes.length, 5);
    const deep = await svc.gql(`{ neighborhood(id: "person:joe-biden", depth: 4) { truncated } }`);
    assert.equal(errorCode(deep), 'BAD_USER_INPUT');
    const wide = await svc.gql(`{ neighborhood(id: "person:joe-biden", limit: 100000) { truncated } }`);
    assert.equal(errorCode(wide), 'BAD_USER_INPUT');
    const missing = await svc.gql(`{ neighborhood(id: "person:nobody") { truncated } }`);
    assert.equal(errorCode(missing), 'NOT_FOUND');
  });
});

describe('paths', () => {
  it('connects Donald Trump to Ukraine by a shortest path, with sources on every edge', async () => {
    const data = ok(
      await svc.gql(`{ paths(from: "person:donald-trump", to: "place:ukraine", maxHops: 6) { length nodes { id } edges { type source target sources { sentence } } } }`),
    );
    assert.ok(data.paths.length >= 1, 'a path exists');
    const best = data.paths[0];
    assert.equal(best.nodes[0].id, 'person:donald-trump');
    assert.equal(best.nodes.at(-1).id, 'place:ukraine');
    assert.equal(best.edges.length, best.length);
    for (const [i, e] of best.edges.entries()) {
      const ends = [e.source, e.target].sort();
      assert.deepEqual(ends, [best.nodes[i].id, best.nodes[i + 1].id].sort(), 'edges join consecutive nodes');
      assert.ok(e.sources.length > 0);
    }
    const lengths = data.paths.map((p: any) => p.length);
    assert.deepEqual(lengths, [...lengths].sort((a: number, b: number) => a - b));
    // Shortest: with one hop fewer there is none.
    const shorter = ok(await svc.gql(`{ paths(from: "person:donald-trump", to: "place:ukraine", maxHops: ${best.length - 1}) { length } }`));
    assert.deepEqual(shorter.paths, []);
  });

  it('refuses a path search over too many hops', async () => {
    const res = await svc.gql(`{ paths(from: "person:donald-trump", to: "place:ukraine", maxHops: 50) { length } }`);
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
  });
});

describe('timeline and stance', () => {
  it("lists every dated fact about Biden oldest first, each with its source", async () => {
    const data = ok(await svc.gql(`{ timeline(id: "person:joe-biden") { kind date { from text } summary sources { sentence } article { id } } }`));
    const events = data.timeline;
    const dates = events.map((e: any) => e.date.from);
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(events[0].date.text, '2020');
    const kinds = new Set(events.map((e: any) => e.kind));
    for (const k of ['SAID', 'AUTHORIZED', 'REVERSED', 'MENTIONED']) assert.ok(kinds.has(k), k);
    for (const e of events) assert.ok(e.kind === 'MENTIONED' ? e.article : e.sources.length > 0, e.summary);
  });

  it('finds the land-mine U-turn: the 2022 restriction and the 2020 words reversed by the 2024 authorization', async () => {
    const data = ok(
      await svc.gql(`{ stanceChanges(subject: "person:joe-biden", topic: "weapon:antipersonnel-landmines") {
        grade reason topic { id } before { factId date { text } summary sources { sentence } } after { factId date { text } summary } } }`),
    );
    const flops = data.stanceChanges.filter((c: any) => c.grade !== 'NO_FLIP');
    const uTurn = flops.find((c: any) => c.before.date.text === '2022-06' && c.after.factId === 'authorized:person:joe-biden>policy:landmines-for-ukraine-2024');
    assert.ok(uTurn, JSON.stringify(flops, null, 1));
    assert.equal(uTurn.grade, 'FULL_FLOP');
    assert.equal(uTurn.topic.id, 'weapon:antipersonnel-landmines');
    assert.ok(uTurn.before.sources[0].sentence.length > 0);
    const words = flops.find((c: any) => c.before.factId === 'statement:biden-2020-landmines-reckless');
    assert.ok(words, 'the 2020 "reckless" words are reversed too');
    assert.equal(words.before.date.text, '2020');
    for (const c of data.stanceChanges) assert.ok(c.before.date.text <= c.after.date.text && c.reason.length > 10);
  });

  it('finds and grades a stance change split across two articles ingested separately', async () => {
    const words = 'Governor Mara Voss called the plan to open the North Coast to offshore drilling "a reckless gamble" on Monday.';
    const deed = 'Governor Mara Voss on Friday approved offshore drilling permits for the North Coast, limited to two test wells.';
    const first = {
      article: { title: 'Voss attacks drilling plan', publishedAt: '2021-03-10', text: words },
      entities: [
        { id: 'person:mara-voss', type: 'Person', name: 'Mara Voss', aliases: ['Governor Mara Voss', 'Voss'] },
        { id: 'place:north-coast', type: 'Place', name: 'North Coast' },
        { id: 'policy:north-coast-drilling-plan', type: 'Policy', name: 'North Coast offshore drilling plan', effect: 'PERMIT' },
      ],
      statements: [{ speaker: 'person:mara-voss', quote: 'a reckless gamble', kind: 'PARTIAL', date: '2021-03-08', about: ['policy:north-coast-drilling-plan'], evidence: { sentence: words } }],
      facts: [{ type: 'APPLIES_TO', from: 'policy:north-coast-drilling-plan', to: 'place:north-coast', date: '2021-03', evidence: { sentence: words } }],
    };
    const second = {
      article: { title: 'Voss approves drilling permits', publishedAt: '2023-09-15', text: deed },
      entities: [{ id: 'policy:north-coast-drilling-permits', type: 'Policy', name: 'North Coast drilling permits', effect: 'PERMIT', conditions: ['two test wells only'] }],
      facts: [
        { type: 'AUTHORIZED', from: 'person:mara-voss', to: 'policy:north-coast-drilling-permits', date: '2023-09-15', evidence: { sentence: deed } },
        { type: 'APPLIES_TO', from: 'policy:north-coast-drilling-permits', to: 'place:north-coast', date: '2023-09-15', evidence: { sentence: deed } },
      ],
    };
    for (const d of [first, second]) ok(await svc.gql(`mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }`, { d }, { key: EDITOR_KEY }));
    const data = ok(
      await svc.gql(`{ stanceChanges(subject: "person:mara-voss", topic: "place:north-coast") { grade reason before { date { text } sources { article { title } } } after { date { text } sources { article { title } } } } }`),
    );
    const change = data.stanceChanges.find((c: any) => c.grade !== 'NO_FLIP');
    assert.ok(change, JSON.stringify(data));
    assert.equal(change.grade, 'HALF_FLIP');
    assert.match(change.reason, /two test wells only/);
    assert.equal(change.before.sources[0].article.title, 'Voss attacks drilling plan');
    assert.equal(change.after.sources[0].article.title, 'Voss approves drilling permits');
  });

  it('keeps superseded policies with their dates: the land-mine policy in 2021, 2023 and 2025', async () => {
    const on = async (day: string) =>
      ok(await svc.gql(`{ policiesInForce(on: "${day}", concerning: "weapon:antipersonnel-landmines") { id inForce } }`)).policiesInForce.map((p: any) => p.id);
    assert.deepEqual(await on('2021-06-01'), ['policy:trump-landmine-policy']);
    assert.deepEqual(await on('2023-06-01'), ['policy:biden-2022-landmine-restriction']);
    assert.deepEqual(await on('2025-01-01'), ['policy:landmines-for-ukraine-2024']);
  });
});

describe('live feed', () => {
  it('streams articleIngested over server-sent events when an article is written', async () => {
    const controller = new AbortController();
    const query = encodeURIComponent('subscription { articleIngested { articleId title entityIds } }');
    const res = await fetch(`${svc.url}/graphql?query=${query}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
    assert.equal(res.status, 200);
    const reader = res.body!.getReader();
    const text = 'Senator Ada Quill said the bill was "long overdue."';
    const received = (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += new TextDecoder().decode(value);
        const match = /data: (\{"data".*\})/.exec(buffer);
        if (match) return JSON.parse(match[1]!);
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    ok(
      await svc.gql(
        `mutation($d: JSON!) { ingestFacts(document: $d) { article { id } } }`,
        { d: { article: { title: 'Quill on the bill', publishedAt: '2025-05-01', text }, entities: [{ id: 'person:ada-quill', type: 'Person', name: 'Ada Quill' }], statements: [{ speaker: 'person:ada-quill', quote: 'long overdue', kind: 'PARTIAL', date: '2025-05-01', evidence: { sentence: text } }] } },
        { key: EDITOR_KEY },
      ),
    );
    const event = await Promise.race([received, new Promise((_, fail) => setTimeout(() => fail(new Error('no event within 5 s')), 5000))]);
    controller.abort();
    const payload = (event as any).data.articleIngested;
    assert.equal(payload.title, 'Quill on the bill');
    assert.deepEqual(payload.entityIds, ['person:ada-quill']);
  });
});
