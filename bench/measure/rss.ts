/**
 * Resident memory of a process, sampled from /proc/<pid>/status (VmRSS) while it serves the load.
 */
import { readFileSync } from 'node:fs';

export function readRssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export interface RssSummary {
  samples: number;
  maxMb: number;
  medianMb: number;
}

/** Samples a process every `intervalMs` during the work it is given, across several runs. */
export class RssRecorder {
  private readonly values: number[] = [];
  /** The highest sample of the last `during` call. */
  lastMaxMb = NaN;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 200,
  ) {}

  async during<T>(work: () => Promise<T>): Promise<T> {
    const take = () => {
      const mb = readRssMb(this.pid);
      if (mb !== null) this.values.push(mb);
    };
    const from = this.values.length;
    take();
    const timer = setInterval(take, this.intervalMs);
    try {
      return await work();
    } finally {
      clearInterval(timer);
      take();
      this.lastMaxMb = Math.max(...this.values.slice(from));
    }
  }

  summary(): RssSummary {
    const sorted = [...this.values].sort((a, b) => a - b);
    return { samples: sorted.length, maxMb: sorted.at(-1) ?? NaN, medianMb: sorted[Math.floor(sorted.length / 2)] ?? NaN };
  }
}
