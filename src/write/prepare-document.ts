/**
 * Turns a facts document into rows ready to write: every reference resolved to an id, every relation checked
 * against the types it may join, every evidence sentence found in the article text, every date parsed.
 * Pure except for the look-up of entities the document refers to but does not define.
 */
import {
  ENTITY_TYPES,
  ID_PATTERN,
  RELATION_ENDS,
  TYPE_BY_PREFIX,
  type EntityInput,
  type EntityType,
  type FactsDocument,
  type NodeType,
  type RelationType,
} from '../facts/document.ts';
import { parseDateSpec, type FactDate } from '../facts/dates.ts';
import { locateEvidence } from '../facts/evidence.ts';
import { nameKey, newId, relationId, slugify, statementId, textHash } from '../facts/ids.ts';
import { badInput } from '../errors.ts';
import { limits } from '../limits.ts';

/** Facts below this confidence are written as unconfirmed and wait in the review queue. */
export const CONFIRM_THRESHOLD = limits.confirmThreshold;

export type FactStatus = 'CONFIRMED' | 'UNCONFIRMED' | 'REJECTED';

export interface SourceRow {
  sentence: string;
  start: number;
  end: number;
}

export interface FactRowBase {
  id: string;
  dateFrom: string;
  dateTo: string;
  datePrecision: string;
  dateText: string;
  confidence: number;
  status: FactStatus;
  source: SourceRow;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  props: Record<string, unknown>;
  aliases: string[];
  nameKeys: string[];
}

export interface StatementRow extends FactRowBase {
  speakerId: string;
  saidId: string;
  props: { quote: string; statementKind: string; context: string | null };
  about: Array<FactRowBase & { entityId: string }>;
}

export interface RelationRow extends FactRowBase {
  type: RelationType;
  fromId: string;
  toId: string;
  role: string | null;
}

export interface PreparedDocument {
  article: {
    id: string;
    props: Record<string, unknown>;
    publisherId: string | null;
  };
  entities: EntityRow[];
  statements: StatementRow[];
  relations: RelationRow[];
  /** Every entity the article names, for MENTIONS edges. */
  mentionIds: string[];
  /** Every fact id the article supports, for retraction. */
  factIds: string[];
}

/** Looks up ids the document refers to but does not define: id -> node type, or absent. */
export type ExistingLookup = (ids: string[]) => Promise<Map<string, NodeType>>;

function dateFields(spec: string, where: string) {
  let date: FactDate;
  try {
    date = parseDateSpec(spec);
  } catch (e) {
    throw badInput(`${where}: ${(e as Error).message}`, { field: where });
  }
  return { dateFrom: date.from, dateTo: date.to, datePrecision: date.precision, dateText: date.text };
}

function statusOf(confidence: number): FactStatus {
  return confidence >= CONFIRM_THRESHOLD ? 'CONFIRMED' : 'UNCONFIRMED';
}

/** The stored properties of an entity, as every write path sets them. */
export function entityProps(e: EntityInput): Record<string, unknown> {
  return {
    name: e.name,
    description: e.description ?? null,
    title: e.title ?? null,
    anonymous: e.anonymous ?? false,
    subkind: e.kind ?? null,
    effect: e.effect ?? null,
    conditions: e.conditions ?? null,
  };
}

export function articleIdFor(doc: FactsDocument): string {
  if (doc.article.id) return doc.article.id;
  if (doc.article.title) return `article:${slugify(doc.article.title, 60)}-${textHash(doc.article.text).slice(0, 8)}`;
  return `article:${textHash(doc.article.text).slice(0, 16)}`;
}

