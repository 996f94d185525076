/**
 * The raw reference: the hand-written Cypher of bench/mix/cypher-queries.ts behind a tiny HTTP endpoint,
 * `POST /cypher/<name>` with the parameters as a JSON body, answered with `{rows}`. It does what any server
 * must (HTTP, a driver session and read transaction per request, JSON out) and nothing else, so it measures
 * the same work as the GraphQL servers without a GraphQL layer. Runs as its own process:
 * `NEO4J_URI=... NEO4J_PASSWORD=... PORT=... tsx bench/raw-cypher.ts`.
 */
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { listenOnLoopback, runIfMain, type ServerOptions } from './servers/reference-server.ts';
import { limits } from '../src/limits.ts';
import { CYPHER, type CypherQueryName } from './mix/cypher-queries.ts';

/** JSON numbers that are whole travel as Cypher integers (LIMIT and slices need them). */
function toCypherParams(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
}

export function startRawCypherServer(options: ServerOptions) {
  // The same pool size and integer handling as the service's driver.
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: limits.neo4jPoolSize,
    logging: { level: 'error', logger: () => {} },
  });
  const server = createServer((req, res) => {
    const name = /^\/cypher\/(\w+)$/.exec(req.url ?? '')?.[1] as CypherQueryName | undefined;
    if (req.method === 'GET' && req.url === '/health') return void res.end('ok');
    if (req.method !== 'POST' || !name || !(name in CYPHER)) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const params = toCypherParams(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
        const result = await session.executeRead((tx) => tx.run(CYPHER[name], params), { timeout: limits.queryTimeoutMs });
        const body = JSON.stringify({ rows: result.records.map((r) => r.toObject()), cost: { cypherRoundTrips: 1 } });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (error as Error).message.slice(0, 500) }));
      } finally {
        await session.close();
      }
    });
  });
  return listenOnLoopback(server, options.port, driver);
}

await runIfMain(import.meta.url, startRawCypherServer);
