/**
 * The synthetic news graph as a sequence of parts: the core (hubs, fixed at every scale), then shards of the
 * long tail. Scale s is the core plus round(s / unit) shards, so the graph at scale 0.1 is exactly the first
 * part of the graph at scale 1, and growing from one to the other only adds shards. Parts are made one at a
 * time, in order, so memory holds one shard and the result never depends on how it is loaded.
 */
import { buildCore, type CoreLandmarks } from './core.ts';
import { IdRegistry, type PartBuilder } from './part-builder.ts';
import { Prng } from './prng.ts';
import { buildShard } from './shard.ts';
import { Namer, RARE_LAST_NAME } from './vocabulary.ts';

export const DEFAULT_SEED = 'stancegraph-bench-1';
/** One shard is a tenth of scale 1 unless told otherwise. */
export const DEFAULT_UNIT = 0.1;

/** Where the benchmark's queries start. */
export interface Landmarks {
  /** The head of state: entity page, deep page. */
  hub: { id: string; name: string };
  /** A minister with about a thousand statements: neighborhood and timeline. */
  minister: { id: string; name: string };
  /**
   * Two people of the first shard: the paths between them. (Paths that end at the head of state cost about a
   * second in Neo4j whoever asks, as the shortest-path search expands his 7,500 statements.)
   */
  pathFrom: { id: string; name: string };
  pathTo: { id: string; name: string };
  /** A surname few people share: the search box. */
  searchText: string;
}

export function shardsFor(scale: number, unit = DEFAULT_UNIT): number {
  return Math.max(1, Math.round(scale / unit));
}

export class SyntheticNews {
  private readonly rng: Prng;
  private readonly namer = new Namer();
  private readonly registry = new IdRegistry();
  private core: CoreLandmarks | null = null;
  private pathPeople: Array<{ id: string; name: string }> | null = null;
  private madeShards = 0;

  constructor(
    readonly seed = DEFAULT_SEED,
    readonly unit = DEFAULT_UNIT,
  ) {
    this.rng = new Prng(seed);
  }

  /** How many parts `partsUpTo(scale)` will still yield. */
  remainingParts(scale: number): number {
    return (this.core ? 0 : 1) + Math.max(0, shardsFor(scale, this.unit) - this.madeShards);
  }

  /** The parts that are missing to reach `scale`: the core if not made yet, then the next shards. */
  *partsUpTo(scale: number): Generator<PartBuilder> {
    if (!this.core) {
      const { part, landmarks } = buildCore(this.rng.fork('core'), this.namer, this.registry);
      this.core = landmarks;
      yield part;
    }
    const target = shardsFor(scale, this.unit);
    while (this.madeShards < target) {
      const index = this.madeShards++;
      const { part, pathPeople } = buildShard(index, this.unit, this.rng.fork(`shard-${index}`), this.namer, this.registry, this.core);
      if (index === 0) this.pathPeople = pathPeople.map((p) => ({ id: p.id, name: p.name }));
      yield part;
    }
  }

  landmarks(): Landmarks {
    if (!this.core || !this.pathPeople) throw new Error('landmarks are known once the core and the first shard are made');
    const { hub, minister } = this.core;
    return {
      hub: { id: hub.id, name: hub.name },
      minister: { id: minister.id, name: minister.name },
      pathFrom: this.pathPeople[0]!,
      pathTo: this.pathPeople[1]!,
      searchText: RARE_LAST_NAME,
    };
  }
}
