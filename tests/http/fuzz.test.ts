/**
 * Fuzzing the public surface: thousands of generated GraphQL documents and mutation inputs, Cypher-injection
 * strings, huge strings, deep nesting and odd Unicode. No 5xx, the process stays up, and every rejected input
 * leaves the graph's node and edge counts as they were.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EDITOR_KEY, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(() => svc.close());

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

const nasty = fc.constantFrom(
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n RETURN 1 //',
  '$id',
  '{id: "x"}',
  '\\u0000',
  '\u0000',
  '\u202e\u202dabc',
  'Ζ̵̡̛͓ͅa̴͎lg̷o̶',
  '🇺🇦💣',
  '\ud800',
  'person:joe-biden',
  'person:joe-biden\n',
  'policy:../../etc/passwd',
  'CALL dbms.killQueries(["x"])',
  "'; DROP CONSTRAINT entity_id; //",
  '*',
  '~',
  '"',
  'x'.repeat(10_000),
);
const anyString = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
const anyNumber = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, 1, 100, 101, 1_000_000, -1, 2 ** 31 - 1), fc.double({ noNaN: true }));

const FIELDS: Record<string, string[]> = {
  root: ['entity', 'node', 'entityByName', 'search', 'statements', 'authorizations', 'reversals', 'neighborhood', 'paths', 'timeline', 'stanceChanges', 'articles', 'stats', 'policiesInForce'],
  any: ['id', 'name', 'aliases', 'quote', '__typename', 'totalCount', 'nodes', 'edges', 'node', 'speaker', 'about', 'sources', 'sentence', 'article', 'title', 'date', 'text', 'statements', 'authorizations', 'policy', 'actor', 'target', 'length', 'score', 'entity', 'nope'],
};
const ARGS = ['id', 'name', 'text', 'first', 'after', 'from', 'to', 'speaker', 'about', 'depth', 'limit', 'maxHops', 'subject', 'topic', 'on', 'types', 'order'];

const literal = fc.oneof(
  anyString.map((s) => JSON.stringify(s)),
  anyNumber.map((n) => String(n)),
  fc.constantFrom('true', 'null', '[Person]', 'DESC', '"2024-02-30"', '"person:joe-biden"', '"place:ukraine"', '$v'),
);
const args = fc.array(fc.tuple(fc.constantFrom(...ARGS), literal), { maxLength: 3 }).map((pairs) =>
  pairs.length ? `(${[...new Map(pairs)].map(([k, v]) => `${k}: ${v}`).join(', ')})` : '',
);
const selection: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.constantFrom(...FIELDS.any!)
    : fc
        .array(
          fc.tuple(fc.boolean(), fc.constantFrom(...FIELDS.any!), args, fc.option(selection(depth - 1), { nil: null }), fc.option(fc.constantFrom('Person', 'Statement', 'Policy', 'Entity'), { nil: null })),
          { minLength: 1, maxLength: 4 },
        )
        .map((items) =>
          items
            .map(([alias, name, a, sub, on], i) => {
              const field = `${alias ? `a${i}: ` : ''}${name}${a}${sub ? ` { ${sub} }` : ''}`;
              return on ? `... on ${on} { ${field} }` : field;
            })
            .join(' '),
        ),
);
const document = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...FIELDS.root!), args, selection(6)).map(([f, a, s]) => `query($v: String) { ${f}${a} { ${s} } }`) },
  { weight: 1, arbitrary: fc.integer({ min: 15, max: 60 }).map((n) => `{ entity(id: "person:joe-biden") ${'{ ... on Person { statements { nodes { speaker '.repeat(n)}${'} } } }'.repeat(n)} }`) },
  { weight: 1, arbitrary: anyString },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => `{ ${s} }`) },
);

async function post(body: unknown, key?: string) {
  const res = await fetch(`${svc.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

it('answers 3,000 generated documents without a 5xx', async () => {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(document, fc.option(anyString, { nil: undefined }), async (query, v) => {
      const { status, json } = await post({ query, variables: v === undefined ? undefined : { v } });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      assert.ok(status < 500, `status ${status} for ${query.slice(0, 300)}`);
      assert.ok(json && (json.errors || json.data), 'a GraphQL response');
      if (json.errors) for (const e of json.errors) assert.ok(e.extensions?.code, `every error has a code: ${JSON.stringify(e).slice(0, 200)}`);
    }),
    { numRuns: 3000, seed: SEED },
  );
  console.log(`  3,000 documents (seed ${SEED}), statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
  assert.equal((await fetch(`${svc.url}/health`)).status, 200);
});

const entityInput = fc.record(
  {
    id: fc.oneof(anyString, fc.constantFrom('person:fuzz-a', 'place:x', 'person:joe-biden')),
    type: fc.constantFrom('Person', 'Agency', 'Place', 'Policy', 'WeaponSystem', 'Nope'),
    name: anyString,
    aliases: fc.array(anyString, { maxLength: 3 }),
    description: anyString,
  },
  { requiredKeys: ['type', 'name'] },
);
const factsDocument = fc.record(
  {
    article: fc.record({ text: anyString, publishedAt: fc.oneof(anyString, fc.constantFrom('2024', '2024-11', '2024-13', '2024-02-30')), url: anyString, title: anyString }, { requiredKeys: [] }),
    entities: fc.array(entityInput, { maxLength: 3 }),
    statements: fc.array(fc.record({ speaker: anyString, quote: anyString, kind: fc.constantFrom('DIRECT', 'PARTIAL', 'X'), date: anyString, evidence: fc.record({ sentence: anyString }) }), { maxLength: 2 }),
    facts: fc.array(fc.record({ type: fc.constantFrom('AUTHORIZED', 'REVERSED', 'SAID', 'DROP'), from: anyString, to: anyString, date: anyString, evidence: fc.record({ sentence: anyString }) }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const mutation = fc.oneof(
  entityInput.map((input) => ({ query: 'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }', variables: { i: input } })),
  factsDocument.map((d) => ({ query: 'mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }', variables: { d } })),
  fc.record({ articleId: anyString, type: fc.constantFrom('AUTHORIZED', 'MEMBER_OF'), from: anyString, to: anyString, date: anyString, evidence: fc.record({ sentence: anyString }) }).map((i) => ({
    query: 'mutation($i: RecordFactInput!) { recordFact(input: $i) { id } }',
    variables: { i: { ...i, articleId: fc.sample(fc.constantFrom('article:landmines-ukraine-2024-11', i.articleId), 1)[0] } },
  })),
  fc.record({ id: anyString, name: anyString, addAliases: fc.array(anyString, { maxLength: 2 }) }).map(({ id, ...input }) => ({
    query: 'mutation($id: ID!, $i: UpdateEntityInput!) { updateEntity(id: $id, input: $i) { id } }',
    variables: { id, i: input },
  })),
);

it('rejects 2,500 generated mutation inputs without a 5xx, and a rejected one changes nothing', async () => {
  let baseline = await svc.counts();
  let rejected = 0;
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(mutation, async (body) => {
      const { status, json } = await post(body, EDITOR_KEY);
      assert.ok(status < 500, `status ${status} for ${JSON.stringify(body).slice(0, 300)}`);
      const now = await svc.counts();
      if (json?.errors?.length) {
        rejected++;
        assert.deepEqual(now, baseline, `a rejected input changed the graph: ${JSON.stringify(body).slice(0, 300)} -> ${JSON.stringify(json.errors).slice(0, 300)}`);
      } else {
        accepted++;
        baseline = now;
      }
    }),
    { numRuns: 2500, seed: SEED },
  );
  console.log(`  2,500 mutation inputs (seed ${SEED}): ${rejected} rejected with the graph unchanged, ${accepted} accepted`);
  assert.equal((await fetch(`${svc.url}/health`)).status, 200);
});
