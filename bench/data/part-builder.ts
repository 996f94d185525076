/**
 * The storage shape. Builds the nodes and edges of one part of the dataset exactly as the service's write path
 * (src/write/write-document.ts) leaves them: the same labels, property names, ids (src/facts/ids.ts), date
 * fields, status threshold and source lists. Only `createdAt`/`ingestedAt` are added at load time, by Neo4j.
 */
import type { FactDate } from '../../src/facts/dates.ts';
import type { EntityType } from '../../src/facts/document.ts';
import { nameKey, newId, relationId, statementId } from '../../src/facts/ids.ts';
import { CONFIRM_THRESHOLD } from '../../src/write/prepare-document.ts';
import { dateFields } from './dates.ts';

export type NodeLabel = 'Entity' | 'Statement' | 'Article';
export type EdgeType =
  | 'SAID'
  | 'ABOUT'
  | 'AUTHORIZED'
  | 'REVERSED'
  | 'CONCERNS'
  | 'APPLIES_TO'
  | 'MEMBER_OF'
  | 'SPEAKS_FOR'
  | 'MENTIONS'
  | 'PUBLISHED_BY';
export type RelationType = 'AUTHORIZED' | 'REVERSED' | 'CONCERNS' | 'APPLIES_TO' | 'MEMBER_OF' | 'SPEAKS_FOR';
export type Props = Record<string, unknown>;

/** The article, sentence and offsets behind a fact, as four parallel lists (filled when articles are made). */
export interface Sources {
  srcArticleIds: string[];
  srcSentences: string[];
  srcStarts: number[];
  srcEnds: number[];
}

export interface EntityNode {
  id: string;
  type: EntityType;
  name: string;
  props: Props;
}

export interface EdgeRow {
  type: EdgeType;
  from: string;
  fromLabel: NodeLabel;
  to: string;
  toLabel: NodeLabel;
  /** null: an edge without properties (MENTIONS, PUBLISHED_BY). */
  props: Props | null;
}

/** Something an article reports: its sentence, and what citing it adds to the article. */
export interface CitedFact {
  sentence: string;
  /** Last day the fact may have held: articles are published after it. */
  lastDay: string;
  sources: Sources;
  /** Ids the article lists in `factIds`. */
  factIds: string[];
  /** Entities the article mentions by reporting it. */
  mentions: string[];
  /** Names for a headline. */
  actor: string;
  topic: string;
}

export interface StatementInput {
  speaker: EntityNode;
  quote: string;
  kind: 'DIRECT' | 'PARTIAL' | 'PARAPHRASE';
  date: FactDate;
  context: string | null;
  confidence: number;
  about: EntityNode[];
  sentence: string;
}

export interface RelationInput {
  type: RelationType;
  from: { id: string; name: string; label: NodeLabel };
  to: { id: string; name: string; label: NodeLabel };
  date: FactDate;
  confidence: number;
  role?: string | null;
  sentence: string;
}

const emptySources = (): Sources => ({ srcArticleIds: [], srcSentences: [], srcStarts: [], srcEnds: [] });
const statusOf = (confidence: number) => (confidence >= CONFIRM_THRESHOLD ? 'CONFIRMED' : 'UNCONFIRMED');

/** Ids already used anywhere in the dataset: a clash means the generator must draw again. */
export class IdRegistry {
  private readonly ids = new Set<string>();
  take(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    return true;
  }
}

export class PartBuilder {
  readonly entities: EntityNode[] = [];
  readonly statements: Props[] = [];
  readonly edges: EdgeRow[] = [];
  readonly facts: CitedFact[] = [];
  articles: Props[] = [];

  constructor(
    readonly label: string,
    private readonly registry: IdRegistry,
  ) {}

  entity(
    type: EntityType,
    name: string,
    extra: { aliases?: string[]; title?: string; category?: string; effect?: string; conditions?: string[]; description?: string } = {},
  ): EntityNode {
    const id = newId(type, name);
    const aliases = [...new Set((extra.aliases ?? []).filter((a) => a !== name))];
    const props: Props = {
      id,
      kind: type,
      name,
      anonymous: false,
      aliases,
      nameKeys: [...new Set([name, ...aliases].map(nameKey))],
      aliasText: aliases.map((a) => a + '\n').join(''),
    };
    // Absent rather than null, as `SET e += props` leaves them.
    if (extra.description) props.description = extra.description;
    if (extra.title) props.title = extra.title;
    if (extra.category) props.subkind = extra.category;
    if (extra.effect) props.effect = extra.effect;
    if (extra.conditions?.length) props.conditions = extra.conditions;
    const node = { id, type, name, props };
    this.entities.push(node);
    return node;
  }

  /** A statement with its SAID and ABOUT edges; null when the speaker already said this very quote. */
  statement(s: StatementInput): Props | null {
    const id = statementId(s.speaker.id, s.quote);
    if (!this.registry.take(id)) return null;
    const fact = { ...dateFields(s.date), confidence: s.confidence, status: statusOf(s.confidence) };
    const props: Props = { id, quote: s.quote, statementKind: s.kind, kind: 'Statement', ...fact };
    if (s.context) props.context = s.context;
    this.statements.push(props);
    const saidId = relationId('SAID', s.speaker.id, id);
    this.edges.push({ type: 'SAID', from: s.speaker.id, fromLabel: 'Entity', to: id, toLabel: 'Statement', props: { id: saidId } });
    const topics = [...new Map(s.about.map((t) => [t.id, t])).values()];
    const aboutIds: string[] = [];
    for (const topic of topics) {
      const aboutId = relationId('ABOUT', id, topic.id);
      aboutIds.push(aboutId);
      // An ABOUT edge carries the statement's date, status and sources: the same lists, filled once.
      this.edges.push({ type: 'ABOUT', from: id, fromLabel: 'Statement', to: topic.id, toLabel: 'Entity', props: { id: aboutId, ...fact } });
    }
    const fill = [props, ...this.edges.slice(this.edges.length - topics.length).map((e) => e.props!)];
    this.facts.push({
      sentence: s.sentence,
      lastDay: s.date.to,
      sources: sharedSources(fill),
      factIds: [id, saidId, ...aboutIds],
      mentions: [s.speaker.id, ...topics.map((t) => t.id)],
      actor: s.speaker.name,
      topic: topics[0]?.name ?? s.speaker.name,
    });
    return props;
  }

  /** An authorization, reversal or supporting relation; null when the same (type, from, to) exists. */
  relation(r: RelationInput): Props | null {
    const id = relationId(r.type, r.from.id, r.to.id);
    if (!this.registry.take(id)) return null;
    const props: Props = {
      id,
      ...dateFields(r.date),
      confidence: r.confidence,
      status: statusOf(r.confidence),
    };
    if (r.role) props.role = r.role;
    this.edges.push({ type: r.type, from: r.from.id, fromLabel: r.from.label, to: r.to.id, toLabel: r.to.label, props });
    this.facts.push({
      sentence: r.sentence,
      lastDay: r.date.to,
      sources: sharedSources([props]),
      factIds: [id],
      mentions: [r.from, r.to].filter((end) => end.label === 'Entity').map((end) => end.id),
      actor: r.from.name,
      topic: r.to.name,
    });
    return props;
  }
}

/** One Sources object whose lists are the very arrays held by every given property map. */
function sharedSources(holders: Props[]): Sources {
  const lists = emptySources();
  for (const holder of holders) Object.assign(holder, lists);
  return lists;
}
