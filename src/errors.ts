/**
 * Expected errors: each has a stable code that clients can act on. The GraphQL layer turns them into
 * GraphQL errors with `extensions.code`; anything else is masked and logged.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_LARGE'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED';

/** HTTP statuses for codes that should not travel as 200. */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  new AppError('NOT_FOUND', message, details);

/** The database is away (down, restarting, unreachable), as opposed to busy or refusing a query. */
export function isConnectionLoss(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  const code = e.code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.') ||
    code === 'Neo.TransientError.Transaction.Terminated' ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    /connection acquisition timed out|Failed to connect|ECONNREFUSED|ECONNRESET|Pool is closed|connection (was )?closed|shutting down/i.test(e.message ?? '')
  );
}

/** Maps driver errors to codes; returns null for errors that are bugs (those are masked). */
export function fromNeo4jError(error: unknown): AppError | null {
  const e = error as { code?: string; name?: string; message?: string; retriable?: boolean };
  const code = e.code ?? '';
  const message = e.message ?? '';
  if (isConnectionLoss(error)) {
    return new AppError('SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again shortly.');
  }
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new AppError('QUERY_TIMEOUT', 'The query took too long and was stopped; narrow it down.');
  }
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('TransactionMemoryLimit')) {
    return new AppError('QUERY_TOO_LARGE', 'The query needed more memory than one request may use; narrow it down.');
  }
  if (code.startsWith('Neo.TransientError.') && e.retriable !== false) {
    // A transient failure that outlived the driver's retries (lock contention, leader switch).
    return new AppError('SERVICE_UNAVAILABLE', 'The graph database is busy; try again shortly.');
  }
  if (code.includes('InvalidBookmark')) {
    return new AppError('BAD_USER_INPUT', 'The X-Neo4j-Bookmarks header holds a bookmark this database does not know.');
  }
  if (code.includes('ConstraintValidationFailed')) {
    return new AppError('CONFLICT', 'The write conflicts with data already in the graph.');
  }
  return null;
}
