/**
 * Ids for new entities: `<prefix>:<slug>` (see ID_PREFIX and ID_PATTERN), unique within one extraction.
 */
import { ID_PATTERN, ID_PREFIX, type NodeType } from '../../facts/document.ts';

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'unnamed';
}

export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Reserves an id that is already fixed (a gazetteer id). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  next(type: NodeType, name: string): string {
    const base = `${ID_PREFIX[type]}:${slugify(name)}`;
    let id = base;
    for (let n = 2; this.taken.has(id) || !ID_PATTERN.test(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
