/**
 * The policies in force on a day: authorized on or before it and not reversed by then. Nothing is deleted when
 * a newer fact supersedes an older one, so the graph answers for any day in its past.
 */
import { CypherBuilder } from '../read/cypher-builder.ts';
import { projectObject } from '../read/project.ts';
import { labelOfId, type CompiledQuery } from '../read/root-queries.ts';
import type { ResolveTree } from '../read/selection.ts';

export function policiesInForce(tree: ResolveTree): CompiledQuery {
  const on = String(tree.args.on);
  const concerning = tree.args.concerning ? String(tree.args.concerning) : null;
  if (concerning) labelOfId(concerning, 'concerning');
  const q = new CypherBuilder();
  const cypher = `MATCH (p:Policy)<-[a:AUTHORIZED]-()
    WHERE coalesce(a.status, 'CONFIRMED') = 'CONFIRMED' AND a.dateFrom <= ${q.param(on)}
      AND (${q.param(concerning)} IS NULL OR EXISTS { (p)-[:CONCERNS|APPLIES_TO]->(:Entity {id: ${q.param(concerning)}}) })
      AND NOT EXISTS { (p)<-[r:REVERSED]-() WHERE coalesce(r.status, 'CONFIRMED') = 'CONFIRMED' AND r.dateFrom <= ${q.param(on)} }
    WITH DISTINCT p ORDER BY p.name
    RETURN ${projectObject(tree.fieldsByTypeName, { node: 'p' }, q)} AS result`;
  return { cypher, params: q.params };
}
