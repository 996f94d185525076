/**
 * Everything one benchmark run measured, as written to bench/results/*.json and read by the report.
 */
import type { Landmarks } from '../data/dataset.ts';
import type { LoadStats } from '../data/load.ts';
import type { ShapeAnswers } from '../measure/answers.ts';
import type { LoadResult } from '../measure/load-test.ts';
import type { PlanSummary } from '../measure/profile.ts';
import type { RssSummary } from '../measure/rss.ts';
import type { ShapeComparison } from '../measure/shape-check.ts';
import type { Target } from '../mix/shapes.ts';
import type { SeedingResult } from '../seeding/measure-seeding.ts';

export interface GraphCounts {
  entities: number;
  statements: number;
  articles: number;
  nodes: number;
  relationships: number;
}

export type Measured = LoadResult | { skipped: string };

export interface ShapeInfo {
  key: string;
  label: string;
  inMix: boolean;
  notes: Partial<Record<Target, string>>;
}

export interface BenchResults {
  mode: 'full' | 'quick';
  startedAt: string;
  minutes: number;
  command: string;
  /** The service code measured. */
  code?: { commit: string | null; uncommittedSrcFiles: number | null };
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    neo4j: string;
    /** 1-minute load average before and after: other work on the machine shows here. */
    loadAverage: { before: number[]; after: number[] };
  };
  settings: {
    seed: string;
    unit: number;
    smallScale: number;
    largeScale: number;
    connections: number;
    durationSeconds: number;
    warmupSeconds: number;
    rounds: number;
    neo4jMemory: Record<string, string>;
  };
  landmarks: Landmarks;
  datasets: { small: GraphCounts; large: GraphCounts; loads: LoadStats[] };
  shapes: ShapeInfo[];
  answers: ShapeAnswers[];
  load: Record<string, Record<Target, Measured>>;
  growth: { small: Record<Target, Measured>; large: Record<Target, Measured> };
  rss: { serviceIdleMb: number | null; service: RssSummary; contender: RssSummary; raw: RssSummary };
  seeding: SeedingResult | null;
  storageShape: ShapeComparison[];
  profiles: Record<string, { service?: PlanSummary; raw?: PlanSummary; error?: string }>;
}

export const isMeasured = (m: Measured | undefined): m is LoadResult => Boolean(m && !('skipped' in m));
