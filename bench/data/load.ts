/**
 * Loads parts of the dataset with batched, parameterized UNWIND queries (10,000 rows a batch): nodes first by
 * label, then edges by type, each end found through the id constraints. A progress bar shows rows, rate and
 * ETA; the totals give the load rate. Loads into a graph that does not hold these ids yet (CREATE, not MERGE).
 */
import cliProgress from 'cli-progress';
import neo4j, { type Driver } from 'neo4j-driver';
import type { EdgeRow, PartBuilder, Props } from './part-builder.ts';

export const BATCH_SIZE = 10_000;

/** Facts on edges get a creation time like the write path gives them; SAID and article edges have none. */
const STAMPED_EDGES = new Set(['ABOUT', 'AUTHORIZED', 'REVERSED', 'CONCERNS', 'APPLIES_TO', 'MEMBER_OF', 'SPEAKS_FOR']);

interface Batch {
  kind: 'node' | 'edge';
  cypher: string;
  rows: unknown[];
}

function nodeBatches(part: PartBuilder): Array<Omit<Batch, 'rows'> & { rows: Props[] }> {
  const byType = new Map<string, Props[]>();
  for (const e of part.entities) {
    let list = byType.get(e.type);
    if (!list) byType.set(e.type, (list = []));
    list.push(e.props);
  }
  return [
    ...[...byType].map(([type, rows]) => ({
      kind: 'node' as const,
      cypher: `UNWIND $rows AS row CREATE (e:Entity:${type}) SET e = row, e.createdAt = datetime()`,
      rows,
    })),
    { kind: 'node', cypher: 'UNWIND $rows AS row CREATE (s:Statement) SET s = row, s.createdAt = datetime()', rows: part.statements },
    { kind: 'node', cypher: 'UNWIND $rows AS row CREATE (a:Article) SET a = row, a.ingestedAt = datetime()', rows: part.articles },
  ];
}

function edgeBatches(part: PartBuilder): Batch[] {
  const groups = new Map<string, EdgeRow[]>();
  for (const e of part.edges) {
    const key = `${e.type}|${e.fromLabel}|${e.toLabel}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(e);
  }
  return [...groups].map(([key, edges]) => {
    const [type, fromLabel, toLabel] = key.split('|') as [string, string, string];
    const set = edges[0]!.props ? ` SET r = row.props${STAMPED_EDGES.has(type) ? ', r.createdAt = datetime()' : ''}` : '';
    return {
      kind: 'edge' as const,
      cypher: `UNWIND $rows AS row MATCH (a:${fromLabel} {id: row.from}) MATCH (b:${toLabel} {id: row.to}) CREATE (a)-[r:${type}]->(b)${set}`,
      rows: edges.map((e) => (e.props ? { from: e.from, to: e.to, props: e.props } : { from: e.from, to: e.to })),
    };
  });
}

export function rowsOf(part: PartBuilder): { nodes: number; edges: number } {
  return { nodes: part.entities.length + part.statements.length + part.articles.length, edges: part.edges.length };
}

export interface LoadStats {
  parts: number;
  nodes: number;
  edges: number;
  seconds: number;
  rowsPerSecond: number;
  edgesPerSecond: number;
  nodesPerSecond: number;
}

export interface LoadOptions {
  /** How many parts the iterable will yield, to estimate the total for the bar. */
  expectedParts: number;
  label?: string;
  database?: string;
  /** No bar (for library use in tests). */
  quiet?: boolean;
}

export async function loadParts(driver: Driver, parts: Iterable<PartBuilder>, options: LoadOptions): Promise<LoadStats> {
  const bar = new cliProgress.SingleBar(
    {
      format: `${options.label ?? 'load'} |{bar}| {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  const stats = { nodes: 0, edges: 0, nodeMs: 0, edgeMs: 0 };
  const started = Date.now();
  let done = 0;
  let partsDone = 0;
  let barStarted = false;
  for (const part of parts) {
    const size = rowsOf(part);
    // The first part may be the core, smaller than a shard: re-estimate the total as parts come.
    const perPart = (done + size.nodes + size.edges) / (partsDone + 1);
    const total = Math.round(done + size.nodes + size.edges + perPart * Math.max(0, options.expectedParts - partsDone - 1));
    if (!options.quiet && !barStarted) {
      bar.start(total, 0, { rate: '-' });
      barStarted = true;
    } else if (!options.quiet) bar.setTotal(total);
    for (const batch of [...nodeBatches(part), ...edgeBatches(part)]) {
      for (let i = 0; i < batch.rows.length; i += BATCH_SIZE) {
        const rows = batch.rows.slice(i, i + BATCH_SIZE);
        const t0 = Date.now();
        await driver.executeQuery(batch.cypher, { rows }, { routing: neo4j.routing.WRITE, database: options.database });
        const ms = Date.now() - t0;
        if (batch.kind === 'node') {
          stats.nodes += rows.length;
          stats.nodeMs += ms;
        } else {
          stats.edges += rows.length;
          stats.edgeMs += ms;
        }
        done += rows.length;
        if (!options.quiet) bar.update(done, { rate: Math.round(done / ((Date.now() - started) / 1000)).toLocaleString('en-US') });
      }
    }
    partsDone++;
  }
  if (!options.quiet) {
    bar.setTotal(done);
    bar.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  return {
    parts: partsDone,
    nodes: stats.nodes,
    edges: stats.edges,
    seconds,
    rowsPerSecond: (stats.nodes + stats.edges) / seconds,
    nodesPerSecond: stats.nodes / (stats.nodeMs / 1000 || 1),
    edgesPerSecond: stats.edges / (stats.edgeMs / 1000 || 1),
  };
}
