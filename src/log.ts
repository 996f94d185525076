/**
 * Structured logs (JSON lines on stderr), one logger for the process; requests log with their request id.
 */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { app: 'stancegraph' } }, pino.destination(2));
}
