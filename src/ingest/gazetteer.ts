/**
 * The graph's own names, for the extractor: every entity with its aliases, so a known name in a new article is
 * matched to the entity it already has. Read once and kept; a write in this process marks it stale, and it is
 * re-read at most every `maxAgeMs` to see other instances' writes.
 */
import type { Database, RoundTripCounter } from '../db/database.ts';
import type { EntityType } from '../facts/document.ts';
import type { GazetteerEntry } from './extract/index.ts';

export class Gazetteer {
  private entries: GazetteerEntry[] | null = null;
  private loadedAt = 0;

  constructor(
    private readonly db: Database,
    private readonly maxAgeMs = 60_000,
  ) {}

  /** Marks the cache stale (after a merge or a retraction, which remove entities). */
  invalidate(): void {
    this.entries = null;
  }

  /** Adds what a write just created or renamed, without reading every entity again. */
  remember(entities: Array<{ id?: string | undefined; type: EntityType; name: string; aliases?: string[]; title?: string | undefined; anonymous?: boolean | undefined }>): void {
    if (!this.entries) return;
    const byId = new Map(this.entries.map((e) => [e.id, e]));
    for (const e of entities) {
      if (!e.id || e.type === 'Policy') continue;
      const known = byId.get(e.id);
      const aliases = [...new Set([...(known?.aliases ?? []), ...(e.aliases ?? []), ...(known && known.name !== e.name ? [e.name] : [])])];
      const entry: GazetteerEntry = { ...(known ?? { id: e.id, type: e.type, name: e.name }), aliases };
      if (!known) {
        if (e.title) entry.title = e.title;
        if (e.anonymous) entry.anonymous = true;
      }
      byId.set(e.id, entry);
    }
    this.entries = [...byId.values()];
  }

  async get(counter?: RoundTripCounter): Promise<GazetteerEntry[]> {
    if (this.entries && Date.now() - this.loadedAt < this.maxAgeMs) return this.entries;
    const rows = await this.db.read(
      `MATCH (e:Entity) WHERE e.kind <> 'Policy'
       RETURN e.id AS id, e.kind AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, e.title AS title,
              coalesce(e.anonymous, false) AS anonymous`,
      {},
      { counter, metadata: { op: 'gazetteer' } },
    );
    this.entries = rows.map((r) => ({
      id: r.get('id') as string,
      type: r.get('type') as EntityType,
      name: r.get('name') as string,
      aliases: r.get('aliases') as string[],
      ...(r.get('title') ? { title: r.get('title') as string } : {}),
      ...(r.get('anonymous') ? { anonymous: true } : {}),
    }));
    this.loadedAt = Date.now();
    return this.entries;
  }
}
