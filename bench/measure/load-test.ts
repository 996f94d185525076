/**
 * One load test: autocannon sends the same request over a fixed number of connections, either for a fixed
 * time (warm-up) or for a fixed number of requests (measurement: the run ends when the last answer is in, so
 * slow queries are not cut off mid-flight by the clock). Throughput counts only answers that are right in form:
 * HTTP 200 and no `errors`/`error` in the body, so a target that fails fast is not rewarded for it.
 */
import autocannon from 'autocannon';
import type { HttpRequest } from '../mix/shapes.ts';

export interface LoadOptions {
  connections: number;
  /** Either a time or a number of requests. */
  durationSeconds?: number;
  amount?: number;
  /** A request slower than this counts as an error. */
  timeoutSeconds?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  mean: number;
  answered: number;
  failed: number;
  durationSeconds: number;
  /** CPU milliseconds per answered request in the server process and in Neo4j (filled by the caller). */
  cpu?: { serverMs: number; neo4jMs: number };
  /** Requests/s of each round, when the figure combines several rounds. */
  rounds?: number[];
  /** Highest resident memory of the server process during the runs. */
  rssMaxMb?: number;
}

const isAnswer = (body: string | Buffer | undefined) => {
  const text = String(body ?? '');
  return !text.startsWith('{"errors"') && !text.startsWith('{"error"');
};

export async function loadTest(baseUrl: string, request: HttpRequest, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds ?? 10 }),
    timeout: options.timeoutSeconds ?? 10,
    // autocannon notices the end of a run (the last answer of `amount`) only at its next sample tick: ticking
    // every 50 ms instead of every second keeps the measured duration, and so the rate, exact.
    sampleInt: 50,
    requests: [{ method: 'POST', path: request.path, headers: { 'content-type': 'application/json' }, body: request.body }],
    verifyBody: isAnswer,
  });
  const answered = Math.max(0, result['2xx'] - result.mismatches);
  const failed = result.non2xx + result.mismatches + result.errors + result.timeouts;
  return {
    requestsPerSecond: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
    answered,
    failed,
    durationSeconds: result.duration,
  };
}
