/**
 * The synthetic dataset generator. As a library: `generate(driver, news, scale)` loads what `news` has not
 * loaded yet up to `scale`. As a CLI (`npm run generate -- --scale 1`): creates the schema and loads a new
 * dataset into the empty Neo4j at NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), then prints the load
 * rate and the landmarks the benchmark queries start from.
 *
 * Scale 1 is about 100,000 entities, 312,000 statements, 64,000 articles and 1.9 million edges.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { Database } from '../src/db/database.ts';
import { applySchema } from '../src/db/apply-schema.ts';
import { DEFAULT_SEED, DEFAULT_UNIT, SyntheticNews } from './data/dataset.ts';
import { loadParts, type LoadStats } from './data/load.ts';

export { SyntheticNews, shardsFor, type Landmarks } from './data/dataset.ts';
export type { LoadStats } from './data/load.ts';

export interface GenerateOptions {
  label?: string;
  database?: string;
  quiet?: boolean;
}

/** Loads the parts `news` still lacks to reach `scale` (the core and the first shards on the first call). */
export function generate(driver: Driver, news: SyntheticNews, scale: number, options: GenerateOptions = {}): Promise<LoadStats> {
  return loadParts(driver, news.partsUpTo(scale), {
    expectedParts: news.remainingParts(scale),
    label: options.label ?? `scale ${scale}`,
    database: options.database,
    quiet: options.quiet,
  });
}

export function describeLoad(stats: LoadStats): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return `${n(stats.nodes)} nodes and ${n(stats.edges)} edges in ${stats.seconds.toFixed(1)} s: ${n(stats.rowsPerSecond)} rows/s overall, nodes ${n(stats.nodesPerSecond)}/s, edges ${n(stats.edgesPerSecond)}/s`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      unit: { type: 'string', default: String(DEFAULT_UNIT) },
      seed: { type: 'string', default: DEFAULT_SEED },
    },
  });
  const uri = process.env.NEO4J_URI;
  const password = process.env.NEO4J_PASSWORD;
  if (!uri || !password) {
    console.error('Set NEO4J_URI and NEO4J_PASSWORD (and NEO4J_USER, NEO4J_DATABASE if needed) to the Neo4j to load.');
    process.exit(2);
  }
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const database = process.env.NEO4J_DATABASE;
  const db = new Database({ uri, user, password, database });
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { logging: { level: 'error', logger: () => {} } });
  try {
    const rows = await db.read('MATCH (n) WHERE n:Entity OR n:Statement OR n:Article RETURN count(n) > 0 AS any');
    if (rows[0]?.get('any')) {
      console.error('The graph is not empty; the generator creates nodes and needs an empty graph.');
      process.exit(1);
    }
    await applySchema(db);
    const news = new SyntheticNews(values.seed, Number(values.unit));
    const stats = await generate(driver, news, Number(values.scale), { database });
    console.log(`Loaded ${describeLoad(stats)}.`);
    console.log('Landmarks:', JSON.stringify(news.landmarks(), null, 2));
  } finally {
    await driver.close();
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
