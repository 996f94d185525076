/**
 * A test's view of the service: the real HTTP server on a free port over the run's shared Neo4j, with the graph
 * wiped and the founding article seeded at the start of each test file.
 */
import { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/db/apply-schema.ts';
import { loadSeed } from '../../src/seed/load-seed.ts';
import { createLogger } from '../../src/log.ts';
import { createEventBus } from '../../src/events/bus.ts';
import { createApp } from '../../src/http/yoga.ts';
import { startService, type RunningService } from '../../src/http/server.ts';
import { createExplorerRoute } from '../../src/http/explorer.ts';

export const EDITOR_KEY = 'editor-key-for-tests-0123456789';
export const READER_KEY = 'reader-key-for-tests-0123456789';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  extensions?: Record<string, any>;
}

export function testDatabase(): Database {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests with `npm test`, which starts Neo4j.');
  return new Database({ uri, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '' });
}

export async function resetGraph(db: Database, { seed = true } = {}): Promise<void> {
  for (;;) {
    const r = await db.write((tx) => tx.run('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c'));
    if (Number(r.records[0]?.get('c') ?? 0) === 0) break;
  }
  await applySchema(db);
  if (seed) await loadSeed(db);
}

export interface TestService {
  url: string;
  db: Database;
  service: RunningService;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { key?: string | null; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  close(): Promise<void>;
}

export interface TestServiceOptions {
  seed?: boolean;
  /** Overrides of createApp's options (limits, production, introspection...). */
  app?: Partial<Parameters<typeof createApp>[0]>;
  rateLimit?: { requests: number; windowMs: number };
}

export async function startTestService({ seed = true, app: appOptions = {}, rateLimit }: TestServiceOptions = {}): Promise<TestService> {
  const db = testDatabase();
  await resetGraph(db, { seed });
  const app = createApp({
    db,
    events: createEventBus(),
    logger: createLogger('silent'),
    apiKeys: [
      { name: 'test-editor', key: EDITOR_KEY, roles: ['editor'] },
      { name: 'test-reader', key: READER_KEY, roles: ['reader'] },
    ],
    graphiql: true,
    introspection: true,
    production: false,
    ...appOptions,
  });
  // Tests drive many requests from one address; the rate limit has a test of its own.
  const service = await startService({
    app,
    db,
    logger: createLogger('silent'),
    host: '127.0.0.1',
    port: 0,
    routes: [createExplorerRoute()],
    rateLimit: rateLimit ?? { requests: 1_000_000, windowMs: 60_000 },
  });
  const gql: TestService['gql'] = async (query, variables, options = {}) => {
    const key = options.key === undefined ? null : options.key;
    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(options.headers ?? {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLResponse;
    return { ...body, status: res.status };
  };
  return {
    url: service.url,
    db,
    service,
    gql,
    async counts() {
      const rows = await db.read('RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships');
      return { nodes: Number(rows[0]!.get('nodes')), relationships: Number(rows[0]!.get('relationships')) };
    },
    async close() {
      await service.close(1000);
      await db.close();
    },
  };
}

/** The `data` of a response that must have no errors. */
export function ok<T = any>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 1)}`);
  return response.data as T;
}

/** The first error's code. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
