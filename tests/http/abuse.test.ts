/**
 * Abusive queries and requests are refused quickly, before they reach the database, with clear coded errors.
 * Each case prints what it tried and how long the refusal took.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { EDITOR_KEY, errorCode, ok, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
before(async () => {
  svc = await startTestService();
});
after(() => svc.close());

async function refused(what: string, query: string, variables: Record<string, unknown> | undefined, codes: string[]) {
  const before1 = await svc.counts();
  const started = performance.now();
  const res = await svc.gql(query, variables);
  const ms = performance.now() - started;
  console.log(`  ${what}: ${errorCode(res)} in ${ms.toFixed(0)} ms — ${res.errors?.[0]?.message.slice(0, 110)}`);
  assert.ok(codes.includes(errorCode(res)!), `${what}: got ${JSON.stringify(res.errors)}`);
  assert.ok(!res.data || Object.values(res.data).every((v) => v === null), 'no data for a refused request');
  // Refused before any Cypher ran: the cost of a refusal does not depend on the graph (the time is printed).
  assert.equal(res.extensions?.cost?.cypherRoundTrips ?? 0, 0, 'refused before any Cypher ran');
  assert.deepEqual(await svc.counts(), before1);
  return res;
}

describe('abusive queries', () => {
  it('refuses a depth-20 query', async () => {
    let inner = 'id';
    for (let i = 0; i < 9; i++) inner = `... on Statement { speaker { ... on Person { statements(first: 1) { nodes { ${inner} } } } } }`;
    await refused('depth 20', `{ statements(first: 1) { nodes { ${inner} } } }`, undefined, ['QUERY_TOO_COMPLEX']);
  });

  it('refuses a 1,000-alias query', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    await refused('1,000 aliases', `{ ${aliases} }`, undefined, ['QUERY_TOO_COMPLEX']);
  });

  it('refuses a document of too many tokens before parsing it', async () => {
    const fields = Array.from({ length: 6000 }, () => 'id').join(' ');
    await refused('6,000 tokens', `{ entity(id: "person:joe-biden") { ${fields} } }`, undefined, ['GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COMPLEX']);
  });

  it('refuses a first: 1000000 page, as a literal and as a variable', async () => {
    await refused('first: 1000000', '{ statements(first: 1000000) { totalCount } }', undefined, ['BAD_USER_INPUT']);
    const res = await refused('first: $n = 1000000', 'query($n: Int!) { statements(first: $n) { totalCount } }', { n: 1_000_000 }, ['BAD_USER_INPUT']);
    assert.match(res.errors![0]!.message, /between 1 and 100/);
  });

  it('refuses nested pages whose product is over the node budget', async () => {
    const query = `{ statements(first: 100) { nodes { about { ... on Place { statementsAbout(first: 100) { nodes { about { ... on Place { statementsAbout(first: 100) { nodes { id } } } } } } } } } } }`;
    const res = await refused('100 x 100 x 100 x 100 nodes', query, undefined, ['QUERY_TOO_COMPLEX']);
    assert.ok(res.errors![0]!.extensions!.cost > 500_000);
    assert.equal(res.errors![0]!.extensions!.budget, 500_000);
  });

  it('refuses a path query over the whole graph and a neighborhood beyond its bounds', async () => {
    await refused('paths maxHops 1000', '{ paths(from: "person:donald-trump", to: "place:ukraine", maxHops: 1000) { length } }', undefined, ['BAD_USER_INPUT']);
    await refused('neighborhood depth 10', '{ neighborhood(id: "person:joe-biden", depth: 10) { truncated } }', undefined, ['BAD_USER_INPUT']);
  });
});

describe('requests', () => {
  it('refuses a body over the size limit with 413, and an article over its length with BAD_USER_INPUT', async () => {
    const huge = 'x'.repeat(1_100_000);
    const res = await fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: 'mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }', variables: { d: { text: huge } } }),
    });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as any).errors[0].extensions.code, 'PAYLOAD_TOO_LARGE');
    const long = await svc.gql(
      'mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }',
      { d: { article: { publishedAt: '2024', text: 'y'.repeat(200_001) } } },
      { key: EDITOR_KEY },
    );
    assert.equal(errorCode(long), 'BAD_USER_INPUT');
    assert.match(long.errors![0]!.message, /article\.text/);
  });

  it('refuses a cross-site form post (CSRF): only JSON bodies reach GraphQL', async () => {
    const res = await fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { createEntity(input: {type: Place, name: "Forged"}) { id } }' }),
    });
    assert.equal(res.status, 415);
  });

  it('rate-limits each client', async () => {
    const limited = await startTestService({ seed: false, rateLimit: { requests: 5, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.gql('{ __typename }')).status);
      console.log(`  statuses with a limit of 5 a minute: ${statuses.join(' ')}`);
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
      const res = await limited.gql('{ __typename }');
      assert.equal(errorCode(res), 'RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('credentials and production settings', () => {
  const secret = 'a-test-secret-of-at-least-thirty-two-chars';
  let prod: TestService;
  before(async () => {
    prod = await startTestService({
      app: {
        production: true,
        introspection: false,
        fieldSuggestions: false,
        graphiql: false,
        jwt: { secret: new TextEncoder().encode(secret), issuer: 'stancegraph-tests' },
        corsOrigins: ['https://newsroom.example'],
      },
    });
  });
  after(() => prod.close());

  const token = (roles: string[], options: { key?: string; expired?: boolean } = {}) =>
    new SignJWT({ roles })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('editor@newsroom.example')
      .setIssuer('stancegraph-tests')
      .setIssuedAt()
      .setExpirationTime(options.expired ? Math.floor(Date.now() / 1000) - 60 : '5m')
      .sign(new TextEncoder().encode(options.key ?? secret));

  it('accepts a signed token with the editor role for writes, and refuses others', async () => {
    const mutation = 'mutation { createEntity(input: { type: Place, name: "Kherson" }) { id } }';
    assert.equal(errorCode(await prod.gql(mutation, {}, { key: await token(['reader']) })), 'FORBIDDEN');
    assert.equal(errorCode(await prod.gql(mutation, {}, { key: await token(['editor'], { expired: true }) })), 'UNAUTHENTICATED');
    assert.equal(errorCode(await prod.gql(mutation, {}, { key: await token(['editor'], { key: 'another-secret-of-at-least-thirty-two-chars' }) })), 'UNAUTHENTICATED');
    assert.equal(ok(await prod.gql(mutation, {}, { key: await token(['editor']) })).createEntity.id, 'place:kherson');
  });

  it('hides introspection, field suggestions and GraphiQL in production', async () => {
    assert.equal(errorCode(await prod.gql('{ __schema { types { name } } }')), 'GRAPHQL_VALIDATION_FAILED');
    const typo = await prod.gql('{ statement { totalCount } }');
    assert.doesNotMatch(typo.errors![0]!.message, /Did you mean/);
    const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.doesNotMatch(await page.text(), /graphiql/i);
    const dev = await svc.gql('{ statement { totalCount } }');
    assert.match(dev.errors![0]!.message, /Did you mean/);
  });

  it('answers CORS preflights for configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${prod.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight('https://newsroom.example');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://newsroom.example');
    const other = await preflight('https://elsewhere.example');
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://elsewhere.example');
  });

  it('reports liveness and readiness', async () => {
    assert.equal((await fetch(`${prod.url}/health`)).status, 200);
    const ready = await fetch(`${prod.url}/ready`);
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as any).status, 'ready');
  });
});
