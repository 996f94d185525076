import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

export const SCHEMA_FILE = resolve(import.meta.dirname, '..', '..', 'schema', 'schema.graphql');

export function printedSchema(): string {
  return `# Printed from the code by \`npm run print-schema\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
