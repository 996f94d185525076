/**
 * Measures one query on every target in interleaved rounds: each target is warmed up, then the targets take
 * turns (the order rotating each round) for a share of the measuring time. On a shared machine, load from
 * elsewhere comes and goes; taking turns spreads it over the three targets instead of landing on one.
 * Neo4j is left to finish its running queries between turns. CPU time of the server process and of Neo4j is
 * read around each turn.
 */
import type { Driver } from 'neo4j-driver';
import type { QueryShape, Target } from '../mix/shapes.ts';
import type { Measured } from '../report/results.ts';
import { cpuMs } from './cpu.ts';
import { loadTest, type LoadResult } from './load-test.ts';
import { waitForQuiet } from './quiet.ts';
import type { RssRecorder } from './rss.ts';

export interface RoundsOptions {
  driver: Driver;
  neo4jPid: number;
  connections: number;
  warmupSeconds: number;
  /** Measuring time per target, split over the rounds. */
  durationSeconds: number;
  rounds: number;
}

export interface TargetUnderTest {
  target: Target;
  url: string;
  pid: number;
  rss: RssRecorder;
  /** Set when the target could not answer the query: it is not load-tested. */
  error?: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function combine(runs: LoadResult[], cpu: { server: number; neo4j: number } | null, rssMaxMb: number): LoadResult {
  const answered = runs.reduce((s, r) => s + r.answered, 0);
  const seconds = runs.reduce((s, r) => s + r.durationSeconds, 0);
  return {
    requestsPerSecond: answered / seconds,
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    mean: runs.reduce((s, r) => s + r.mean * r.answered, 0) / (answered || 1),
    answered,
    failed: runs.reduce((s, r) => s + r.failed, 0),
    durationSeconds: seconds,
    ...(cpu && answered > 0 ? { cpu: { serverMs: cpu.server / answered, neo4jMs: cpu.neo4j / answered } } : {}),
    rounds: runs.map((r) => r.requestsPerSecond),
    rssMaxMb,
  };
}

export async function measureInRounds(shape: QueryShape, targets: TargetUnderTest[], options: RoundsOptions): Promise<Record<Target, Measured>> {
  const { driver, connections } = options;
  const out = {} as Record<Target, Measured>;
  const live = targets.filter((t) => {
    if (t.error) out[t.target] = { skipped: t.error };
    return !t.error;
  });
  const amount = new Map<Target, number>();
  for (const t of live) {
    const warm = await loadTest(t.url, shape.requests[t.target], { connections, durationSeconds: options.warmupSeconds });
    await waitForQuiet(driver);
    // About the round's share of time at the warm-up's rate, and at least two requests per connection.
    amount.set(t.target, Math.max(2 * connections, Math.round((warm.requestsPerSecond * options.durationSeconds) / options.rounds)));
  }
  const runs = new Map<Target, LoadResult[]>(live.map((t) => [t.target, []]));
  const cpu = new Map<Target, { server: number; neo4j: number } | null>(live.map((t) => [t.target, { server: 0, neo4j: 0 }]));
  const rssMax = new Map<Target, number>(live.map((t) => [t.target, NaN]));
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < live.length; i++) {
      const t = live[(i + round) % live.length]!;
      const before = [cpuMs(t.pid), cpuMs(options.neo4jPid)];
      const result = await t.rss.during(() => loadTest(t.url, shape.requests[t.target], { connections, amount: amount.get(t.target)! }));
      const after = [cpuMs(t.pid), cpuMs(options.neo4jPid)];
      await waitForQuiet(driver);
      runs.get(t.target)!.push(result);
      rssMax.set(t.target, Math.max(rssMax.get(t.target)! || 0, t.rss.lastMaxMb));
      const acc = cpu.get(t.target);
      if (acc && [...before, ...after].every((v) => v !== null)) {
        acc.server += after[0]! - before[0]!;
        acc.neo4j += after[1]! - before[1]!;
      } else cpu.set(t.target, null);
    }
  }
  for (const t of live) out[t.target] = combine(runs.get(t.target)!, cpu.get(t.target)!, rssMax.get(t.target)!);
  return out;
}
