/**
 * The figures the report leads with, and the targets they are held against. A ratio is only formed over
 * queries both sides answered; the queries left out are named.
 */
import type { LoadResult } from '../measure/load-test.ts';
import type { Target } from '../mix/shapes.ts';
import { isMeasured, type BenchResults } from './results.ts';

export interface TargetResult {
  name: string;
  goal: string;
  measured: string;
  met: boolean | null;
  note?: string;
}

const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : 'n/a');

export function measuredOf(r: BenchResults, key: string, target: Target): LoadResult | null {
  const m = r.load[key]?.[target];
  return isMeasured(m) ? m : null;
}

/** Requests per second when every query of `keys` is asked equally often: n / sum(1 / rate). */
export function mixRate(r: BenchResults, target: Target, keys: string[]): number {
  const rates = keys.map((k) => measuredOf(r, k, target)?.requestsPerSecond ?? 0);
  if (rates.some((v) => v <= 0)) return NaN;
  return keys.length / rates.reduce((sum, v) => sum + 1 / v, 0);
}

export function mixKeys(r: BenchResults): string[] {
  return r.shapes.filter((s) => s.inMix).map((s) => s.key);
}

/** Mix queries answered (measured) by both targets, and those left out. */
export function commonKeys(r: BenchResults, a: Target, b: Target): { keys: string[]; left: string[] } {
  const all = mixKeys(r);
  const keys = all.filter((k) => measuredOf(r, k, a) && measuredOf(r, k, b));
  return { keys, left: all.filter((k) => !keys.includes(k)) };
}

const labelOf = (r: BenchResults, key: string) => r.shapes.find((s) => s.key === key)?.label ?? key;

export function evaluateTargets(r: BenchResults): TargetResult[] {
  const out: TargetResult[] = [];

  const vsContender = commonKeys(r, 'service', 'contender');
  const contenderRatio = mixRate(r, 'service', vsContender.keys) / mixRate(r, 'contender', vsContender.keys);
  out.push({
    name: 'Mix throughput vs @neo4j/graphql',
    goal: '>= 1.5x',
    measured: x(contenderRatio),
    met: Number.isFinite(contenderRatio) ? contenderRatio >= 1.5 : null,
    note: vsContender.left.length
      ? `over the ${vsContender.keys.length} queries both answer; left out: ${vsContender.left.map((k) => labelOf(r, k)).join(', ')} (the contender fails it)`
      : undefined,
  });

  const vsRaw = commonKeys(r, 'service', 'raw');
  const rawRatio = mixRate(r, 'raw', vsRaw.keys) / mixRate(r, 'service', vsRaw.keys);
  out.push({
    name: 'Mix throughput vs raw Cypher',
    goal: 'raw at most 1.3x faster',
    measured: `raw is ${x(rawRatio)} the service`,
    met: Number.isFinite(rawRatio) ? rawRatio <= 1.3 : null,
    note: vsRaw.left.length ? `left out: ${vsRaw.left.map((k) => labelOf(r, k)).join(', ')}` : undefined,
  });

  const trips = r.answers.map((a) => ({ key: a.key, trips: a.answers.service.roundTrips }));
  const maxTrips = Math.max(...trips.map((t) => t.trips ?? Infinity));
  out.push({
    name: 'Cypher round-trips per request',
    goal: '<= 2 for every query',
    measured: trips.map((t) => `${labelOf(r, t.key).replace(/^\((\w)\).*/, '$1')}: ${t.trips ?? '?'}`).join(', '),
    met: maxTrips <= 2,
  });

  const deep = measuredOf(r, 'deepPage', 'service');
  const first = measuredOf(r, 'pageOne', 'service');
  const deepRatio = deep && first ? deep.p50 / first.p50 : NaN;
  out.push({
    name: 'Deep page p50 vs page one p50',
    goal: '<= 1.3x',
    measured: deep && first ? `${deep.p50} ms vs ${first.p50} ms = ${x(deepRatio)}` : 'n/a',
    met: Number.isFinite(deepRatio) ? deepRatio <= 1.3 : null,
  });

  const small = r.growth.small.service;
  const large = r.growth.large.service;
  const growth = isMeasured(small) && isMeasured(large) ? large.p50 / small.p50 : NaN;
  const cpu = (m: typeof small) => (isMeasured(m) && m.cpu ? m.cpu.serverMs + m.cpu.neo4jMs : NaN);
  const cpuGrowth = cpu(large) / cpu(small);
  out.push({
    name: `Entity page p50 growth, scale ${r.settings.smallScale} -> ${r.settings.largeScale}`,
    goal: '< 1.5x',
    measured: isMeasured(small) && isMeasured(large) ? `${small.p50} ms -> ${large.p50} ms = ${x(growth)}` : 'n/a',
    met: Number.isFinite(growth) ? growth < 1.5 : null,
    note: Number.isFinite(cpuGrowth) ? `CPU time per request ${cpu(small).toFixed(1)} -> ${cpu(large).toFixed(1)} ms = ${x(cpuGrowth)}` : undefined,
  });

  const heaviest = r.shapes
    .map((s) => ({ label: s.label, mb: measuredOf(r, s.key, 'service')?.rssMaxMb ?? NaN }))
    .filter((s) => Number.isFinite(s.mb))
    .sort((a, b) => b.mb - a.mb)[0];
  out.push({
    name: 'Service RSS under load',
    goal: '< 300 MB',
    measured: `max ${r.rss.service.maxMb.toFixed(0)} MB, median ${r.rss.service.medianMb.toFixed(0)} MB`,
    met: Number.isFinite(r.rss.service.maxMb) ? r.rss.service.maxMb < 300 : null,
    note: heaviest ? `highest while serving ${heaviest.label}` : undefined,
  });

  const s = r.seeding;
  // Seeding goes through the batch mutation (older saved runs only measured one article per request).
  const ingest = s ? (s.ingestFactsBatch ?? s.ingestFacts) : undefined;
  const seedRatio = s && ingest ? s.raw.articlesPerSecond / ingest.articlesPerSecond : NaN;
  out.push({
    name: 'Seeding through the ingest path vs raw',
    goal: 'raw at most 2x faster',
    measured: s && ingest ? `${s.ingestFactsBatch ? 'ingestFactsBatch' : 'ingestFacts'} ${ingest.articlesPerSecond.toFixed(1)} vs ${s.raw.articlesPerSecond.toFixed(1)} articles/s: raw is ${x(seedRatio)}` : 'n/a',
    met: Number.isFinite(seedRatio) ? seedRatio <= 2 : null,
  });
  return out;
}
