import type { Projected } from '../builder.ts';
/**
 * The entity types: people, agencies, weapon systems, places and policies, each with its relations.
 */
import { field } from '../resolve.ts';
import { builder } from '../builder.ts';
import { projected, typeOf } from '../resolve.ts';
import {
  AgencyRef,
  PersonRef,
  PlaceRef,
  PolicyRef,
  WeaponSystemRef,
  ArticleRef,
  EntityRef,
  FactRef,
  NodeRef,
  StatementRef,
  connectionOf,
  pageArgs,
  resolveConnection,
} from './common.ts';
import { AuthorizationRef, RelationRef, ReversalRef } from './facts.ts';

export const StatementConnection = connectionOf('Statement', StatementRef);
export const AuthorizationConnection = connectionOf('Authorization', FactRef);
export const ReversalConnection = connectionOf('Reversal', FactRef);
export const ArticleConnection = connectionOf('Article', ArticleRef as never, false);

export const EntityType = builder.enumType('EntityType', {
  values: ['Person', 'Agency', 'WeaponSystem', 'Policy', 'Place'] as const,
});

const includeUnconfirmed = (t: any) => ({ includeUnconfirmed: t.arg.boolean({ defaultValue: false }) });

EntityRef.implement({
  description: 'A person, agency, weapon system, policy or place.',
  interfaces: [NodeRef],
  resolveType: typeOf,
  fields: (t) => ({
    id: t.id({ resolve: field('id') }),
    name: t.string({ resolve: field('name'),  description: 'Canonical name.' }),
    aliases: t.stringList({ resolve: field('aliases'),  description: 'Other names the articles use.' }),
    description: t.string({ resolve: field('description'),  nullable: true }),
    mentionedIn: t.field({
      type: ArticleConnection,
      description: 'Articles that mention it, oldest first.',
      args: pageArgs(t),
      resolve: resolveConnection as never,
    }),
  }),
});

/** Fields of anyone who can speak, authorize and reverse. */
function actorFields(t: any) {
  return {
    anonymous: t.boolean({ resolve: field('anonymous'),  description: 'An unnamed source ("a senior official").' }),
    statements: t.field({
      type: StatementConnection,
      description: 'What it said, oldest first unless ordered otherwise.',
      args: { ...pageArgs(t), about: t.arg.id({ required: false, description: 'Only statements about this entity.' }) },
      resolve: resolveConnection,
    }),
    authorizations: t.field({
      type: AuthorizationConnection,
      description: 'Policies it authorized (including prohibitions it imposed).',
      args: pageArgs(t),
      resolve: resolveConnection,
    }),
    reversals: t.field({
      type: ReversalConnection,
      description: 'Policies and statements it reversed.',
      args: pageArgs(t),
      resolve: resolveConnection,
    }),
  };
}

const statementsAbout = (t: any) =>
  t.field({
    type: StatementConnection,
    description: 'Statements about it.',
    args: pageArgs(t),
    resolve: resolveConnection,
  });

PersonRef.implement({
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Person',
  fields: (t) => ({
    ...actorFields(t),
    title: t.string({ resolve: field('title'),  nullable: true }),
    affiliations: t.field({
      type: [RelationRef],
      description: 'Agencies the person belongs to or speaks for.',
      args: includeUnconfirmed(t),
      resolve: projected,
    }),
  }),
});

AgencyRef.implement({
  description: 'A government body, administration, council, armed force or news outlet.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Agency',
  fields: (t) => ({
    ...actorFields(t),
    category: t.string({ resolve: field('category'),  nullable: true }),
    members: t.field({ type: [RelationRef], args: includeUnconfirmed(t), resolve: projected }),
    statementsAbout: statementsAbout(t),
  }),
});

WeaponSystemRef.implement({
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as Projected).__typename === 'WeaponSystem',
  fields: (t) => ({
    policies: t.field({
      type: [RelationRef],
      description: 'Policies concerning it.',
      args: includeUnconfirmed(t),
      resolve: projected,
    }),
    statementsAbout: statementsAbout(t),
  }),
});

PlaceRef.implement({
  description: 'A country or region.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Place',
  fields: (t) => ({
    category: t.string({ resolve: field('category'),  nullable: true }),
    policies: t.field({
      type: [RelationRef],
      description: 'Policies that apply to it.',
      args: includeUnconfirmed(t),
      resolve: projected,
    }),
    statementsAbout: statementsAbout(t),
  }),
});

export const PolicyEffect = builder.enumType('PolicyEffect', { values: ['PERMIT', 'PROHIBIT', 'RESTRICT'] as const });

PolicyRef.implement({
  description: 'A decision or rule: what it permits, prohibits or restricts.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as Projected).__typename === 'Policy',
  fields: (t) => ({
    effect: t.field({ resolve: field('effect'),  type: PolicyEffect, nullable: true }),
    conditions: t.stringList({ resolve: field('conditions') }),
    inForce: t.boolean({ resolve: field('inForce'),  description: 'False once a confirmed reversal targets it.' }),
    authorizedBy: t.field({ type: [AuthorizationRef], args: includeUnconfirmed(t), resolve: projected }),
    reversedBy: t.field({ type: [ReversalRef], args: includeUnconfirmed(t), resolve: projected }),
    reverses: t.field({
      type: [ReversalRef],
      description: 'Earlier policies or statements this policy reversed.',
      args: includeUnconfirmed(t),
      resolve: projected,
    }),
    concerns: t.field({ type: [RelationRef], args: includeUnconfirmed(t), resolve: projected }),
    appliesTo: t.field({ type: [RelationRef], args: includeUnconfirmed(t), resolve: projected }),
    statementsAbout: statementsAbout(t),
  }),
});
