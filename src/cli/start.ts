/**
 * `npm start`: the service on http://localhost:4000/graphql, with a local Neo4j unless NEO4J_URI is set.
 * Ctrl-C stops both.
 */
import { loadConfig } from '../config.ts';
import { startRuntime } from '../runtime.ts';

const config = loadConfig();
try {
  const runtime = await startRuntime(config);
  const url = runtime.service.url;
  console.error(`\nStancegraph is up.\n  GraphQL and GraphiQL: ${url}/graphql\n  Health: ${url}/health  Ready: ${url}/ready\nPress Ctrl-C to stop.\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'stopping');
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  console.error(`\nStancegraph could not start: ${(error as Error).message}`);
  process.exit(1);
}
