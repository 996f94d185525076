/**
 * Thin resolvers. Root fields compile their selection into one Cypher query (src/read) and run it; every
 * field below reads what that query projected, by response key, so nested fields cost no round-trips.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Projected } from './builder.ts';
import type { Context } from './context.ts';
import type { CompiledQuery } from '../read/root-queries.ts';

export function selectionOf(info: GraphQLResolveInfo): ResolveTree {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) throw new Error(`no selection for ${info.fieldName}`);
  return tree;
}

/** Runs a compiled read and returns its rows as plain objects. */
export async function runRead(ctx: Context, query: CompiledQuery, op: string) {
  const records = await ctx.db.read(query.cypher, query.params, {
    counter: ctx.counter,
    metadata: { op, requestId: ctx.requestId },
  });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

/** Reads an object-valued field from its parent's projection. */
export function projected(parent: Projected, _args: unknown, _ctx: Context, info: GraphQLResolveInfo): never {
  const value = parent[info.path.key as string];
  if (value === undefined) {
    throw new Error(`${info.parentType.name}.${info.fieldName} was not projected for ${String(info.path.key)}`);
  }
  return value as never;
}

/** Interfaces and unions tell their concrete type from the projection. */
export function typeOf(value: Projected): string {
  return value.__typename as string;
}

/** Reads a scalar field from the projection by its name. */
export const field =
  (name: string) =>
  (parent: Projected): never =>
    parent[name] as never;
