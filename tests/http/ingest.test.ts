/**
 * Seeding new articles through GraphQL: raw text in, attributed and dated facts out, merged with what the graph
 * knows; idempotent, atomic, retractable, reviewable, and mergeable when an entity was split.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EDITOR_KEY, errorCode, ok, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(() => svc.close());
const asEditor = (query: string, variables?: Record<string, unknown>) => svc.gql(query, variables, { key: EDITOR_KEY });

const NEW_ARTICLE = `Biden defends mine decision
WASHINGTON — President Joe Biden on Tuesday defended his decision to send antipersonnel land mines to Ukraine.
"The mines will only be used on Ukrainian territory, and they will switch themselves off," Biden told reporters at the White House.
Critics in Congress were not persuaded. "This is a step backwards for the whole world," Senator Mara Quill said in a statement.`;

const INGEST = `mutation($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) {
  dryRun duplicate articleId matchedEntities newEntities corroborated
  entities { id type name match }
  statements { id from fromName quote date { text precision } evidence { start end text } confidence status }
  authorizations { fromName toName date { text } }
  article { id title publishedAt { text } } } }`;

describe('ingestArticle', () => {
  it('shows on a dry run what it would write, and writes nothing', async () => {
    const before1 = await svc.counts();
    const data = ok(await asEditor(INGEST, { input: { text: NEW_ARTICLE, title: 'Biden defends mine decision', publishedAt: '2024-11-26' }, dryRun: true })).ingestArticle;
    assert.equal(data.dryRun, true);
    assert.equal(data.article, null);
    const biden = data.entities.find((e: any) => e.id === 'person:joe-biden');
    assert.equal(biden?.match, 'MATCHED', 'Biden is matched to the graph\'s Joe Biden');
    const quote = data.statements.find((s: any) => s.quote.includes('switch themselves off'));
    assert.equal(quote?.from, 'person:joe-biden');
    assert.equal(quote.date.text, '2024-11-26', '"on Tuesday" resolves against the publication day');
    assert.equal(NEW_ARTICLE.slice(quote.evidence.start, quote.evidence.end), quote.evidence.text);
    assert.deepEqual(await svc.counts(), before1);
  });

  it('adds a new article\'s facts linked to existing entities', async () => {
    const data = ok(await asEditor(INGEST, { input: { text: NEW_ARTICLE, title: 'Biden defends mine decision', url: 'https://news.example/biden-mines', publishedAt: '2024-11-26', publisher: 'Example Times' } })).ingestArticle;
    assert.equal(data.duplicate, false);
    assert.ok(data.matchedEntities >= 2);
    assert.equal(data.article.publishedAt.text, '2024-11-26');
    const page = ok(await svc.gql(`{ statements(speaker: "person:joe-biden", from: "2024-11-01") { nodes { quote sources { article { id publisher { name } } } } } }`));
    const found = page.statements.nodes.find((s: any) => s.quote.includes('switch themselves off'));
    assert.ok(found, 'the new statement hangs off the existing Joe Biden');
    assert.equal(found.sources[0].article.id, data.articleId);
    assert.equal(found.sources[0].article.publisher.name, 'Example Times');
  });

  it('changes nothing when the same article comes again (same url, or same text)', async () => {
    const before1 = await svc.counts();
    const again = ok(await asEditor(INGEST, { input: { text: NEW_ARTICLE, publishedAt: '2024-11-26' } })).ingestArticle;
    assert.equal(again.duplicate, true);
    const sameUrl = ok(await asEditor(INGEST, { input: { text: NEW_ARTICLE + '\nUpdated.', url: 'https://news.example/biden-mines', publishedAt: '2024-11-26' } })).ingestArticle;
    assert.equal(sameUrl.duplicate, true);
    assert.deepEqual(await svc.counts(), before1);
  });

  it('refuses empty or oversized text and bad dates with clear errors', async () => {
    assert.equal(errorCode(await asEditor(INGEST, { input: { text: '   ' } })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await asEditor(INGEST, { input: { text: 'x'.repeat(200_001) } })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await asEditor(INGEST, { input: { text: 'Biden spoke.', publishedAt: 'last Tuesday' } })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await svc.gql(INGEST, { input: { text: 'Biden spoke.' } })), 'UNAUTHENTICATED');
  });
});

describe('atomic writes', () => {
  it('leaves the graph unchanged when a write fails midway', async () => {
    const faulty = await startTestService({
      app: {
        beforeCommit: async () => {
          throw new Error('injected failure after every statement of the write ran');
        },
      },
    });
    try {
      const before1 = await faulty.counts();
      const res = await faulty.gql(INGEST, { input: { text: NEW_ARTICLE, publishedAt: '2024-11-26' } }, { key: EDITOR_KEY });
      assert.equal(errorCode(res), 'INTERNAL_SERVER_ERROR');
      assert.deepEqual(await faulty.counts(), before1);
      const doc = { article: { publishedAt: '2025-01-01', text: 'Ana Ruiz said "no".' }, entities: [{ id: 'person:ana-ruiz', type: 'Person', name: 'Ana Ruiz' }], statements: [{ speaker: 'person:ana-ruiz', quote: 'no', kind: 'PARTIAL', date: '2025', evidence: { sentence: 'Ana Ruiz said "no".' } }] };
      assert.equal(errorCode(await faulty.gql('mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }', { d: doc }, { key: EDITOR_KEY })), 'INTERNAL_SERVER_ERROR');
      assert.deepEqual(await faulty.counts(), before1);
    } finally {
      await faulty.close();
    }
  });
});

describe('curation', () => {
  const TEXT = 'Joe Biden gave the Pentagon the green light to send antipersonnel land mines to Ukraine, aides said. Biden also met the press.';
  const document = (extra: object[] = []) => ({
    article: { title: 'Second source', url: 'https://news.example/second', publishedAt: '2024-11-21', text: TEXT },
    facts: [
      { type: 'AUTHORIZED', from: 'person:joe-biden', to: 'policy:landmines-for-ukraine-2024', date: '2024-11', evidence: { sentence: TEXT.split('. ')[0] } },
      ...extra,
    ],
  });

  it('retracts an article: facts only it supported go, shared facts keep their other sources', async () => {
    const extra = { type: 'MEMBER_OF', from: 'person:joe-biden', to: 'agency:pentagon', date: '2024-11', evidence: { sentence: 'Biden also met the press.' } };
    const written = ok(await asEditor('mutation($d: JSON!) { ingestFacts(document: $d) { corroborated article { id } } }', { d: document([extra]) })).ingestFacts;
    assert.equal(written.corroborated, 1);
    const articleId = written.article.id;
    const sourcesOf = async () =>
      ok(await svc.gql(`{ authorizations(policy: "policy:landmines-for-ukraine-2024") { nodes { ... on Authorization { actor { id } } sources { article { id } } } } }`))
        .authorizations.nodes.find((n: any) => n.actor.id === 'person:joe-biden').sources.map((s: any) => s.article.id);
    assert.equal((await sourcesOf()).length, 2);
    const retracted = ok(await asEditor(`mutation { retractArticle(id: "${articleId}") { removedFacts keptFacts } }`)).retractArticle;
    assert.deepEqual(retracted, { removedFacts: 1, keptFacts: 1 });
    assert.deepEqual(await sourcesOf(), ['article:landmines-ukraine-2024-11']);
    const affiliations = ok(await svc.gql(`{ entity(id: "person:joe-biden") { ... on Person { affiliations { to { id } } } } }`)).entity.affiliations;
    assert.ok(!affiliations.some((a: any) => a.to.id === 'agency:pentagon'), 'the fact only it supported is gone');
    assert.equal(ok(await svc.gql(`{ node(id: "${articleId}") { id } }`)).node, null);
    assert.equal(errorCode(await asEditor(`mutation { retractArticle(id: "${articleId}") { removedFacts } }`)), 'NOT_FOUND');
  });

  it('holds low-confidence facts for review: hidden by default, listed in the queue, then confirmed or rejected', async () => {
    const text = 'Officials hinted that Biden might also approve cluster munitions. Aides said Trump met Biden.';
    const d = {
      article: { title: 'Hints', publishedAt: '2024-11-22', text },
      entities: [{ id: 'policy:cluster-munitions-for-ukraine', type: 'Policy', name: 'Cluster munitions for Ukraine', effect: 'PERMIT' }],
      facts: [
        { type: 'AUTHORIZED', from: 'person:joe-biden', to: 'policy:cluster-munitions-for-ukraine', date: '2024-11', confidence: 0.3, evidence: { sentence: text.split('. ')[0] } },
        { type: 'MEMBER_OF', from: 'person:donald-trump', to: 'agency:pentagon', date: '2024-11', confidence: 0.2, evidence: { sentence: 'Aides said Trump met Biden.' } },
      ],
    };
    ok(await asEditor('mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }', { d }));
    const visible = async () => ok(await svc.gql(`{ authorizations(policy: "policy:cluster-munitions-for-ukraine") { totalCount } }`)).authorizations.totalCount;
    assert.equal(await visible(), 0, 'unconfirmed facts are not returned by default');
    const all = ok(await svc.gql(`{ authorizations(policy: "policy:cluster-munitions-for-ukraine", includeUnconfirmed: true) { totalCount } }`));
    assert.equal(all.authorizations.totalCount, 1);
    const queue = ok(await svc.gql(`{ reviewQueue(first: 10) { nodes { id status confidence sources { sentence } } } }`)).reviewQueue.nodes;
    assert.deepEqual(queue.map((f: any) => f.status), ['UNCONFIRMED', 'UNCONFIRMED']);
    const [auth, member] = [queue.find((f: any) => f.id.startsWith('authorized:')), queue.find((f: any) => f.id.startsWith('member_of:'))];
    assert.equal(ok(await asEditor(`mutation { confirmFact(id: "${auth.id}") { status } }`)).confirmFact.status, 'CONFIRMED');
    assert.equal(ok(await asEditor(`mutation { rejectFact(id: "${member.id}") { status } }`)).rejectFact.status, 'REJECTED');
    assert.equal(await visible(), 1);
    assert.deepEqual(ok(await svc.gql(`{ reviewQueue { nodes { id } } }`)).reviewQueue.nodes, []);
    assert.equal(errorCode(await asEditor(`mutation { confirmFact(id: "authorized:person:x>policy:y") { id } }`)), 'NOT_FOUND');
    assert.equal(errorCode(await asEditor(`mutation { confirmFact(id: "nonsense") { id } }`)), 'BAD_USER_INPUT');
  });

  it('merges a wrongly split entity, moving its edges and sources', async () => {
    const text = '"We keep our word," J. R. Biden said at the rally.';
    const d = {
      article: { title: 'Rally', publishedAt: '2024-10-01', text },
      entities: [{ id: 'person:j-r-biden', type: 'Person', name: 'J. R. Biden' }],
      statements: [{ speaker: 'person:j-r-biden', quote: 'We keep our word', kind: 'DIRECT', date: '2024-10-01', about: ['place:ukraine'], evidence: { sentence: text } }],
      facts: [{ type: 'AUTHORIZED', from: 'person:j-r-biden', to: 'policy:landmines-for-ukraine-2024', date: '2024-11', evidence: { sentence: text } }],
    };
    ok(await asEditor('mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }', { d }));
    const merged = ok(await asEditor(`mutation { mergeEntities(keep: "person:joe-biden", merge: "person:j-r-biden") { id aliases ... on Person { statements(from: "2024-10-01", to: "2024-10-01") { nodes { quote } } } } }`)).mergeEntities;
    assert.ok(merged.aliases.includes('J. R. Biden'));
    assert.deepEqual(merged.statements.nodes.map((s: any) => s.quote), ['We keep our word']);
    const auth = ok(await svc.gql(`{ authorizations(policy: "policy:landmines-for-ukraine-2024") { nodes { id ... on Authorization { actor { id } } sources { article { title } } } } }`)).authorizations.nodes;
    const biden = auth.filter((a: any) => a.actor.id === 'person:joe-biden');
    assert.equal(biden.length, 1, 'one fact with both sources, not two');
    assert.deepEqual(biden[0].sources.map((s: any) => s.article.title).sort(), ['Biden approves antipersonnel land mines for Ukraine in a U-turn on his earlier stance', 'Rally']);
    assert.equal(errorCode(await svc.gql(`{ entity(id: "person:j-r-biden") { id } }`)), 'NOT_FOUND');
    assert.equal(ok(await svc.gql(`{ entityByName(name: "J. R. Biden") { id } }`)).entityByName.id, 'person:joe-biden');
    assert.equal(errorCode(await asEditor(`mutation { mergeEntities(keep: "person:joe-biden", merge: "place:ukraine") { id } }`)), 'BAD_USER_INPUT');
  });
});
