/**
 * The result tables as rows of cells, rendered either padded for the terminal or as Markdown.
 */
import { TARGETS, TARGET_LABEL, type Target } from '../mix/shapes.ts';
import { isMeasured, type BenchResults, type Measured } from './results.ts';
import { commonKeys, evaluateTargets, measuredOf, mixKeys, mixRate } from './targets.ts';

export interface Table {
  title: string;
  head: string[];
  rows: string[][];
}

const rps = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : '-');

/** Requests/s with the range of the rounds, p50, p99. */
function cell(m: Measured | undefined): string[] {
  if (!m) return ['-', '-', '-'];
  if (!isMeasured(m)) return ['fails', '-', '-'];
  const range = m.rounds && m.rounds.length > 1 ? ` (${rps(Math.min(...m.rounds))}-${rps(Math.max(...m.rounds))})` : '';
  return [rps(m.requestsPerSecond) + range, ms(m.p50), ms(m.p99)];
}

export function throughputTable(r: BenchResults): Table {
  const rows = r.shapes.map((s) => {
    const m = r.load[s.key] ?? ({} as Record<Target, Measured>);
    const ours = measuredOf(r, s.key, 'service');
    const cont = measuredOf(r, s.key, 'contender');
    const raw = measuredOf(r, s.key, 'raw');
    return [
      s.label,
      ...TARGETS.flatMap((t) => cell(m[t])),
      ours && cont ? ratio(ours.requestsPerSecond / cont.requestsPerSecond) : cont ? '-' : 'contender fails',
      ours && raw ? ratio(raw.requestsPerSecond / ours.requestsPerSecond) : '-',
    ];
  });
  const mix = mixKeys(r);
  const vsC = commonKeys(r, 'service', 'contender');
  rows.push([
    `mix (a-f), equal shares`,
    rps(mixRate(r, 'service', mix)), '', '',
    rps(mixRate(r, 'contender', vsC.keys)) + (vsC.left.length ? '*' : ''), '', '',
    rps(mixRate(r, 'raw', mix)), '', '',
    ratio(mixRate(r, 'service', vsC.keys) / mixRate(r, 'contender', vsC.keys)) + (vsC.left.length ? '*' : ''),
    ratio(mixRate(r, 'raw', mix) / mixRate(r, 'service', mix)),
  ]);
  return {
    title: `Throughput (requests/s) and latency (ms), ${r.settings.connections} connections, about ${r.settings.durationSeconds} s per query, scale ${r.settings.largeScale}`,
    head: [
      'query',
      ...TARGETS.flatMap((t) => [`${TARGET_LABEL[t]} req/s`, 'p50', 'p99']),
      'service / contender',
      'raw / service',
    ],
    rows,
  };
}

export function cpuTable(r: BenchResults): Table {
  const pair = (key: string, t: Target) => {
    const m = measuredOf(r, key, t);
    return m?.cpu ? [m.cpu.serverMs.toFixed(1), m.cpu.neo4jMs.toFixed(1)] : ['-', '-'];
  };
  return {
    title: 'CPU time per answered request (ms): in the server process, and in Neo4j',
    head: ['query', ...TARGETS.flatMap((t) => [`${TARGET_LABEL[t]} process`, 'Neo4j'])],
    rows: r.shapes.map((s) => [s.label, ...TARGETS.flatMap((t) => pair(s.key, t))]),
  };
}

export function answersTable(r: BenchResults): Table {
  return {
    title: 'Answers (ids in order, compared with the service) and Cypher round-trips per request',
    head: ['query', 'contender answer', 'raw answer', 'round-trips: service', 'contender', 'raw', 'how the contender expresses it'],
    rows: r.answers.map((a) => {
      const shape = r.shapes.find((s) => s.key === a.key)!;
      const verdict = (v: { verdict: string; detail: string }) => (v.verdict === 'failed' ? `failed: ${v.detail.slice(0, 70)}` : `${v.verdict} (${v.detail})`);
      return [
        shape.label,
        verdict(a.agreement.contender),
        verdict(a.agreement.raw),
        String(a.answers.service.roundTrips ?? '?'),
        String(a.answers.contender.roundTrips ?? '?'),
        String(a.answers.raw.roundTrips ?? '?'),
        shape.notes.contender ?? 'generated fields',
      ];
    }),
  };
}

