/**
 * Checks made on the raw HTTP request before GraphQL sees it: body size, a JSON content type for POST (a form or
 * text/plain POST from another site cannot reach a mutation: CSRF), and a per-client rate limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const JSON_TYPES = /^application\/(graphql-response\+)?json\b|^application\/graphql\+json\b/i;

/** Returns false (and answers) when the request must not reach GraphQL. */
export function checkBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): boolean {
  if (req.method !== 'POST') return true;
  const type = req.headers['content-type'] ?? '';
  if (!JSON_TYPES.test(type) && !/^multipart\/mixed/i.test(type)) {
    sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST a JSON body (content-type: application/json).');
    return false;
  }
  const length = req.headers['content-length'];
  if (length === undefined) {
    sendError(res, 411, 'LENGTH_REQUIRED', 'Send a Content-Length header with the body.');
    return false;
  }
  if (Number(length) > maxBytes) {
    sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is ${length} bytes; the limit is ${maxBytes}.`);
    return false;
  }
  return true;
}

/** A fixed-window counter per client; small and exact enough for one instance (use a shared store for many). */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds to wait, or 0 when the request may go ahead. */
  take(client: string, now = Date.now()): number {
    const w = this.windows.get(client);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 100_000) this.prune(now);
      this.windows.set(client, { start: now, count: 1 });
      return 0;
    }
    w.count++;
    return w.count > this.max ? Math.ceil((w.start + this.windowMs - now) / 1000) : 0;
  }

  private prune(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/**
 * Who a request counts against: its address (a made-up credential must not buy a fresh allowance). Behind a
 * proxy, set trustProxy so the first X-Forwarded-For address counts instead.
 */
export function clientKey(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}
