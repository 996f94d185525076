/**
 * Keyset paging. A cursor holds the sort key of the last item seen (its date and id), so page 100 costs what
 * page 1 costs: the query seeks past the key instead of counting off an offset.
 */
import { badInput } from '../errors.ts';
import { limits } from '../limits.ts';

export type SortKey = [string, string];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string')) return key as SortKey;
  } catch {
    // fall through to the error below
  }
  throw badInput(`"${cursor.slice(0, 60)}" is not a cursor this service issued`, { argument: 'after' });
}

/** Checks a requested page size: outside 1..maxPageSize is an error, never a silent cap. */
export function pageSize(first: unknown, argument = 'first'): number {
  if (first === undefined || first === null) return limits.defaultPageSize;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > limits.maxPageSize) {
    throw badInput(`${argument} must be between 1 and ${limits.maxPageSize}; got ${String(first)}`, {
      argument,
      min: 1,
      max: limits.maxPageSize,
    });
  }
  return first;
}

export interface RawConnection {
  /** `__cursor` is projected only when the request asks for cursors. */
  items: Array<Record<string, unknown> & { __cursor?: SortKey }>;
  total?: number;
}

/** Shapes the raw page (one extra item fetched to learn whether more follow) as a Relay connection. */
export function toConnection(raw: RawConnection, first: number, after: unknown) {
  const page = raw.items.slice(0, first);
  // Cursors are encoded only when read: most pages ask for the last one at most.
  const cursorOf = (node: (typeof page)[number] | undefined) => (node?.__cursor ? encodeCursor(node.__cursor) : null);
  const edges = page.map((node) => ({
    node,
    // Projected whenever the selection asks for it (asksForCursors).
    get cursor(): string {
      return cursorOf(node) as string;
    },
  }));
  return {
    edges,
    nodes: page,
    totalCount: raw.total ?? null,
    pageInfo: {
      hasNextPage: raw.items.length > first,
      hasPreviousPage: Boolean(after),
      get startCursor() {
        return cursorOf(page[0]);
      },
      get endCursor() {
        return cursorOf(page.at(-1));
      },
    },
  };
}
