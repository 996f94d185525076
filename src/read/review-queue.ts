/**
 * The review queue: unconfirmed facts, statements and edges alike, oldest first, keyset-paged. Each type is its
 * own branch so the status indexes serve it.
 */
import { RELATION_TYPES } from '../facts/document.ts';
import { CypherBuilder } from './cypher-builder.ts';
import { decodeCursor, pageSize } from './paging.ts';
import { projectObject } from './project.ts';
import type { CompiledQuery } from './root-queries.ts';
import { connectionNodeSelection, type ResolveTree } from './selection.ts';

export function reviewQueue(tree: ResolveTree): CompiledQuery {
  const first = pageSize(tree.args.first);
  const q = new CypherBuilder();
  const fields = connectionNodeSelection(tree);
  let seek = 'true';
  if (typeof tree.args.after === 'string') {
    const [date, id] = decodeCursor(tree.args.after);
    seek = `d > ${q.param(date)} OR (d = ${q.param(date)} AND id > ${q.param(id)})`;
  }
  const branches = [
    `MATCH (s:Statement) WHERE s.status = 'UNCONFIRMED'
     RETURN s.dateFrom AS d, s.id AS id, ${projectObject(fields, { node: 's' }, q, { __cursor: '[s.dateFrom, s.id]' })} AS item`,
    ...RELATION_TYPES.map(
      (type) => `MATCH (a)-[r:${type}]->(b) WHERE r.status = 'UNCONFIRMED'
     RETURN r.dateFrom AS d, r.id AS id, ${projectObject(fields, { rel: 'r', from: 'a', to: 'b' }, q, { __cursor: '[r.dateFrom, r.id]' })} AS item`,
    ),
  ];
  const cypher = `CALL () {
      ${branches.join('\n      UNION ALL\n      ')}
    }
    WITH d, id, item WHERE ${seek}
    WITH item ORDER BY d, id LIMIT ${q.int(first + 1)}
    RETURN {items: collect(item), total: null} AS result`;
  return { cypher, params: q.params };
}
