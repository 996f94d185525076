/**
 * Every limit of the service in one place, each with its default and why it is there. The README lists them.
 */
export const limits = {
  /** Largest page a connection serves; larger requests are refused, not capped, so clients notice. */
  maxPageSize: 100,
  /** Page size when a client asks for none. */
  defaultPageSize: 20,
  /** Search hits per request. */
  maxSearchResults: 50,
  /** Length of a text search query. */
  maxSearchTextLength: 200,
  /** Ids in one `nodes(ids:)` call. */
  maxNodeIds: 100,

  /** Neighborhood depth: 3 hops reach most of a news graph already. */
  maxNeighborhoodDepth: 3,
  /** Nodes a neighborhood may return; the explorer draws up to this many. */
  maxNeighborhoodNodes: 2000,
  /** Nodes of a neighborhood when a client asks for no limit. */
  defaultNeighborhoodNodes: 200,
  /** Hops of a path search: beyond 6 a path says little and the search touches much. */
  maxPathHops: 6,
  /** Paths per request. */
  maxPaths: 10,
  /** Events of one timeline request. */
  maxTimelineEvents: 500,
  /** Facts below this confidence are written as unconfirmed and wait in the review queue. */
  confirmThreshold: 0.6,

  /** Nesting of a query: legitimate queries of this schema stay under 12 levels. */
  maxDepth: 15,
  /** Aliases in one document: many aliases of one expensive field multiply its cost. */
  maxAliases: 30,
  /** Directives in one document (`@include` bombs). */
  maxDirectives: 50,
  /** Tokens in one document: parsing itself costs, so huge documents are refused before they are parsed. */
  maxTokens: 5_000,
  /**
   * Nodes a request may ask for, in the spirit of GitHub's limit: every connection multiplies by its page size
   * (variables included), every capped list by its cap. Refused before execution when over.
   */
  maxNodesPerRequest: 500_000,

  /** Request body: an article of 200,000 characters fits with room for its JSON. */
  maxBodyBytes: 1_048_576,
  /** Documents in one `ingestFactsBatch` call (the body limit still applies). */
  maxBatchDocuments: 100,
  /** Characters of one article's text. */
  maxArticleChars: 200_000,
  /** Requests per client (API key, token subject, or address) per window. */
  rateLimitRequests: 600,
  /** The rate-limit window. */
  rateLimitWindowMs: 60_000,

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
  /** After Neo4j was found unreachable, requests fail at once for this long instead of each waiting to time out. */
  unavailableCooldownMs: 1_000,
  /** In-flight requests get this long to finish on SIGTERM. */
  shutdownGraceMs: 10_000,
} as const;

export type Limits = { -readonly [K in keyof typeof limits]: number };
