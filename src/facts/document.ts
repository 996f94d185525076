/**
 * The facts document: the one shape in which facts enter the graph. The curated seed files, the structured
 * `ingestFacts` mutation and the text extractor all produce it, and one validation and merge path writes it.
 */
import { z } from 'zod';
import { isDateSpec } from './dates.ts';

export const ENTITY_TYPES = ['Person', 'Agency', 'WeaponSystem', 'Policy', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Id prefixes, so an id says what it names: `person:joe-biden`, `statement:biden-2020-reckless`. */
export const ID_PREFIX = {
  Person: 'person',
  Agency: 'agency',
  WeaponSystem: 'weapon',
  Policy: 'policy',
  Place: 'place',
  Statement: 'statement',
  Article: 'article',
} as const;
export type NodeType = keyof typeof ID_PREFIX;
export const NODE_TYPES = Object.keys(ID_PREFIX) as NodeType[];
export const TYPE_BY_PREFIX = Object.fromEntries(
  Object.entries(ID_PREFIX).map(([type, prefix]) => [prefix, type]),
) as Record<string, NodeType>;

/**
 * Edges between entities that a document may state directly. SAID edges come from `statements`;
 * MENTIONS and PUBLISHED_BY are written for the article itself.
 */
export const RELATION_TYPES = [
  'AUTHORIZED',
  'REVERSED',
  'ABOUT',
  'CONCERNS',
  'APPLIES_TO',
  'MEMBER_OF',
  'SPEAKS_FOR',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Every relationship type of the graph: SAID, the relations above, and the article's own edges. */
export const ALL_RELATIONSHIP_TYPES = ['SAID', ...RELATION_TYPES, 'MENTIONS', 'PUBLISHED_BY'] as const;

/** Which node types each relation may join; anything else is refused at validation. */
export const RELATION_ENDS: Record<RelationType, { from: NodeType[]; to: NodeType[] }> = {
  AUTHORIZED: { from: ['Person', 'Agency'], to: ['Policy'] },
  REVERSED: { from: ['Person', 'Agency', 'Policy'], to: ['Policy', 'Statement'] },
  ABOUT: { from: ['Statement'], to: ['Person', 'Agency', 'WeaponSystem', 'Policy', 'Place'] },
  CONCERNS: { from: ['Policy'], to: ['WeaponSystem'] },
  APPLIES_TO: { from: ['Policy'], to: ['Place', 'Agency'] },
  MEMBER_OF: { from: ['Person', 'Agency'], to: ['Agency'] },
  SPEAKS_FOR: { from: ['Person'], to: ['Agency'] },
};

export const ID_PATTERN = /^(person|agency|weapon|policy|place|statement|article):[a-z0-9][a-z0-9-]{0,119}$/;

/** Control characters and lone surrogates have no place in names or quotes; they are refused, not stored. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !CONTROL.test(s) && s.isWellFormed(), { message: 'contains control characters or broken Unicode' });
const dateSpec = z.string().refine(isDateSpec, { message: 'expected YYYY, YYYY-MM, YYYY-MM-DD or a range A/B' });
const confidence = z.number().min(0).max(1);
/** A reference to an entity: its id, or within one document its exact name or alias. */
const ref = text(200);

export const evidenceSchema = z.object({
  /** The sentence of the article that states the fact, verbatim. */
  sentence: text(2000),
  /** Character offsets of the sentence in the article text; found by search when left out. */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});

export const entitySchema = z.object({
  id: z.string().regex(ID_PATTERN).optional(),
  type: z.enum(ENTITY_TYPES),
  name: text(200),
  aliases: z.array(text(200)).max(50).default([]),
  description: text(1000).optional(),
  /** Person: a title or role, e.g. "President of the United States". */
  title: text(200).optional(),
  /** Person or Agency: an unnamed source ("a senior official"), never merged by name with anyone else. */
  anonymous: z.boolean().optional(),
  /** Agency: government, administration, council, military, outlet...; Place: country, region... */
  kind: text(60).optional(),
  /** Policy: what it does to its subject. */
  effect: z.enum(['PERMIT', 'PROHIBIT', 'RESTRICT']).optional(),
  /** Policy: conditions attached, e.g. "non-persistent mines only". */
  conditions: z.array(text(500)).max(50).optional(),
});
export type EntityInput = z.infer<typeof entitySchema>;

export const statementSchema = z.object({
  id: z.string().regex(ID_PATTERN).optional(),
  speaker: ref,
  quote: text(5000),
  /** direct: verbatim quote; partial: a quoted fragment; paraphrase: reported speech without quotes. */
  kind: z.enum(['DIRECT', 'PARTIAL', 'PARAPHRASE']),
  date: dateSpec,
  about: z.array(ref).max(50).default([]),
  /** Where or how it was said: "on the 2020 campaign trail", "in a statement". */
  context: text(300).optional(),
  evidence: evidenceSchema,
  confidence: confidence.optional(),
});
export type StatementInput = z.infer<typeof statementSchema>;

export const relationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  from: ref,
  to: ref,
  date: dateSpec,
  /** APPLIES_TO: territory or recipient. */
  role: text(60).optional(),
  evidence: evidenceSchema,
  confidence: confidence.optional(),
});
export type RelationInput = z.infer<typeof relationSchema>;

export const articleSchema = z.object({
  id: z.string().regex(ID_PATTERN).optional(),
  title: text(500).optional(),
  url: z.url().max(2000).optional(),
  /** The outlet: an Agency reference. */
  publisher: ref.optional(),
  /** When it was published (day or month); relative dates in the text are read against it. */
  publishedAt: dateSpec,
  text: z.string().min(1).max(200_000),
});
export type ArticleInput = z.infer<typeof articleSchema>;

export const factsDocumentSchema = z.object({
  article: articleSchema,
  entities: z.array(entitySchema).max(2000).default([]),
  statements: z.array(statementSchema).max(2000).default([]),
  facts: z.array(relationSchema).max(5000).default([]),
});
export type FactsDocument = z.infer<typeof factsDocumentSchema>;
export type FactsDocumentInput = z.input<typeof factsDocumentSchema>;
