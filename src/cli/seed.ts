/**
 * `npm run seed`: applies the schema and merges the curated seed files into Neo4j (NEO4J_URI, or the local
 * server of `npm start`). Loading twice changes nothing.
 */
import { loadConfig } from '../config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { connect } from './connect.ts';

let db;
try {
  db = connect(loadConfig());
  await applySchema(db);
  for (const s of await loadSeed(db)) {
    console.log(`${s.articleId}: ${s.statements} statements, ${s.relations} facts, ${s.createdEntityIds.length} new entities, ${s.matchedEntityIds.length} known`);
  }
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db?.close();
}
