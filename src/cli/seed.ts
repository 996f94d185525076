/**
 * `npm run seed`: applies the schema and merges the curated seed files into the configured Neo4j
 * (NEO4J_URI, or the local server's data folder when it is running). Loading twice changes nothing.
 */
import { loadConfig } from '../config.ts';
import { Database } from '../db/database.ts';
import { applySchema } from '../db/apply-schema.ts';
import { loadSeed } from '../seed/load-seed.ts';

const config = loadConfig();
if (!config.neo4j.uri || !config.neo4j.password) {
  console.error('Set NEO4J_URI and NEO4J_PASSWORD (npm start seeds its local Neo4j by itself).');
  process.exit(2);
}
const db = new Database({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
try {
  await applySchema(db);
  for (const s of await loadSeed(db)) {
    console.log(`${s.articleId}: ${s.statements} statements, ${s.relations} facts, ${s.createdEntityIds.length} new entities, ${s.matchedEntityIds.length} known`);
  }
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
