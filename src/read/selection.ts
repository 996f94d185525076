/**
 * Helpers over the parsed GraphQL selection (graphql-parse-resolve-info's ResolveTree): the field tree of a
 * request, with aliases, arguments (variables applied) and the fields asked of each type.
 */
import type { FieldsByTypeName, ResolveTree } from 'graphql-parse-resolve-info';

export type { FieldsByTypeName, ResolveTree };

/** Merges two field maps; the same alias on both sides is the same field, so its subtrees merge too. */
export function mergeFields(a: FieldsByTypeName, b: FieldsByTypeName): FieldsByTypeName {
  const out: FieldsByTypeName = { ...a };
  for (const [type, fields] of Object.entries(b)) {
    const merged = { ...(out[type] ?? {}) };
    for (const [alias, tree] of Object.entries(fields)) {
      const existing = merged[alias];
      merged[alias] = existing
        ? { ...existing, fieldsByTypeName: mergeFields(existing.fieldsByTypeName, tree.fieldsByTypeName) }
        : tree;
    }
    out[type] = merged;
  }
  return out;
}

/** Every sub-selection of fields named `name` (under any alias) of `tree`, merged. */
export function childSelection(tree: ResolveTree, name: string): FieldsByTypeName {
  return childFields(tree.fieldsByTypeName, name);
}

/** Every sub-selection of fields named `name` (under any alias) in a field map, merged. */
export function childFields(fieldsByTypeName: FieldsByTypeName, name: string): FieldsByTypeName {
  let out: FieldsByTypeName = {};
  for (const fields of Object.values(fieldsByTypeName)) {
    for (const child of Object.values(fields)) {
      if (child.name === name) out = mergeFields(out, child.fieldsByTypeName);
    }
  }
  return out;
}

/** True when `tree` selects a field named `name` directly. */
export function selects(tree: ResolveTree, name: string): boolean {
  return Object.values(tree.fieldsByTypeName).some((fields) => Object.values(fields).some((f) => f.name === name));
}

/** Fields that connection edges repeat from their node, projected under a type key of their own. */
export const EDGE_TYPE = '__edge';
const EDGE_FIELDS = ['date', 'sources'];

/** The node selection of a connection: `edges { node { … } }` and `nodes { … }` together. */
export function connectionNodeSelection(tree: ResolveTree): FieldsByTypeName {
  let out: FieldsByTypeName = {};
  for (const fields of Object.values(tree.fieldsByTypeName)) {
    for (const child of Object.values(fields)) {
      if (child.name === 'nodes') out = mergeFields(out, child.fieldsByTypeName);
      if (child.name === 'edges') {
        for (const edgeFields of Object.values(child.fieldsByTypeName)) {
          for (const edgeChild of Object.values(edgeFields)) {
            if (edgeChild.name === 'node') out = mergeFields(out, edgeChild.fieldsByTypeName);
            // An edge's own date and sources are the node's; they are projected on the node under EDGE_FIELDS.
            if (EDGE_FIELDS.includes(edgeChild.name)) out = mergeFields(out, { [EDGE_TYPE]: { [edgeChild.alias]: edgeChild } });
          }
        }
      }
    }
  }
  return out;
}

/** Whether a connection's selection needs cursors: `edges { cursor }` or `pageInfo { startCursor | endCursor }`. */
export function asksForCursors(tree: ResolveTree): boolean {
  return Object.values(tree.fieldsByTypeName).some((fields) =>
    Object.values(fields).some((child) => {
      const wanted = child.name === 'edges' ? ['cursor'] : child.name === 'pageInfo' ? ['startCursor', 'endCursor'] : [];
      return wanted.length > 0 && Object.values(child.fieldsByTypeName).some((f) => Object.values(f).some((c) => wanted.includes(c.name)));
    }),
  );
}
