/**
 * Bad input gets a clear GraphQL error with a code, and changes nothing.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { EDITOR_KEY, READER_KEY, errorCode, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(() => svc.close());

const cases: Array<[string, string, string, RegExp]> = [
  ['a malformed id', '{ entity(id: "Robert\'); DROP") { id } }', 'BAD_USER_INPUT', /not a valid id/],
  ['an unknown id', '{ entity(id: "person:nobody-at-all") { id } }', 'NOT_FOUND', /nothing has the id/],
  ['an unknown speaker', '{ statements(speaker: "person:nobody-at-all") { totalCount } }', 'NOT_FOUND', /nothing has the id/],
  ['an unknown name', '{ entityByName(name: "Nobody Anywhere") { id } }', 'NOT_FOUND', /no entity is called/],
  ['a page of 0', '{ statements(first: 0) { totalCount } }', 'BAD_USER_INPUT', /first must be between 1 and 100; got 0/],
  ['a page of 101', '{ statements(first: 101) { totalCount } }', 'BAD_USER_INPUT', /between 1 and 100; got 101/],
  ['a nested page of 1000000', '{ entity(id: "person:joe-biden") { ... on Person { statements(first: 1000000) { totalCount } } } }', 'BAD_USER_INPUT', /got 1000000/],
  ['a forged cursor', '{ statements(after: "not-a-cursor") { totalCount } }', 'BAD_USER_INPUT', /not a cursor/],
  ['an impossible date', '{ statements(from: "2024-02-30") { totalCount } }', 'GRAPHQL_VALIDATION_FAILED', /Date must be YYYY-MM-DD/],
  ['an unknown field', '{ statements { nope } }', 'GRAPHQL_VALIDATION_FAILED', /Cannot query field/],
  ['a search of punctuation', '{ search(text: "&&||!!") { score } }', 'BAD_USER_INPUT', /no words/],
  ['too many search hits', '{ search(text: "Biden", first: 500) { score } }', 'BAD_USER_INPUT', /between 1 and 50/],
];

for (const [what, query, code, message] of cases) {
  it(`refuses ${what} with ${code}`, async () => {
    const before1 = await svc.counts();
    const res = await svc.gql(query);
    assert.equal(errorCode(res), code, JSON.stringify(res.errors));
    assert.match(res.errors![0]!.message, message);
    assert.deepEqual(await svc.counts(), before1);
  });
}

it('asks for a credential before any write, and the editor role after it', async () => {
  const mutation = `mutation { createEntity(input: { type: Person, name: "Jane Roe" }) { id } }`;
  const before1 = await svc.counts();
  const anonymous = await svc.gql(mutation);
  assert.equal(errorCode(anonymous), 'UNAUTHENTICATED');
  assert.equal(anonymous.status, 401);
  const wrongKey = await svc.gql(mutation, {}, { key: 'not-a-key-of-this-service-000' });
  assert.equal(errorCode(wrongKey), 'UNAUTHENTICATED');
  const reader = await svc.gql(mutation, {}, { key: READER_KEY });
  assert.equal(errorCode(reader), 'FORBIDDEN');
  assert.equal(reader.status, 403);
  assert.deepEqual(await svc.counts(), before1);
  const editor = await svc.gql(mutation, {}, { key: EDITOR_KEY });
  assert.equal(editor.data?.createEntity.id, 'person:jane-roe');
});

it('never shows a stack trace or Cypher to the client', async () => {
  const res = await svc.gql('{ entity(id: "person:x") { id } statements(first: -5) { totalCount } }');
  const text = JSON.stringify(res);
  assert.doesNotMatch(text, /MATCH|Neo4jError|at .*\.ts:\d+/);
});
