/**
 * What the two reference servers (bench/contender.ts, bench/raw-cypher.ts) share: listening on loopback, closing
 * with their driver, and running as a process of their own from the environment the benchmark sets.
 */
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { Driver } from 'neo4j-driver';

export interface ServerOptions {
  uri: string;
  user: string;
  password: string;
  port: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0: any free one); closing stops the server, then its driver. */
export function listenOnLoopback(server: Server, port: number, driver: Driver): Promise<RunningServer> {
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      ok({
        url: `http://127.0.0.1:${bound}`,
        async close() {
          await new Promise((done) => server.close(done));
          await driver.close();
        },
      });
    });
  });
}

/** When `moduleUrl` is the process's entry: starts from NEO4J_URI/USER/PASSWORD and PORT, stops on SIGTERM/SIGINT. */
export async function runIfMain(moduleUrl: string, start: (options: ServerOptions) => Promise<RunningServer>): Promise<void> {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT } = process.env;
  if (!NEO4J_URI || !NEO4J_PASSWORD) throw new Error('NEO4J_URI and NEO4J_PASSWORD are required');
  const running = await start({ uri: NEO4J_URI, user: NEO4J_USER ?? 'neo4j', password: NEO4J_PASSWORD, port: Number(PORT ?? 0) });
  console.log(`listening ${running.url}`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}
