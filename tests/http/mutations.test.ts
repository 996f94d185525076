/**
 * Writes through GraphQL: each validated, each one transaction; a refused write leaves the graph as it was.
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
const ARTICLE = 'article:landmines-ukraine-2024-11';

describe('entities', () => {
  it('creates an entity, finds it by alias, and refuses a second one with the same id', async () => {
    const created = ok(
      await asEditor(`mutation { createEntity(input: { type: Agency, name: "Ministry of Defence of Ukraine", aliases: ["Ukrainian defence ministry"], category: "government" }) {
        id name aliases ... on Agency { category } } }`),
    );
    assert.deepEqual(created.createEntity, {
      id: 'agency:ministry-of-defence-of-ukraine',
      name: 'Ministry of Defence of Ukraine',
      aliases: ['Ukrainian defence ministry'],
      category: 'government',
    });
    const found = ok(await svc.gql(`{ entityByName(name: "Ukrainian Defence Ministry") { id } }`));
    assert.equal(found.entityByName.id, 'agency:ministry-of-defence-of-ukraine');
    const before1 = await svc.counts();
    const again = await asEditor(`mutation { createEntity(input: { type: Agency, name: "Ministry of Defence of Ukraine" }) { id } }`);
    assert.equal(errorCode(again), 'CONFLICT');
    assert.deepEqual(await svc.counts(), before1);
  });

  it('renames an entity and keeps the old name as an alias', async () => {
    const data = ok(
      await asEditor(`mutation { updateEntity(id: "person:adrienne-watson", input: { name: "Adrienne Watson-Example", addAliases: ["A. Watson"], title: "spokesperson" }) {
        name aliases ... on Person { title } } }`),
    );
    assert.equal(data.updateEntity.name, 'Adrienne Watson-Example');
    assert.ok(data.updateEntity.aliases.includes('Adrienne Watson'));
    assert.ok(data.updateEntity.aliases.includes('A. Watson'));
    const byOld = ok(await svc.gql(`{ entityByName(name: "Adrienne Watson") { id } }`));
    assert.equal(byOld.entityByName.id, 'person:adrienne-watson');
  });

  it('refuses invalid entity input without writing anything', async () => {
    const before1 = await svc.counts();
    const empty = await asEditor(`mutation { createEntity(input: { type: Person, name: "   " }) { id } }`);
    assert.equal(errorCode(empty), 'BAD_USER_INPUT');
    const badId = await asEditor(`mutation { createEntity(input: { id: "place:x", type: Person, name: "X" }) { id } }`);
    assert.equal(errorCode(badId), 'BAD_USER_INPUT');
    const missing = await asEditor(`mutation { updateEntity(id: "person:no-such-person", input: { title: "x" }) { id } }`);
    assert.equal(errorCode(missing), 'NOT_FOUND');
    assert.deepEqual(await svc.counts(), before1);
  });
});

describe('facts', () => {
  it('records a statement from an article, with its sentence located in the text', async () => {
    const data = ok(
      await asEditor(
        `mutation($input: RecordStatementInput!) { recordStatement(input: $input) { id kind date { text } speaker { id }
          sources { sentence start end article { id } } about { id } } }`,
        {
          input: {
            articleId: ARTICLE,
            speaker: 'agency:us-officials',
            quote: 'The land mines are intended to strengthen defenses in the east.',
            kind: 'PARAPHRASE',
            date: '2024-11',
            about: ['place:eastern-ukraine'],
            evidence: { sentence: 'are intended to strengthen defenses, particularly in the eastern regions' },
          },
        },
      ),
    );
    const s = data.recordStatement;
    assert.equal(s.speaker.id, 'agency:us-officials');
    assert.equal(s.sources[0].article.id, ARTICLE);
    const text = ok(await svc.gql(`{ article(id: "${ARTICLE}") { text } }`)).article.text as string;
    assert.equal(text.slice(s.sources[0].start, s.sources[0].end), s.sources[0].sentence);
  });

  it('records a relation and refuses one between the wrong kinds of things', async () => {
    const data = ok(
      await asEditor(
        `mutation($input: RecordFactInput!) { recordFact(input: $input) { id date { text } ... on Relation { type from { id } to { id } } } }`,
        { input: { articleId: ARTICLE, type: 'MEMBER_OF', from: 'person:donald-trump', to: 'agency:trump-administration', date: '2020', evidence: { sentence: 'then-President Donald Trump' } } },
      ),
    );
    assert.equal(data.recordFact.type, 'MEMBER_OF');
    assert.equal(data.recordFact.to.id, 'agency:trump-administration');
    const before1 = await svc.counts();
    const wrong = await asEditor(
      `mutation($input: RecordFactInput!) { recordFact(input: $input) { id } }`,
      { input: { articleId: ARTICLE, type: 'AUTHORIZED', from: 'place:ukraine', to: 'person:joe-biden', date: '2024', evidence: { sentence: 'Ukraine' } } },
    );
    assert.equal(errorCode(wrong), 'BAD_USER_INPUT');
    assert.match(wrong.errors![0]!.message, /AUTHORIZED joins Person\|Agency to Policy/);
    const notInText = await asEditor(
      `mutation($input: RecordFactInput!) { recordFact(input: $input) { id } }`,
      { input: { articleId: ARTICLE, type: 'MEMBER_OF', from: 'person:joe-biden', to: 'agency:pentagon', date: '2024', evidence: { sentence: 'Biden runs the Pentagon.' } } },
    );
    assert.equal(errorCode(notInText), 'BAD_USER_INPUT');
    assert.match(notInText.errors![0]!.message, /evidence sentence is not in the article text/);
    const badDate = await asEditor(
      `mutation($input: RecordFactInput!) { recordFact(input: $input) { id } }`,
      { input: { articleId: ARTICLE, type: 'MEMBER_OF', from: 'person:joe-biden', to: 'agency:pentagon', date: '2024-13', evidence: { sentence: 'Pentagon' } } },
    );
    assert.equal(errorCode(badDate), 'BAD_USER_INPUT');
    assert.deepEqual(await svc.counts(), before1);
  });

  it('writes a facts document in one go; a second article repeating a fact adds a source instead of a copy', async () => {
    const text = 'Joe Biden approved sending antipersonnel land mines to Ukraine, officials said on Tuesday.';
    const document = {
      article: { title: 'Mines approved', url: 'https://news.example/mines', publishedAt: '2024-11-20', text },
      entities: [],
      statements: [],
      facts: [{ type: 'AUTHORIZED', from: 'person:joe-biden', to: 'policy:landmines-for-ukraine-2024', date: '2024-11', evidence: { sentence: text } }],
    };
    const first = ok(await asEditor(`mutation($d: JSON!) { ingestFacts(document: $d) { duplicate relations corroborated article { id title } } }`, { d: document }));
    assert.equal(first.ingestFacts.duplicate, false);
    assert.equal(first.ingestFacts.corroborated, 1);
    const sources = ok(
      await svc.gql(`{ authorizations(policy: "policy:landmines-for-ukraine-2024") { totalCount nodes { ... on Authorization { actor { id } } sources { article { id } } } } }`),
    );
    const biden = sources.authorizations.nodes.filter((n: any) => n.actor.id === 'person:joe-biden');
    assert.equal(biden.length, 1, 'one fact, not two');
    assert.deepEqual(biden[0].sources.map((s: any) => s.article.id).sort(), [ARTICLE, first.ingestFacts.article.id].sort());
    const before1 = await svc.counts();
    const again = ok(await asEditor(`mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }`, { d: { ...document, article: { ...document.article, title: 'Same text, new title' } } }));
    assert.equal(again.ingestFacts.duplicate, true);
    assert.deepEqual(await svc.counts(), before1);
  });

  it('refuses a facts document with a reference to nothing, writing none of it', async () => {
    const before1 = await svc.counts();
    const res = await asEditor(`mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }`, {
      d: {
        article: { publishedAt: '2024-11-21', text: 'A new entity and a bad reference.' },
        entities: [{ type: 'Person', name: 'New Person' }],
        statements: [{ speaker: 'person:ghost', quote: 'bad reference', kind: 'PARTIAL', date: '2024', evidence: { sentence: 'bad reference' } }],
      },
    });
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.match(res.errors![0]!.message, /person:ghost/);
    assert.deepEqual(await svc.counts(), before1);
  });
});
