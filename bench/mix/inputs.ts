/**
 * The arguments of the query mix, worked out from the loaded graph: where the deep page starts (the sort key
 * of the hub's 5,000th statement for keyset cursors, the offset for the contender's cursors) and the Lucene
 * query the service makes of the search text, so the contender and the raw query search for the very same thing.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { encodeCursor } from '../../src/read/paging.ts';
import { luceneQuery } from '../../src/read/root-queries.ts';
import type { Landmarks } from '../data/dataset.ts';

/** The deep page is items 5,001 to 5,050: the page after the 5,000th. */
export const DEEP_OFFSET = 5_000;
export const SEARCH_FIRST = 10;

export interface MixInputs {
  landmarks: Landmarks;
  deep: {
    /** Sort key of the 5,000th statement: what a keyset cursor holds. */
    afterDate: string;
    afterId: string;
    serviceCursor: string;
    /** @neo4j/graphql cursors are offsets: `arrayconnection:<index of the last item seen>`. */
    contenderCursor: string;
  };
  search: { text: string; lucene: string; luceneLimit: number };
}

export async function resolveInputs(driver: Driver, landmarks: Landmarks): Promise<MixInputs> {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $id})-[:SAID]->(s:Statement) WHERE coalesce(s.status, 'CONFIRMED') = 'CONFIRMED'
     WITH s ORDER BY s.dateFrom, s.id SKIP $skip LIMIT 1
     RETURN s.dateFrom AS date, s.id AS id`,
    { id: landmarks.hub.id, skip: neo4j.int(DEEP_OFFSET - 1) },
  );
  const row = records[0];
  if (!row) throw new Error(`${landmarks.hub.id} has fewer than ${DEEP_OFFSET} confirmed statements: no deep page`);
  const [afterDate, afterId] = [row.get('date') as string, row.get('id') as string];
  return {
    landmarks,
    deep: {
      afterDate,
      afterId,
      serviceCursor: encodeCursor([afterDate, afterId]),
      contenderCursor: Buffer.from(`arrayconnection:${DEEP_OFFSET - 1}`).toString('base64'),
    },
    // The service asks Lucene for first * 4 + 20 hits before its own ordering (src/read/root-queries.ts).
    search: { text: landmarks.searchText, lucene: luceneQuery(landmarks.searchText), luceneLimit: SEARCH_FIRST * 4 + 20 },
  };
}
