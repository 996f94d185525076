/**
 * The schema: imports every type so it registers with the builder, then builds.
 */
import { builder } from './builder.ts';
import './types/common.ts';
import './types/facts.ts';
import './types/entities.ts';
import './types/statement.ts';
import './types/article.ts';
import './types/query.ts';
import './types/mutations.ts';
import './types/explore.ts';
import './types/ingest.ts';

export const schema = builder.toSchema({ sortSchema: false });
