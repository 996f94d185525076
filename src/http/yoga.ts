/**
 * The GraphQL server instance (no port): schema, context, error masking and the cost report. `server.ts`
 * listens; tests call `yoga.fetch` or go over HTTP.
 */
import { randomUUID } from 'node:crypto';
import { createYoga, createGraphQLError, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { schema } from '../graph/index.ts';
import type { Context } from '../graph/context.ts';
import type { Database, WriteTx } from '../db/database.ts';
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../log.ts';
import { AppError, HTTP_STATUS, fromNeo4jError } from '../errors.ts';
import { callerFromHeaders, type ApiKey, type JwtOptions } from '../auth.ts';
import { EXAMPLE_QUERY } from './graphiql.ts';
import { useQueryLimits } from './query-limits.ts';
import { limits as defaultLimits, type Limits } from '../limits.ts';

export interface AppOptions {
  db: Database;
  events: EventBus;
  logger: Logger;
  apiKeys: ApiKey[];
  jwt?: JwtOptions | null;
  graphiql: boolean;
  introspection: boolean;
  fieldSuggestions?: boolean;
  /** Browser origins allowed to call the API; empty: same origin only. */
  corsOrigins?: string[];
  production: boolean;
  limits?: Partial<Limits>;
  /** Fault injection for tests: called in every article write just before it commits. */
  beforeCommit?: (tx: WriteTx) => Promise<void>;
}

function toGraphQLError(error: AppError, original?: GraphQLError): GraphQLError {
  const status = HTTP_STATUS[error.code];
  return createGraphQLError(error.message, {
    nodes: original?.nodes,
    path: original?.path,
    extensions: { code: error.code, ...(error.details ?? {}), ...(status ? { http: { status } } : {}) },
  });
}

/**
 * Reports how many Cypher round-trips the request cost (so clients and tests can see it) and logs one line per
 * operation with its request id.
 */
function useCostReport(logger: Logger): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const ctx = args.contextValue as Context;
          logger.info(
            {
              requestId: ctx.requestId,
              operation: args.operationName ?? null,
              caller: ctx.caller.subject,
              ms: Math.round(performance.now() - started),
              cypherRoundTrips: ctx.counter.count,
              // Masked errors carry an errorId: it finds the full error, logged where it was masked.
              errors: result.errors?.map((e) => ({ code: e.extensions?.code ?? 'UNKNOWN', errorId: e.extensions?.errorId })),
            },
            'graphql',
          );
          const bookmarks = ctx.counter.wrote ? { bookmarks: ctx.counter.bookmarks } : {};
          setResult({ ...result, extensions: { ...result.extensions, cost: { cypherRoundTrips: ctx.counter.count }, ...bookmarks } });
        },
      };
    },
  };
}

/** Bookmarks a client sends back after a write, so its next read sees that write on any instance. */
function bookmarksFrom(headers: Headers): string[] {
  const raw = headers.get('x-neo4j-bookmarks');
  if (!raw) return [];
  return raw.split(',').map((b) => b.trim()).filter((b) => b.length > 0 && b.length < 500).slice(0, 10);
}

export function createApp(options: AppOptions) {
  const { logger } = options;
  const limits = { ...defaultLimits, ...options.limits };
  return createYoga<YogaInitialContext & Context>({
    cors: options.corsOrigins?.length
      ? { origin: options.corsOrigins, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'x-request-id', 'x-neo4j-bookmarks'], credentials: false }
      : false,
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql ? { title: 'Stancegraph', defaultQuery: EXAMPLE_QUERY } : false,
    logging: {
      debug: (...a) => logger.debug({ yoga: a }),
      info: (...a) => logger.info({ yoga: a }),
      warn: (...a) => logger.warn({ yoga: a }),
      error: (...a) => logger.error({ yoga: a }),
    },
    context: async ({ request }): Promise<Context> => ({
      db: options.db,
      events: options.events,
      counter: { count: 0, bookmarks: bookmarksFrom(request.headers) },
      requestId: request.headers.get('x-request-id')?.replace(/[^\w.:-]/g, '').slice(0, 100) || randomUUID(),
      caller: await callerFromHeaders(request.headers, options.apiKeys, options.jwt),
      beforeCommit: options.beforeCommit,
      logger,
    }),
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error : undefined;
        const cause = original?.originalError ?? error;
        if (cause instanceof AppError) return toGraphQLError(cause, original);
        const mapped = fromNeo4jError(cause);
        if (mapped) return toGraphQLError(mapped, original);
        if (original && !original.originalError) return original; // parse and validation errors
        if (cause instanceof GraphQLError && !cause.originalError) return cause;
        const errorId = randomUUID();
        logger.error({ err: cause, errorId, path: original?.path }, 'unexpected error');
        return createGraphQLError(message, {
          nodes: original?.nodes,
          path: original?.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
        });
      },
    },
    plugins: [
      // Each distinct query is compiled once into a plain function: large answers (hundreds of objects) execute
      // several times faster than through the interpreting executor.
      useGraphQlJit({}, { onError: (e) => logger.warn({ errors: e.errors?.map((x) => x.message) }, 'query not compiled; interpreted instead') }),
      ...useQueryLimits({ limits, introspection: options.introspection, fieldSuggestions: options.fieldSuggestions ?? !options.production }),
      useCostReport(logger),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
