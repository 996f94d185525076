/**
 * The environment, read once. Nothing else reads process.env, so every setting is listed here with its default.
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** An existing Neo4j (bolt://, neo4j://, neo4j+s:// for Aura or a cluster). Unset: a local server is started. */
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  /** Where the local Neo4j keeps its data between runs (git-ignored). */
  STANCEGRAPH_DATA_DIR: z.string().default('.data/neo4j'),
  /** Bolt port of the local Neo4j. */
  STANCEGRAPH_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Seed the founding article when the graph is empty. */
  STANCEGRAPH_SEED: bool.default(true),
  /** Editors' API keys: `name:key[:role+role]`, comma-separated. Unset in development: one is made for you. */
  STANCEGRAPH_API_KEYS: z.string().optional(),
  GRAPHIQL: bool.optional(),
  INTROSPECTION: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    production,
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    localNeo4j: { dataDir: e.STANCEGRAPH_DATA_DIR, port: e.STANCEGRAPH_NEO4J_PORT },
    seed: e.STANCEGRAPH_SEED,
    apiKeys: e.STANCEGRAPH_API_KEYS,
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? !production,
    logLevel: e.LOG_LEVEL,
  };
}
