/**
 * The schema builder: its context type and scalars. Types are defined one domain type per file in `types/`.
 */
import SchemaBuilder from '@pothos/core';
import { valueFromASTUntyped } from 'graphql';
import type { Context } from './context.ts';
import { isDateSpec } from '../facts/dates.ts';

/** A projected object: the map that one Cypher query returned for it (see src/read/project.ts). */
export type Projected = Record<string, unknown>;

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
    Date: { Input: string; Output: string };
  };
}>({
  defaultFieldNullability: false,
});

builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
builder.scalarType('Date', {
  description: 'A calendar day, ISO 8601: 2024-11-20.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || !DATE.test(value) || !isDateSpec(value)) {
      throw new TypeError(`Date must be YYYY-MM-DD; got ${JSON.stringify(value)?.slice(0, 40)}`);
    }
    return value;
  },
});

builder.queryType({});
builder.mutationType({});
