/**
 * The service exactly as `npm start` runs it (src/cli/start.ts), with the per-client rate limit lifted: all of
 * the benchmark's load comes from one client, and a limited run would measure the limiter. The limit is raised
 * on the shared limits object before start-up, because STANCEGRAPH_RATE_LIMIT is read by the config but not
 * handed to the HTTP server.
 */
import { limits } from '../../src/limits.ts';

(limits as { rateLimitRequests: number }).rateLimitRequests = Number(process.env.BENCH_RATE_LIMIT ?? 1_000_000_000);
await import('../../src/cli/start.ts');
