/**
 * Brings the whole service up: Neo4j (an existing one, or a local server started here), the schema, the
 * seed when the graph is empty, and the HTTP listener. `npm start` and the tests both use it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from './config.ts';
import { Database } from './db/database.ts';
import { startLocalNeo4j, type LocalNeo4j } from './db/local-neo4j.ts';
import { applySchema } from './db/apply-schema.ts';
import { graphIsEmpty, loadSeed } from './seed/load-seed.ts';
import { createLogger, type Logger } from './log.ts';
import { parseApiKeys, type ApiKey } from './auth.ts';
import { createEventBus } from './events/bus.ts';
import { createApp } from './http/yoga.ts';
import { startService, type RunningService } from './http/server.ts';
import { createExplorerRoute } from './http/explorer.ts';

export interface Runtime {
  service: RunningService;
  db: Database;
  logger: Logger;
  localNeo4j: LocalNeo4j | null;
  apiKeys: ApiKey[];
  stop(): Promise<void>;
}

/** In development without configured keys, one editor key is made once and kept beside the data. */
function developmentKeys(config: Config, logger: Logger): ApiKey[] {
  const configured = parseApiKeys(config.apiKeys);
  if (configured.length || config.production) return configured;
  const file = resolve(config.localNeo4j.dataDir, '..', 'editor-api-key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(24).toString('base64url') + '\n', { mode: 0o600 });
  }
  const key = readFileSync(file, 'utf8').trim();
  logger.info({ file }, 'development editor API key (send as Authorization: Bearer <key>)');
  return [{ name: 'local-editor', key, roles: ['editor'] }];
}

export async function startRuntime(config: Config, logger = createLogger(config.logLevel)): Promise<Runtime> {
  let localNeo4j: LocalNeo4j | null = null;
  let connection = config.neo4j;
  if (!connection.uri) {
    localNeo4j = await startLocalNeo4j({
      home: config.localNeo4j.dataDir,
      port: config.localNeo4j.port,
      password: connection.password,
      log: (line) => logger.info(line),
    });
    connection = { ...connection, uri: localNeo4j.uri, user: localNeo4j.user, password: localNeo4j.password };
  }
  if (!connection.password) throw new Error('NEO4J_PASSWORD is required with NEO4J_URI');
  const db = new Database({ uri: connection.uri!, user: connection.user, password: connection.password, database: connection.database });
  const stopNeo4j = async () => {
    await db.close();
    await localNeo4j?.stop();
  };
  try {
    await db.verify();
    const statements = await applySchema(db);
    logger.info({ statements }, 'schema applied');
    if (config.seed && (await graphIsEmpty(db))) {
      const summaries = await loadSeed(db);
      logger.info({ articles: summaries.map((s) => s.articleId) }, 'seeded the founding article');
    }
    const apiKeys = developmentKeys(config, logger);
    const events = createEventBus(config.redisUrl, (error) => logger.warn({ err: error }, 'redis'));
    const app = createApp({
      db,
      events,
      logger,
      apiKeys,
      jwt: config.jwt,
      graphiql: config.graphiql,
      introspection: config.introspection,
      fieldSuggestions: config.fieldSuggestions,
      corsOrigins: config.corsOrigins,
      production: config.production,
    });
    const service = await startService({
      app,
      db,
      logger,
      host: config.host,
      port: config.port,
      routes: [createExplorerRoute()],
      trustProxy: config.trustProxy,
      ...(config.rateLimit ? { rateLimit: { requests: config.rateLimit, windowMs: 60_000 } } : {}),
    });
    return {
      service,
      db,
      logger,
      localNeo4j,
      apiKeys,
      async stop() {
        await service.close();
        await events.close();
        await stopNeo4j();
      },
    };
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
}
