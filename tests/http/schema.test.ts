/**
 * The checked-in SDL is the schema the code builds: a change to the API shows up in review.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../../src/graph/print.ts';

it('schema/schema.graphql matches the code (run `npm run print-schema` after changing the API)', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), printedSchema());
});
