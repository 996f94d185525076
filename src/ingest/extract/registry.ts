/**
 * The entities of one article while they are being found: each with its names, mentions and what the text says
 * about it (title, gender, role noun), plus every mention in text order so that references can look back for
 * "the nearest fitting entity".
 */
import type { EntityType } from '../../facts/document.ts';
import type { Gender } from './names.ts';

export type Effect = 'PERMIT' | 'PROHIBIT' | 'RESTRICT';

export interface EntityRecord {
  key: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Array<{ start: number; end: number; text: string }>;
  confidence: number;
  title?: string;
  kind?: string;
  description?: string;
  anonymous?: boolean;
  plural?: boolean;
  gender?: Gender;
  /** Role nouns the text uses for it ("official", "chancellor", "ministry"), for "the official said". */
  roles: Set<string>;
  /** Weapon systems: the head class ("missile", "mine"), for "the missiles" references. */
  weaponClass?: string;
  effect?: Effect;
  conditions?: string[];
  /** Policies: offset of the sentence that introduced it, for "the decision" references. */
  introducedAt?: number;
}

export type MentionVia = 'name' | 'nominal' | 'pronoun';

export interface MentionRef {
  start: number;
  end: number;
  text: string;
  entity: EntityRecord;
  via: MentionVia;
}

export interface Affiliation {
  type: 'MEMBER_OF' | 'SPEAKS_FOR';
  from: EntityRecord;
  to: EntityRecord;
  /** Offset of the text that states it. */
  at: number;
}

export class EntityRegistry {
  readonly entities: EntityRecord[] = [];
  readonly mentions: MentionRef[] = [];
  readonly affiliations: Affiliation[] = [];
  private readonly byKey = new Map<string, EntityRecord>();

  get(key: string): EntityRecord | undefined {
    return this.byKey.get(key);
  }

  create(init: Omit<EntityRecord, 'aliases' | 'mentions' | 'roles'> & { aliases?: Iterable<string>; roles?: Iterable<string> }): EntityRecord {
    const existing = this.byKey.get(init.key);
    if (existing) return existing;
    const record: EntityRecord = { ...init, aliases: new Set(init.aliases ?? []), roles: new Set(init.roles ?? []), mentions: [] };
    this.entities.push(record);
    this.byKey.set(record.key, record);
    return record;
  }

  /** Records a mention; a second mention over the same span is ignored. */
  addMention(entity: EntityRecord, start: number, end: number, text: string, via: MentionVia = 'name'): void {
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1]!.start > start) i--;
    if (this.mentions.some((m) => m.start === start && m.end === end)) return;
    this.mentions.splice(i, 0, { start, end, text, entity, via });
    entity.mentions.push({ start, end, text });
    if (via === 'name' && text !== entity.name) entity.aliases.add(text);
  }

  /** Folds `from` into `into`: names, mentions and roles. */
  merge(into: EntityRecord, from: EntityRecord): void {
    if (into === from) return;
    into.aliases.add(from.name);
    for (const a of from.aliases) into.aliases.add(a);
    for (const r of from.roles) into.roles.add(r);
    for (const m of from.mentions) into.mentions.push(m);
    into.title ??= from.title;
    into.gender ??= from.gender;
    into.kind ??= from.kind;
    into.confidence = Math.max(into.confidence, from.confidence);
    for (const m of this.mentions) if (m.entity === from) m.entity = into;
    for (const a of this.affiliations) {
      if (a.from === from) a.from = into;
      if (a.to === from) a.to = into;
    }
    this.entities.splice(this.entities.indexOf(from), 1);
    this.byKey.set(from.key, into);
  }

  affiliate(type: Affiliation['type'], from: EntityRecord, to: EntityRecord, at: number): void {
    if (from === to) return;
    if (this.affiliations.some((a) => a.type === type && a.from === from && a.to === to)) return;
    this.affiliations.push({ type, from, to, at });
  }

  /** Mentions that start within [from, to). */
  mentionsWithin(from: number, to: number): MentionRef[] {
    return this.mentions.filter((m) => m.start >= from && m.start < to);
  }

  /** The mention covering offset `at`, if any. */
  mentionAt(at: number): MentionRef | undefined {
    return this.mentions.find((m) => at >= m.start && at < m.end);
  }
}
