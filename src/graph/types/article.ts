import type { Projected } from '../builder.ts';
import { field } from '../resolve.ts';
/**
 * Articles: the sources every fact is traced to.
 */
import { projected } from '../resolve.ts';
import { AgencyRef, ArticleRef, EntityRef, FactDate, NodeRef } from './common.ts';

ArticleRef.implement({
  description: 'A news article; every fact names the articles and sentences it comes from.',
  interfaces: [NodeRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Article',
  fields: (t) => ({
    id: t.id({ resolve: field('id') }),
    title: t.string({ resolve: field('title'),  nullable: true }),
    url: t.string({ resolve: field('url'),  nullable: true }),
    text: t.string({ resolve: field('text'),  description: 'The full text; source offsets point into it.' }),
    publishedAt: t.field({ type: FactDate, description: 'When it was published (reported).', resolve: projected }),
    publisher: t.field({ type: AgencyRef, nullable: true, resolve: projected }),
    mentions: t.field({ type: [EntityRef], description: 'Entities it names.', resolve: projected }),
    factCount: t.int({ resolve: field('factCount'),  description: 'Facts it supports.' }),
  }),
});