export function targetsTable(r: BenchResults): Table {
  return {
    title: 'Targets',
    head: ['target', 'goal', 'measured', 'met'],
    rows: evaluateTargets(r).map((t) => [t.name, t.goal, t.measured + (t.note ? ` (${t.note})` : ''), t.met === null ? 'n/a' : t.met ? 'yes' : 'NO']),
  };
}

export function growthTable(r: BenchResults): Table {
  const cpuOf = (m: Measured) => (isMeasured(m) && m.cpu ? m.cpu.serverMs + m.cpu.neo4jMs : NaN);
  const row = (t: Target) => {
    const s = r.growth.small[t];
    const l = r.growth.large[t];
    return [
      TARGET_LABEL[t],
      ...cell(s),
      ...cell(l),
      isMeasured(s) && isMeasured(l) ? ratio(l.p50 / s.p50) : '-',
      Number.isFinite(cpuOf(s)) ? `${cpuOf(s).toFixed(1)} -> ${cpuOf(l).toFixed(1)}` : '-',
      ratio(cpuOf(l) / cpuOf(s)),
    ];
  };
  return {
    title: `Entity page at scale ${r.settings.smallScale} and at scale ${r.settings.largeScale}`,
    head: ['target', `req/s @${r.settings.smallScale}`, 'p50', 'p99', `req/s @${r.settings.largeScale}`, 'p50', 'p99', 'p50 growth', 'CPU ms/request (process + Neo4j)', 'CPU growth'],
    rows: TARGETS.map(row),
  };
}

export function memoryTable(r: BenchResults): Table {
  const max = (key: string, t: Target) => {
    const m = measuredOf(r, key, t);
    return m?.rssMaxMb !== undefined && Number.isFinite(m.rssMaxMb) ? m.rssMaxMb.toFixed(0) : '-';
  };
  return {
    title: 'Highest resident memory (MB) of each server process while it served each query',
    head: ['query', ...TARGETS.map((t) => TARGET_LABEL[t])],
    rows: [
      ...r.shapes.map((s) => [s.label, ...TARGETS.map((t) => max(s.key, t))]),
      ['median over all runs', ...TARGETS.map((t) => r.rss[t].medianMb.toFixed(0))],
    ],
  };
}

export function seedingTable(r: BenchResults): Table | null {
  const s = r.seeding;
  if (!s) return null;
  const line = (name: string, v: { seconds: number; articlesPerSecond: number; failed?: number; retries?: number; range?: [number, number] }, how: string) => [
    name,
    how,
    v.seconds.toFixed(1),
    v.articlesPerSecond.toFixed(1) + (v.range ? ` (${v.range[0].toFixed(1)}-${v.range[1].toFixed(1)})` : ''),
    String(v.retries ?? 0),
    String(v.failed ?? 0),
  ];
  return {
    title: `Seeding ${s.articles} articles (${s.statementsPerArticle} statements, 3 relations and 4 entities each)`,
    head: ['path', 'how', 'seconds', 'articles/s', 'retried "busy"', 'failed'],
    rows: [
      ...(s.ingestFactsBatch
        ? [line('ingestFactsBatch mutation', s.ingestFactsBatch, `HTTP to the service process, ${s.ingestFactsBatch.batch} articles per request and transaction, one request at a time${s.ingestFactsBatch.roundTrips ? `, ${s.ingestFactsBatch.roundTrips} Cypher round-trips a request` : ''}${s.rounds ? `; median of ${s.rounds} rounds taken in turns with the raw load` : ''}`)]
        : []),
      line('ingestFacts mutation', s.ingestFacts, `HTTP to the service process, ${s.concurrency} concurrent, one transaction per article${s.ingestRoundTrips ? `, ${s.ingestRoundTrips} Cypher round-trips each` : ''}`),
      line('writeDocument in-process', s.writeDocument, `the same path without HTTP/GraphQL, ${s.concurrency} concurrent`),
      line('raw batched Cypher', s.raw, `UNWIND ... MERGE, ${s.raw.queries} queries for all articles${s.rounds ? `; median of ${s.rounds} rounds` : ''}`),
    ],
  };
}

export function renderText(table: Table): string {
  const widths = table.head.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [table.title, line(table.head), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

export function renderMarkdown(table: Table): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${table.head.map(esc).join(' | ')} |`,
    `| ${table.head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
