/**
 * The benchmark's own Neo4j: a real Community server started with the project's local-Neo4j code, on a free
 * port, in a throw-away folder that is removed afterwards. Its memory settings are read back from the conf
 * file that code writes, so the report states exactly what was in force.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j.ts';

export interface BenchNeo4j {
  neo4j: LocalNeo4j;
  home: string;
  /** heap, page cache and the transaction memory limits from neo4j.conf. */
  memory: Record<string, string>;
  stopAndRemove(keep?: boolean): Promise<void>;
}

export async function startBenchNeo4j(options: { heap: string; pageCache: string }): Promise<BenchNeo4j> {
  const home = mkdtempSync(join(tmpdir(), 'stancegraph-bench-neo4j-'));
  const neo4j = await startLocalNeo4j({
    home,
    port: await freePort(),
    password: randomBytes(18).toString('base64url'),
    heap: options.heap,
    pageCache: options.pageCache,
    log: (line) => console.log(`  ${line}`),
  });
  const conf = readFileSync(join(home, 'conf', 'neo4j.conf'), 'utf8');
  const memory: Record<string, string> = { heap: options.heap };
  for (const line of conf.split('\n')) {
    const m = /^(server\.memory\.pagecache\.size|db\.memory\.transaction\.[\w.]+|db\.transaction\.timeout)=(.*)$/.exec(line);
    if (m) memory[m[1]!] = m[2]!;
  }
  return {
    neo4j,
    home,
    memory,
    async stopAndRemove(keep = false) {
      await neo4j.stop();
      if (!keep) rmSync(home, { recursive: true, force: true });
    },
  };
}
