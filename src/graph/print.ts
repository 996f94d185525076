import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';
import { PROJECT_ROOT } from '../paths.ts';

export const SCHEMA_FILE = resolve(PROJECT_ROOT, 'schema', 'schema.graphql');

export function printedSchema(): string {
  return `# Printed from the code by \`npm run print-schema\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
