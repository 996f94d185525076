/**
 * The contender: an @neo4j/graphql 7 server over the same Neo4j and data, with type definitions equivalent
 * to Stancegraph's schema (bench/contender/type-defs.ts), served by graphql-yoga on its own port. Errors are
 * not masked, so a failure (such as a memory-pool error on a deep page) is recorded with its message. Runs as
 * its own process: `NEO4J_URI=... NEO4J_PASSWORD=... PORT=... tsx bench/contender.ts`.
 */
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { listenOnLoopback, runIfMain, type ServerOptions } from './servers/reference-server.ts';
import { limits } from '../src/limits.ts';
import { countingDriver, requestCounter } from './contender/counting-driver.ts';
import { CONTENDER_TYPE_DEFS } from './contender/type-defs.ts';

/** Reports the request's Cypher round-trips in `extensions.cost`, like the service does. */
function useCostReport(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const count = requestCounter.getStore()?.count ?? null;
          setResult({ ...result, extensions: { ...result.extensions, cost: { cypherRoundTrips: count } } });
        },
      };
    },
  };
}

export async function startContender(options: ServerOptions) {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: limits.neo4jPoolSize,
    logging: { level: 'error', logger: () => {} },
  });
  const schema = await new Neo4jGraphQL({ typeDefs: CONTENDER_TYPE_DEFS, driver: countingDriver(driver) }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, maskedErrors: false, plugins: [useCostReport()] });
  const server = createServer((req, res) => {
    if (req.url === '/health') return void res.end('ok');
    requestCounter.run({ count: 0 }, () => void yoga(req, res));
  });
  return listenOnLoopback(server, options.port, driver);
}

await runIfMain(import.meta.url, startContender);
