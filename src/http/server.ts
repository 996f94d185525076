/**
 * The HTTP listener: GraphQL and GraphiQL at /graphql, liveness at /health, readiness at /ready.
 * Shutdown stops accepting, lets in-flight requests finish (bounded), then closes the driver.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../db/database.ts';
import { schemaIsApplied } from '../db/apply-schema.ts';
import type { Logger } from '../log.ts';
import type { App } from './yoga.ts';
import { RateLimiter, checkBody, clientKey, sendError } from './guards.ts';
import { limits as defaultLimits } from '../limits.ts';

export interface ServiceOptions {
  app: App;
  db: Database;
  logger: Logger;
  host: string;
  port: number;
  /** Extra routes (the explorer page) tried before GraphQL. */
  routes?: Array<(req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>>;
  /** Requests per client per window; defaults from src/limits.ts. */
  rateLimit?: { requests: number; windowMs: number };
  maxBodyBytes?: number;
  trustProxy?: boolean;
}

export interface RunningService {
  server: Server;
  url: string;
  close(graceMs?: number): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { app, db, logger } = options;
  let draining = false;
  const limiter = new RateLimiter(options.rateLimit?.requests ?? defaultLimits.rateLimitRequests, options.rateLimit?.windowMs ?? defaultLimits.rateLimitWindowMs);
  const maxBody = options.maxBodyBytes ?? defaultLimits.maxBodyBytes;
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      if (draining) return sendError(res, 503, 'SERVICE_UNAVAILABLE', 'The service is shutting down.', { connection: 'close' });
      const wait = limiter.take(clientKey(req, options.trustProxy ?? false));
      if (wait > 0) return sendError(res, 429, 'RATE_LIMITED', `Too many requests; try again in ${wait} s.`, { 'retry-after': String(wait) });
      if (!checkBody(req, res, maxBody)) return;
    }
    if (path === '/health') return json(res, 200, { status: 'ok' });
    if (path === '/ready') {
      if (draining) return json(res, 503, { status: 'draining' });
      try {
        const ready = await schemaIsApplied(db);
        return json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'schema not applied', neo4j: 'reachable' });
      } catch {
        return json(res, 503, { status: 'unavailable', neo4j: 'unreachable' });
      }
    }
    if (path === '/') {
      res.writeHead(302, { location: '/graphql' });
      return res.end();
    }
    for (const route of options.routes ?? []) if (await route(req, res)) return;
    return app(req, res);
  });
  // Idle keep-alive connections outlive the clients' own idle timeouts (and load balancers' 60 s), so a client never
  // reuses a connection at the moment the server closes it (a reset request).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  logger.info({ url }, 'listening');
  return {
    server,
    url,
    async close(graceMs = 10_000) {
      draining = true;
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      // Keep-alive connections go as soon as they are idle: the moment their last response is out.
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearInterval(sweep);
      clearTimeout(timer);
    },
  };
}
