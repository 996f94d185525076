import type { Projected } from '../builder.ts';
/**
 * What was said: the quote, its speaker, its date and the sentences behind it.
 */
import { projected } from '../resolve.ts';
import { EntityRef, FactDate, FactRef, FactStatus, NodeRef, SourceRef, StatementRef } from './common.ts';
import { field } from '../resolve.ts';
import { builder } from '../builder.ts';
import { ReversalRef } from './facts.ts';

export const StatementKind = builder.enumType('StatementKind', {
  values: {
    DIRECT: { description: 'A full quotation.' },
    PARTIAL: { description: 'A fragment quoted inside the reporter\'s sentence.' },
    PARAPHRASE: { description: 'Reported speech without quotation marks.' },
  } as const,
});

StatementRef.implement({
  description: 'Something a person or agency said, with when and where it was reported.',
  interfaces: [NodeRef, FactRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Statement',
  fields: (t) => ({
    id: t.id({ resolve: field('id') }),
    quote: t.string({ resolve: field('quote') }),
    kind: t.field({ resolve: field('kind'),  type: StatementKind }),
    context: t.string({ resolve: field('context'),  nullable: true, description: 'Where or how: "in a statement".' }),
    date: t.field({ type: FactDate, description: 'When it was said.', resolve: projected }),
    status: t.field({ resolve: field('status'),  type: FactStatus }),
    confidence: t.float({ resolve: field('confidence') }),
    sources: t.field({ type: [SourceRef], resolve: projected }),
    speaker: t.field({ type: EntityRef, resolve: projected }),
    about: t.field({ type: [EntityRef], description: 'What it is about.', resolve: projected }),
    reversedBy: t.field({
      type: [ReversalRef],
      description: 'Later decisions that went against it.',
      args: { includeUnconfirmed: t.arg.boolean({ defaultValue: false }) },
      resolve: projected,
    }),
  }),
});
