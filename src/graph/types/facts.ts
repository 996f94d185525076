/**
 * Facts that live on edges: authorizations, reversals and the supporting relations.
 */
import { field } from '../resolve.ts';
import { builder, type Projected } from '../builder.ts';
import { projected, typeOf } from '../resolve.ts';
import { EntityRef, FactDate, FactRef, FactStatus, NodeRef, PolicyRef, SourceRef, StatementRef } from './common.ts';

const factFields = (t: any) => ({
  id: t.id({ resolve: field('id') }),
  date: t.field({ type: FactDate, resolve: projected }),
  status: t.field({ resolve: field('status'),  type: FactStatus }),
  confidence: t.float({ resolve: field('confidence') }),
  sources: t.field({ type: [SourceRef], resolve: projected }),
});

export const AuthorizationRef = builder.objectRef<Projected>('Authorization');
AuthorizationRef.implement({
  description: 'Someone authorized a policy (which may itself be a prohibition).',
  interfaces: [FactRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Authorization',
  fields: (t) => ({
    ...factFields(t),
    actor: t.field({ type: EntityRef, resolve: projected }),
    policy: t.field({ type: PolicyRef, resolve: projected }),
  }),
});

export const ReversalTarget = builder.unionType('ReversalTarget', {
  description: 'What can be reversed: a policy or an earlier statement.',
  types: [PolicyRef, StatementRef],
  resolveType: typeOf,
});

export const ReversalRef = builder.objectRef<Projected>('Reversal');
ReversalRef.implement({
  description: 'Someone (or a newer policy) reversed a policy or an earlier statement.',
  interfaces: [FactRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Reversal',
  fields: (t) => ({
    ...factFields(t),
    actor: t.field({ type: EntityRef, description: 'A person, agency or the newer policy.', resolve: projected }),
    target: t.field({ type: ReversalTarget, resolve: projected }),
  }),
});

export const RelationType = builder.enumType('RelationType', {
  values: ['ABOUT', 'CONCERNS', 'APPLIES_TO', 'MEMBER_OF', 'SPEAKS_FOR', 'AUTHORIZED', 'REVERSED', 'SAID'] as const,
});

export const RelationRef = builder.objectRef<Projected>('Relation');
RelationRef.implement({
  description: 'A supporting fact: a policy concerns a weapon, applies to a place, a person speaks for an agency...',
  interfaces: [FactRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Relation',
  fields: (t) => ({
    ...factFields(t),
    type: t.field({ resolve: field('type'),  type: RelationType }),
    role: t.string({ resolve: field('role'),  nullable: true, description: 'APPLIES_TO: territory, recipient, executor.' }),
    from: t.field({ type: NodeRef, resolve: projected }),
    to: t.field({ type: NodeRef, resolve: projected }),
  }),
});
