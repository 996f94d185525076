/**
 * What every resolver receives: the database, the request's round-trip counter and its identity.
 */
import type { Database, RoundTripCounter, WriteTx } from '../db/database.ts';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../log.ts';

export interface Caller {
  /** Who is calling, for logs: an API key's name or a token's subject; null when anonymous. */
  subject: string | null;
  /** Roles granted by the credential; writing needs `editor`. */
  roles: string[];
  /** A credential was presented but did not verify. */
  invalid: boolean;
}

export interface Context {
  db: Database;
  counter: RoundTripCounter;
  requestId: string;
  caller: Caller;
  events: EventBus;
  /** For errors a resolver reports without failing the request (a batch's items). */
  logger?: Logger;
  /** Fault injection for tests: runs inside a write transaction just before it commits. */
  beforeCommit?: ((tx: WriteTx) => Promise<void>) | undefined;
}
