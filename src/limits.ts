/**
 * Every limit of the service in one place, each with its default and why it is there.
 */
export const limits = {
  /** Largest page a connection serves; larger requests are refused, not capped, so clients notice. */
  maxPageSize: 100,
  /** Page size when a client asks for none. */
  defaultPageSize: 20,
  /** Search hits per request. */
  maxSearchResults: 50,
  /** Server-side timeout of one read transaction: a runaway query fails instead of holding the database. */
  queryTimeoutMs: 10_000,
  /** Server-side timeout of one write transaction (an article with many facts is one transaction). */
  writeTimeoutMs: 30_000,
  /** How long to wait for a pooled connection before reporting the database unavailable. */
  neo4jConnectionAcquisitionMs: 5_000,
  /** How long to wait for a new TCP/Bolt connection. */
  neo4jConnectionTimeoutMs: 3_000,
  /** Retries of transient failures (leader switch, deadlock) end after this; beyond it the client is told. */
  neo4jRetryMs: 3_000,
  /** Connections to Neo4j per API instance. */
  neo4jPoolSize: 50,
  /** Length of a text search query. */
  maxSearchTextLength: 200,
  /** Ids in one `nodes(ids:)` call. */
  maxNodeIds: 100,
} as const;
