/**
 * The founding article, asked through GraphQL over HTTP: every answer comes with its date and its source.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ok, startTestService, type TestService } from '../helpers/service.ts';

const ARTICLE = 'article:landmines-ukraine-2024-11';
let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(() => svc.close());

const SOURCES = 'sources { sentence start end article { id title publishedAt { text } } }';

describe('the founding article', () => {
  it('says who called the Trump-era policy "reckless", and when', async () => {
    const data = ok(
      await svc.gql(`{ statements(about: "policy:trump-landmine-policy", first: 10) {
        nodes { quote kind date { text precision from to } context speaker { id name } ${SOURCES} } } }`),
    );
    const reckless = data.statements.nodes.find((s: any) => s.quote.includes('another reckless act'));
    assert.ok(reckless, 'the reckless statement is there');
    assert.equal(reckless.speaker.id, 'person:joe-biden');
    assert.deepEqual(reckless.date, { text: '2020', precision: 'YEAR', from: '2020-01-01', to: '2020-12-31' });
    assert.equal(reckless.context, 'on the 2020 campaign trail');
    assert.equal(reckless.sources.length, 1);
    const [source] = reckless.sources;
    assert.equal(source.article.id, ARTICLE);
    assert.equal(source.article.publishedAt.text, '2024-11');
    assert.match(source.sentence, /Biden said on the 2020 campaign trail\.$/);
  });

  it('tells what the 2022 White House statement said and who said it, for whom', async () => {
    const data = ok(
      await svc.gql(`{ statements(from: "2022-01-01", to: "2022-12-31", first: 10) {
        nodes { quote kind date { text } speaker { name ... on Person { title affiliations { type to { id } } } } ${SOURCES} } } }`),
    );
    const commitment = data.statements.nodes.find((s: any) => s.quote.startsWith('President Biden is committed'));
    assert.ok(commitment);
    assert.equal(commitment.speaker.name, 'Adrienne Watson');
    assert.equal(commitment.date.text, '2022-06');
    assert.deepEqual(commitment.speaker.affiliations, [{ type: 'SPEAKS_FOR', to: { id: 'agency:white-house-nsc' } }]);
    assert.match(commitment.sources[0].sentence, /said in a statement at the time/);
    // Only 2022 statements come back for a 2022 window.
    assert.ok(data.statements.nodes.every((s: any) => s.date.text.startsWith('2022')));
  });

  it('lists what Biden authorized in 2024, with its conditions, and the earlier ATACMS decisions', async () => {
    const data = ok(
      await svc.gql(`{ entityByName(name: "President Joe Biden") { id ... on Person {
        authorizations(from: "2024-01-01", first: 10) { edges { date { text } sources { sentence }
          node { ... on Authorization { policy { id effect conditions inForce
            concerns { to { id } } appliesTo { role to { id } } } } } } } } }
        authorizations(policy: "policy:atacms-kursk-authorization") { nodes { date { text } ${SOURCES} ... on Authorization { actor { id } } } } }`),
    );
    const edges = data.entityByName.authorizations.edges;
    const mines = edges.find((e: any) => e.node.policy.id === 'policy:landmines-for-ukraine-2024');
    assert.ok(mines, 'the 2024 land-mine authorization');
    assert.equal(mines.date.text, '2024-11');
    assert.match(mines.sources[0].sentence, /green light to send antipersonnel land mines to Ukraine/);
    const policy = mines.node.policy;
    assert.equal(policy.effect, 'PERMIT');
    assert.equal(policy.inForce, true);
    assert.deepEqual(policy.concerns.map((c: any) => c.to.id), ['weapon:antipersonnel-landmines']);
    assert.ok(policy.appliesTo.some((a: any) => a.to.id === 'place:ukraine'));
    const conditions = policy.conditions.join(' | ');
    assert.match(conditions, /non-persistent/);
    assert.match(conditions, /populated areas/);
    assert.match(conditions, /within Ukraine/);
    const kursk = data.authorizations.nodes;
    assert.equal(kursk.length, 1);
    assert.equal(kursk[0].actor.id, 'agency:biden-harris-administration');
    assert.match(kursk[0].sources[0].sentence, /Kursk region/);
  });

  it('lists what Biden reversed: the Trump-era policy (2022), his own 2022 policy and his ATACMS ban (2024)', async () => {
    const data = ok(
      await svc.gql(`{ reversals(by: "person:joe-biden", first: 20) { nodes { date { text } ${SOURCES}
        ... on Reversal { target { __typename ... on Policy { id inForce } ... on Statement { id } } } } } }`),
    );
    const byTarget = new Map(data.reversals.nodes.map((r: any) => [r.target.id, r]));
    assert.equal((byTarget.get('policy:trump-landmine-policy') as any)?.date.text, '2022-06');
    assert.equal((byTarget.get('policy:biden-2022-landmine-restriction') as any)?.date.text, '2024-11');
    assert.equal((byTarget.get('policy:atacms-strikes-in-russia-ban') as any)?.date.text, '2024-11');
    assert.equal((byTarget.get('statement:biden-2020-landmines-reckless') as any)?.target.__typename, 'Statement');
    for (const r of data.reversals.nodes) {
      assert.ok(r.sources.length >= 1 && r.sources[0].article.id === ARTICLE, 'every reversal has its source');
    }
    assert.equal((byTarget.get('policy:trump-landmine-policy') as any).target.inForce, false);
  });

  it('gives the timeline of Biden\'s stance on land mines, oldest first', async () => {
    const data = ok(
      await svc.gql(`{ biden: entity(id: "person:joe-biden") { ... on Person {
        statements(about: "weapon:antipersonnel-landmines") { nodes { date { from text } quote } }
        authorizations { nodes { date { from text } ... on Authorization { policy { id } } } }
        reversals { nodes { date { from text } } } } } }`),
    );
    const b = data.biden;
    const events = [
      ...b.statements.nodes.map((s: any) => ({ from: s.date.from, what: 'said' })),
      ...b.authorizations.nodes
        .filter((a: any) => a.policy.id.includes('landmine'))
        .map((a: any) => ({ from: a.date.from, what: 'authorized' })),
    ];
    const dates = b.statements.nodes.map((s: any) => s.date.from);
    assert.deepEqual(dates, [...dates].sort(), 'statements come oldest first');
    const authDates = b.authorizations.nodes.map((a: any) => a.date.from);
    assert.deepEqual(authDates, [...authDates].sort(), 'authorizations come oldest first');
    events.sort((x, y) => x.from.localeCompare(y.from));
    assert.deepEqual(
      events.map((e) => `${e.from.slice(0, 4)} ${e.what}`),
      ['2020 said', '2020 said', '2022 authorized', '2024 authorized'],
    );
  });

  it('finds one person by any of its names', async () => {
    for (const name of ['Biden', 'Joe Biden', 'President Joe Biden', 'president biden']) {
      const data = ok(await svc.gql(`query($n: String!) { entityByName(name: $n) { id name } }`, { n: name }));
      assert.equal(data.entityByName.id, 'person:joe-biden', name);
    }
  });

  it('ranks search hits, best first', async () => {
    const data = ok(await svc.gql(`{ search(text: "Bidn", first: 5) { score entity { id } } }`));
    assert.equal(data.search[0].entity.id, 'person:joe-biden', 'a misspelling still finds him');
    const scores = data.search.map((h: any) => h.score);
    assert.deepEqual(scores, [...scores].sort((a: number, b: number) => b - a));
    const typed = ok(await svc.gql(`{ search(text: "Ukraine", types: [Place]) { entity { __typename id } } }`));
    assert.ok(typed.search.length > 0 && typed.search.every((h: any) => h.entity.__typename === 'Place'));
  });
});