export async function prepareDocument(doc: FactsDocument, lookupExisting: ExistingLookup): Promise<PreparedDocument> {
  const text = doc.article.text;
  const articleId = articleIdFor(doc);

  // Entities of the document, and the names and aliases by which the document may refer to them.
  const entities = new Map<string, EntityRow>();
  const byRef = new Map<string, string>();
  for (const [i, e] of doc.entities.entries()) {
    const id = e.id ?? newId(e.type, e.name);
    const prefixType = TYPE_BY_PREFIX[id.split(':')[0] ?? ''];
    if (prefixType !== e.type) throw badInput(`entities.${i}: id "${id}" does not fit type ${e.type}`, { field: `entities.${i}.id` });
    const aliases = [...new Set(e.aliases.filter((a) => a !== e.name))];
    const existing = entities.get(id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...aliases])];
      continue;
    }
    entities.set(id, { id, type: e.type, props: entityProps(e), aliases, nameKeys: [] });
    byRef.set(id, id);
  }
  for (const row of entities.values()) {
    row.nameKeys = [...new Set([row.props.name as string, ...row.aliases].map(nameKey))];
    for (const name of [row.props.name as string, ...row.aliases]) {
      const other = byRef.get(name);
      // A name shared by two entities of the document is not a usable reference; ids still are.
      byRef.set(name, other && other !== row.id ? '' : row.id);
    }
  }

  // References to entities already in the graph (by id) are checked in one look-up.
  const refs = [
    ...doc.statements.flatMap((s) => [s.speaker, ...s.about]),
    ...doc.facts.flatMap((f) => [f.from, f.to]),
    ...(doc.article.publisher ? [doc.article.publisher] : []),
  ];
  const unknownIds = [...new Set(refs.filter((r) => !byRef.get(r) && ID_PATTERN.test(r)))];
  const existing = unknownIds.length ? await lookupExisting(unknownIds) : new Map<string, NodeType>();
  const typeOf = (id: string): NodeType => entities.get(id)?.type ?? existing.get(id) ?? TYPE_BY_PREFIX[id.split(':')[0] ?? '']!;

  const resolve = (ref: string, where: string): string => {
    const id = byRef.get(ref);
    if (id) return id;
    if (id === '') throw badInput(`${where}: "${ref}" names more than one entity of the document; use an id`, { field: where });
    if (existing.has(ref)) return ref;
    throw badInput(`${where}: "${ref}" is neither an entity of the document nor an id in the graph`, { field: where });
  };

  const source = (sentence: string, where: string): SourceRow => {
    const span = locateEvidence(text, sentence);
    if (!span) throw badInput(`${where}: the evidence sentence is not in the article text`, { field: where });
    return { sentence: text.slice(span.start, span.end), start: span.start, end: span.end };
  };

  const statements: StatementRow[] = [];
  const statementIds = new Set<string>();
  for (const [i, s] of doc.statements.entries()) {
    const where = `statements.${i}`;
    const speakerId = resolve(s.speaker, `${where}.speaker`);
    const speakerType = typeOf(speakerId);
    if (speakerType !== 'Person' && speakerType !== 'Agency') {
      throw badInput(`${where}.speaker: a ${speakerType} cannot say anything; the speaker is a Person or an Agency`, { field: `${where}.speaker` });
    }
    const id = s.id ?? statementId(speakerId, s.quote);
    if (statementIds.has(id)) continue;
    statementIds.add(id);
    const confidence = s.confidence ?? 1;
    const base = {
      ...dateFields(s.date, `${where}.date`),
      confidence,
      status: statusOf(confidence),
      source: source(s.evidence.sentence, `${where}.evidence`),
    };
    const about = [...new Set(s.about.map((r, j) => resolve(r, `${where}.about.${j}`)))].map((entityId) => {
      if (!(ENTITY_TYPES as readonly string[]).includes(typeOf(entityId))) {
        throw badInput(`${where}.about: "${entityId}" is not an entity`, { field: `${where}.about` });
      }
      return { ...base, id: relationId('ABOUT', id, entityId), entityId };
    });
    statements.push({
      ...base,
      id,
      speakerId,
      saidId: relationId('SAID', speakerId, id),
      props: { quote: s.quote, statementKind: s.kind, context: s.context ?? null },
      about,
    });
  }

  const relations: RelationRow[] = [];
  const relationIds = new Set<string>();
  for (const [i, f] of doc.facts.entries()) {
    const where = `facts.${i}`;
    const fromId = f.from.startsWith('statement:') && statementIds.has(f.from) ? f.from : resolve(f.from, `${where}.from`);
    const toId = statementIds.has(f.to) ? f.to : resolve(f.to, `${where}.to`);
    const ends = RELATION_ENDS[f.type];
    const fromType = typeOf(fromId);
    const toType = typeOf(toId);
    if (!ends.from.includes(fromType) || !ends.to.includes(toType)) {
      throw badInput(
        `${where}: ${f.type} joins ${ends.from.join('|')} to ${ends.to.join('|')}, not ${fromType} to ${toType}`,
        { field: where },
      );
    }
    const id = relationId(f.type, fromId, toId);
    if (relationIds.has(id)) continue;
    relationIds.add(id);
    const confidence = f.confidence ?? 1;
    relations.push({
      id,
      type: f.type,
      fromId,
      toId,
      role: f.role ?? null,
      ...dateFields(f.date, `${where}.date`),
      confidence,
      status: statusOf(confidence),
      source: source(f.evidence.sentence, `${where}.evidence`),
    });
  }

  const publisherId = doc.article.publisher ? resolve(doc.article.publisher, 'article.publisher') : null;
  if (publisherId && typeOf(publisherId) !== 'Agency') throw badInput('article.publisher: the publisher must be an Agency', { field: 'article.publisher' });
  const published = dateFields(doc.article.publishedAt, 'article.publishedAt');

  const mentionIds = new Set<string>();
  for (const s of statements) [s.speakerId, ...s.about.map((a) => a.entityId)].forEach((id) => mentionIds.add(id));
  for (const r of relations) [r.fromId, r.toId].forEach((id) => mentionIds.add(id));
  for (const id of entities.keys()) mentionIds.add(id);

  return {
    article: {
      id: articleId,
      publisherId,
      props: {
        title: doc.article.title ?? null,
        url: doc.article.url ?? null,
        text,
        textHash: textHash(text),
        // dateFrom/dateTo let articles page and filter like every other dated thing.
        dateFrom: published.dateFrom,
        dateTo: published.dateTo,
        publishedFrom: published.dateFrom,
        publishedTo: published.dateTo,
        publishedPrecision: published.datePrecision,
        publishedText: published.dateText,
      },
    },
    entities: [...entities.values()],
    statements,
    relations,
    mentionIds: [...mentionIds].filter((id) => !id.startsWith('statement:')),
    factIds: [
      ...statements.flatMap((s) => [s.id, s.saidId, ...s.about.map((a) => a.id)]),
      ...relations.map((r) => r.id),
    ],
  };
}
