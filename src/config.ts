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
  /** HS256 secret (32+ characters) for editors' signed tokens; optional issuer and audience checks. */
  STANCEGRAPH_JWT_SECRET: z.string().min(32).optional(),
  STANCEGRAPH_JWT_ISSUER: z.string().optional(),
  STANCEGRAPH_JWT_AUDIENCE: z.string().optional(),
  /** Origins allowed to call the API from a browser, comma-separated; unset: same origin only. */
  STANCEGRAPH_CORS_ORIGINS: z.string().optional(),
  /** Behind a reverse proxy: count rate limits by the first X-Forwarded-For address. */
  STANCEGRAPH_TRUST_PROXY: bool.default(false),
  /** Requests per client per minute. */
  STANCEGRAPH_RATE_LIMIT: z.coerce.number().int().min(1).optional(),
  /** Redis for sharing subscription events between API instances (redis://host:6379). */
  REDIS_URL: z.string().optional(),
  GRAPHIQL: bool.optional(),
  FIELD_SUGGESTIONS: bool.optional(),
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
    jwt: e.STANCEGRAPH_JWT_SECRET
      ? { secret: new TextEncoder().encode(e.STANCEGRAPH_JWT_SECRET), issuer: e.STANCEGRAPH_JWT_ISSUER, audience: e.STANCEGRAPH_JWT_AUDIENCE }
      : null,
    corsOrigins: (e.STANCEGRAPH_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    trustProxy: e.STANCEGRAPH_TRUST_PROXY,
    rateLimit: e.STANCEGRAPH_RATE_LIMIT,
    redisUrl: e.REDIS_URL,
    fieldSuggestions: e.FIELD_SUGGESTIONS ?? !production,
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? !production,
    logLevel: e.LOG_LEVEL,
  };
}
