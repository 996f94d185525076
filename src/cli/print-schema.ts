/**
 * `npm run print-schema`: writes the SDL to schema/schema.graphql. The tests fail when the file and the code
 * disagree, so schema changes show up in review.
 */
import { writeFileSync } from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../graph/print.ts';

writeFileSync(SCHEMA_FILE, printedSchema());
console.log(`wrote ${SCHEMA_FILE}`);
