/**
 * How the command-line tools reach Neo4j: NEO4J_URI and NEO4J_PASSWORD when set; otherwise the local server that
 * `npm start` runs, found through its data folder (it must be running).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { Database } from '../db/database.ts';

export function connect(config: Config): Database {
  if (config.neo4j.uri) {
    if (!config.neo4j.password) throw new Error('Set NEO4J_PASSWORD with NEO4J_URI.');
    return new Database({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
  }
  const passwordFile = join(config.localNeo4j.dataDir, 'password');
  if (!existsSync(passwordFile)) {
    throw new Error(`No NEO4J_URI, and no local Neo4j in ${config.localNeo4j.dataDir}: run \`npm start\` first, or set NEO4J_URI and NEO4J_PASSWORD.`);
  }
  return new Database({
    uri: `bolt://127.0.0.1:${config.localNeo4j.port}`,
    user: 'neo4j',
    password: readFileSync(passwordFile, 'utf8').trim(),
  });
}
