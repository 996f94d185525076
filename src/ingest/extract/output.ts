/**
 * The extraction as the contract gives it: entities with their gazetteer resolution and ids, statements and facts
 * referring to those ids, each with its evidence offsets, date and confidence. Only what the output needs is kept:
 * named entities with mentions, and whatever a statement or fact refers to.
 */
import type { RelationInput, StatementInput } from '../../facts/document.ts';
import { RELATION_ENDS, type NodeType } from '../../facts/document.ts';
import type { FactDraft } from './decisions.ts';
import { IdAllocator } from './ids.ts';
import type { ExtractedEntity, Extraction, GazetteerEntry } from './index.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';
import { resolveEntity, type Resolution } from './resolve.ts';
import { sentenceAt, type Sentence } from './sentences.ts';
import type { StatementDraft } from './speakers.ts';

export interface AssemblyInput {
  text: string;
  sentences: Sentence[];
  registry: EntityRegistry;
  gazetteer: GazetteerEntry[];
  statements: StatementDraft[];
  statementDates: Map<StatementDraft, string>;
  facts: FactDraft[];
  factDates: Map<FactDraft, { spec: string }>;
  /** The article's own date, for anything the text does not date. */
  fallback: string;
}

/** The evidence span, trimmed of white space and kept within the schema's 2,000 characters. */
function evidenceOf(text: string, start: number, end: number): { sentence: string; start: number; end: number } {
  let s = start;
  let e = end;
  if (e - s > 2000) s = e - 2000;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { sentence: text.slice(s, e), start: s, end: e };
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
const PRONOUN = /^(?:he|she|it|they|him|her|them)$/i;

export function assemble(input: AssemblyInput): Extraction {
  const { text, sentences, registry, gazetteer } = input;
  // Which records the output needs: named ones with mentions, and anything a statement or fact refers to.
  const used = new Set<EntityRecord>();
  for (const d of input.statements) used.add(d.speaker);
  for (const f of input.facts) {
    used.add(f.from);
    used.add(f.to);
  }
  for (const a of registry.affiliations) if (used.has(a.from)) used.add(a.to);
  // "The Halberd ... can intercept cruise missiles and drones": beside a system the text names, a class of weapons no
  // decision concerns is description, not a system of its own
  const namesSystem = registry.entities.some((e) => e.type === 'WeaponSystem' && /^\p{Lu}/u.test(e.name));
  const descriptive = (e: EntityRecord) => namesSystem && e.type === 'WeaponSystem' && !/^\p{Lu}/u.test(e.name) && !used.has(e);
  const records = registry.entities.filter((e) => used.has(e) || (e.type !== 'Policy' && !e.anonymous && e.mentions.length > 0 && !descriptive(e)));

  // Gazetteer resolution; records that resolve to one entry become one entity.
  const ids = new IdAllocator();
  const idOf = new Map<EntityRecord, string>();
  const resolutions = new Map<EntityRecord, Resolution>();
  const byGazetteerId = new Map<string, EntityRecord>();
  for (const record of records) {
    const resolution = resolveEntity(record, gazetteer);
    resolutions.set(record, resolution);
    if (!resolution.match || !resolution.entry) continue;
    const owner = byGazetteerId.get(resolution.match.id);
    if (owner) {
      registry.merge(owner, record);
      idOf.set(record, resolution.match.id);
      continue;
    }
    byGazetteerId.set(resolution.match.id, record);
    ids.reserve(resolution.match.id);
    idOf.set(record, resolution.match.id);
  }
  const live = records.filter((r) => registry.entities.includes(r));
  for (const record of live) if (!idOf.has(record)) idOf.set(record, ids.next(record.type as NodeType, record.name));
  const id = (r: EntityRecord) => idOf.get(r) ?? idOf.get(registry.get(r.key) ?? r)!;

  const entities: ExtractedEntity[] = live.map((record) => {
    const resolution = resolutions.get(record) ?? {};
    const name = resolution.entry && resolution.match?.by !== 'surname-title' ? resolution.entry.name : resolution.entry && record.anonymous ? resolution.entry.name : record.name;
    const mentions = [...new Map(record.mentions.map((m) => [`${m.start}:${m.end}`, m])).values()].sort((a, b) => a.start - b.start);
    const aliases = [...new Set([...record.aliases, ...(resolution.entry && name !== record.name ? [record.name] : [])])]
      .filter((a) => a.trim() && a !== name && a.length <= 200 && !PRONOUN.test(a))
      .slice(0, 50);
    const entity: ExtractedEntity = {
      id: id(record),
      type: record.type,
      name: name.slice(0, 200),
      aliases,
      confidence: round(Math.max(record.confidence, resolution.match?.confidence ?? 0)),
      mentions,
    };
    if (record.title) entity.title = record.title.slice(0, 200);
    if (record.kind) entity.kind = record.kind.slice(0, 60);
    if (record.anonymous && !(resolution.match && resolution.entry)) entity.anonymous = true;
    if (record.description) entity.description = record.description.slice(0, 1000);
    if (record.effect) entity.effect = record.effect;
    if (record.conditions?.length) entity.conditions = record.conditions;
    if (resolution.match) entity.match = resolution.match;
    if (resolution.ambiguous) entity.ambiguous = resolution.ambiguous;
    return entity;
  });
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));

  const statements: StatementInput[] = input.statements.map((d) => {
    const about = new Set<string>();
    for (const [a, b] of d.spokenSpans) {
      for (const m of registry.mentionsWithin(a, b)) {
        const e = registry.get(m.entity.key) ?? m.entity;
        if (e === d.speaker || e.anonymous || !idOf.has(e) || !registry.entities.includes(e)) continue;
        about.add(id(e));
      }
    }
    const statement: StatementInput = {
      speaker: id(registry.get(d.speaker.key) ?? d.speaker),
      quote: d.quote,
      kind: d.kind,
      date: input.statementDates.get(d) ?? input.fallback,
      about: [...about].slice(0, 50),
      evidence: evidenceOf(text, d.start, d.end),
      confidence: round(d.confidence),
    };
    if (d.context) statement.context = d.context;
    return statement;
  });

  const facts: RelationInput[] = [];
  const endsFit = (type: RelationInput['type'], from: string, to: string) => {
    const ends = RELATION_ENDS[type];
    const f = typeOf.get(from);
    const t = typeOf.get(to);
    return f !== undefined && t !== undefined && ends.from.includes(f) && ends.to.includes(t) && from !== to;
  };
  for (const f of input.facts) {
    const from = id(registry.get(f.from.key) ?? f.from);
    const to = id(registry.get(f.to.key) ?? f.to);
    if (!endsFit(f.type, from, to)) continue;
    const fact: RelationInput = { type: f.type, from, to, date: input.factDates.get(f)?.spec ?? input.fallback, evidence: evidenceOf(text, f.sentence.start, f.sentence.end), confidence: round(f.confidence) };
    if (f.role) fact.role = f.role;
    facts.push(fact);
  }
  for (const a of registry.affiliations) {
    const from = idOf.get(registry.get(a.from.key) ?? a.from);
    const to = idOf.get(registry.get(a.to.key) ?? a.to);
    if (!from || !to) continue;
    const type = a.type === 'SPEAKS_FOR' && typeOf.get(from) !== 'Person' ? 'MEMBER_OF' : a.type;
    if (!endsFit(type, from, to)) continue;
    const sentence = sentenceAt(sentences, a.at);
    if (!sentence) continue;
    facts.push({ type, from, to, date: input.fallback, evidence: evidenceOf(text, sentence.start, sentence.end), confidence: 0.6 });
  }
  // the schema's limits, reached only by book-length texts
  return { entities: entities.slice(0, 2000), statements: statements.slice(0, 2000), facts: facts.slice(0, 5000) };
}
