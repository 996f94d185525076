/**
 * The one place that talks to Neo4j. Every call says whether it reads or writes (reads route to secondaries
 * on a cluster), carries a timeout and transaction metadata, and counts as one round-trip on the request's
 * counter, so the cost of a GraphQL request can be measured and reported.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { limits } from '../limits.ts';
import { isConnectionLoss } from '../errors.ts';

export interface RoundTripCounter {
  count: number;
  /**
   * Causal consistency across API instances: bookmarks a client sends back (X-Neo4j-Bookmarks) make its reads
   * wait for its own earlier writes; a write here leaves its bookmarks for the response.
   */
  bookmarks?: string[];
  wrote?: boolean;
}

export interface RunOptions {
  counter?: RoundTripCounter;
  timeoutMs?: number;
  /** Shows up in Neo4j's query log and `SHOW TRANSACTIONS`, to trace a query back to its request. */
  metadata?: Record<string, string>;
}

export interface Params {
  [key: string]: unknown;
}

/** A transaction handed to write work; `run` counts round-trips like `Database.read`. */
export interface WriteTx {
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

export class Database {
  readonly driver: Driver;
  readonly name: string | undefined;
  /** Round-trips since start, for benchmarks. */
  totalRoundTrips = 0;
  /** While Neo4j is known to be away, calls fail at once instead of each waiting out the timeouts. */
  private unavailableUntil = 0;

  constructor(options: DatabaseOptions) {
    this.name = options.database;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      // Fail fast when Neo4j is away: the request gets SERVICE_UNAVAILABLE instead of hanging.
      connectionAcquisitionTimeout: limits.neo4jConnectionAcquisitionMs,
      connectionTimeout: limits.neo4jConnectionTimeoutMs,
      maxTransactionRetryTime: limits.neo4jRetryMs,
      maxConnectionPoolSize: limits.neo4jPoolSize,
      logging: { level: 'error', logger: () => {} },
    });
  }

  private session(mode: 'READ' | 'WRITE', bookmarks?: string[]) {
    return this.driver.session({
      database: this.name,
      ...(bookmarks?.length ? { bookmarks } : {}),
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // One bookmark manager for the process: a read after a write sees that write, even on a cluster.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private txConfig(options: RunOptions) {
    return {
      timeout: options.timeoutMs ?? limits.queryTimeoutMs,
      metadata: { app: 'stancegraph', ...options.metadata },
    };
  }

  private count(options: RunOptions) {
    this.totalRoundTrips++;
    if (options.counter) options.counter.count++;
  }

  private checkAvailable() {
    if (Date.now() < this.unavailableUntil) {
      throw Object.assign(new Error('Neo4j was unreachable a moment ago'), { code: 'ServiceUnavailable' });
    }
  }

  /** Only a lost connection opens the breaker; a busy database (lock contention) is not an outage. */
  private noteFailure(error: unknown): never {
    if (isConnectionLoss(error)) this.unavailableUntil = Date.now() + limits.unavailableCooldownMs;
    throw error;
  }

  /** Runs one read query in a read transaction. */
  async read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}, options: RunOptions = {}) {
    this.checkAvailable();
    const session = this.session('READ', options.counter?.bookmarks);
    try {
      this.count(options);
      const result = await session.executeRead((tx) => tx.run<R>(cypher, params), this.txConfig(options));
      return result.records;
    } catch (error) {
      return this.noteFailure(error);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  async write<T>(work: (tx: WriteTx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    this.checkAvailable();
    const session = this.session('WRITE', options.counter?.bookmarks);
    try {
      const result = await session.executeWrite((tx: ManagedTransaction) => {
        const counted: WriteTx = {
          run: (cypher, params = {}) => {
            this.count(options);
            return tx.run(cypher, params);
          },
        };
        return work(counted);
      }, this.txConfig(options));
      if (options.counter) {
        options.counter.bookmarks = session.lastBookmarks();
        options.counter.wrote = true;
      }
      return result;
    } catch (error) {
      return this.noteFailure(error);
    } finally {
      await session.close();
    }
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.name });
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
