/**
 * Stance changes: where an actor's later decision goes against its earlier words or policy, across articles as
 * well as within one. Each position the actor took on a topic (a statement, an authorization, a reversal) gets a
 * direction: for or against what the topic stands for (using a weapon, a measure, a policy). A change of
 * direction over time is a stance change, graded in the spirit of PolitiFact's Flip-O-Meter:
 *
 * - FULL_FLOP: the record says the actor reversed that very statement or policy of its own, or the later decision
 *   takes the opposite side without conditions.
 * - HALF_FLIP: the later decision takes the opposite side but only in part (it carries conditions or limits).
 * - NO_FLIP: the actor returned to the topic on the same side.
 */
import { badInput } from '../errors.ts';
import { CypherBuilder } from '../read/cypher-builder.ts';
import { factDate, sourcesOf, statusFilter } from '../read/project.ts';
import { labelOfId, type CompiledQuery } from '../read/root-queries.ts';
import { childSelection, mergeFields, type ResolveTree } from '../read/selection.ts';

export type Grade = 'NO_FLIP' | 'HALF_FLIP' | 'FULL_FLOP';
type Direction = 1 | -1;

export interface PolicyInfo {
  id: string;
  name: string;
  effect: 'PERMIT' | 'PROHIBIT' | 'RESTRICT' | null;
  conditions: string[];
  /** What the policy is about: weapons it concerns, places and agencies it applies to. */
  topics: string[];
  ownedBySubject: boolean;
}

export interface Position {
  kind: 'STATEMENT' | 'AUTHORIZATION' | 'REVERSAL';
  factId: string;
  dateFrom: string;
  date: unknown;
  summary: string;
  sources: unknown;
  /** STATEMENT: its words and what it is about. */
  quote?: string;
  about?: string[];
  aboutPolicies?: PolicyInfo[];
  /** AUTHORIZATION: the policy; REVERSAL: the target when it is a policy. */
  policy?: PolicyInfo;
  /** REVERSAL: the target's id, and whether the subject itself said or authorized it. */
  targetId?: string;
  targetOwn?: boolean;
}

export interface StanceChange {
  topicId: string;
  before: Position;
  after: Position;
  grade: Grade;
  reason: string;
}

/** Words of disapproval: a statement using them is against what it is about. */
const AGAINST = /\b(reckless|dangerous|wrong|mistake|unnecessary|irresponsible|condemn\w*|criticiz\w*|oppos\w*|reject\w*|betray\w*|harmful|devastating|indefensible|unacceptable|disaster\w*|outrage\w*|shameful|risk)\b/i;
const FOR = /\b(support\w*|welcome\w*|right decision|necessary|essential|back(ed|s)?|endorse\w*|applaud\w*|proud)\b/i;

const effectDirection = (effect: PolicyInfo['effect']): Direction | null =>
  effect === 'PERMIT' ? 1 : effect === 'PROHIBIT' || effect === 'RESTRICT' ? -1 : null;

/** The direction of one position on one topic: +1 for allowing or using it, -1 against; null when silent. */
export function directionOn(position: Position, topicId: string): Direction | null {
  if (position.kind === 'AUTHORIZATION' && position.policy) {
    const p = position.policy;
    if (p.id === topicId) return 1; // authorizing a policy is being for it
    return p.topics.includes(topicId) ? effectDirection(p.effect) : null;
  }
  if (position.kind === 'REVERSAL' && position.policy) {
    const p = position.policy;
    if (p.id === topicId) return -1;
    const d = p.topics.includes(topicId) ? effectDirection(p.effect) : null;
    return d === null ? null : ((-d) as Direction);
  }
  if (position.kind === 'STATEMENT') {
    const text = position.quote ?? '';
    const against = AGAINST.test(text);
    const favour = !against && FOR.test(text);
    if (!against && !favour) return null;
    const sign: Direction = against ? -1 : 1;
    if (position.about?.includes(topicId)) {
      // Words against a permissive policy about the topic are words against the topic's use.
      const policy = position.aboutPolicies?.find((p) => p.id === topicId);
      return policy ? sign : sign;
    }
    const viaPolicy = position.aboutPolicies?.find((p) => p.topics.includes(topicId));
    if (viaPolicy) {
      const d = effectDirection(viaPolicy.effect);
      return d === null ? null : ((sign * d) as Direction);
    }
  }
  return null;
}

/** Every topic a position speaks to. */
function topicsOf(position: Position): string[] {
  const topics = new Set<string>();
  if (position.policy) {
    topics.add(position.policy.id);
    position.policy.topics.forEach((t) => topics.add(t));
  }
  position.about?.forEach((t) => topics.add(t));
  position.aboutPolicies?.forEach((p) => p.topics.forEach((t) => topics.add(t)));
  return [...topics];
}

function grade(before: Position, after: Position, flipped: boolean): { grade: Grade; reason: string } {
  const what = (p: Position) => (p.kind === 'STATEMENT' ? 'statement' : 'policy');
  if (!flipped) return { grade: 'NO_FLIP', reason: `The later ${after.kind.toLowerCase()} keeps the side the earlier ${what(before)} took.` };
  const explicit =
    after.kind === 'REVERSAL' ||
    (after.kind === 'AUTHORIZATION' && after.targetOwn) ||
    false;
  if (explicit) {
    return { grade: 'FULL_FLOP', reason: `The actor is on record reversing its own earlier ${what(before)}.` };
  }
  const conditions = after.policy?.conditions ?? [];
  if (conditions.length) {
    return {
      grade: 'HALF_FLIP',
      reason: `The later decision takes the other side, but only in part: ${conditions.join('; ')}.`,
    };
  }
  return { grade: 'FULL_FLOP', reason: 'The later decision takes the opposite side without conditions.' };
}

/**
 * Pairs each position with the latest earlier one on the same topic: a change of direction is a flip, graded;
 * the same direction again is NO_FLIP. Explicit reversals of the actor's own statements or policies are flips
 * whatever their words.
 */
export function detectStanceChanges(positions: Position[], topicFilter: string | null): StanceChange[] {
  const sorted = [...positions].sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.factId.localeCompare(b.factId));
  const changes: StanceChange[] = [];
  const seen = new Set<string>();
  const add = (change: StanceChange) => {
    const key = `${change.before.factId}>${change.after.factId}`;
    if (seen.has(key)) return;
    seen.add(key);
    changes.push(change);
  };
  // Explicit: the actor reversed its own statement or policy.
  for (const after of sorted) {
    if (after.kind !== 'REVERSAL' || !after.targetOwn) continue;
    const before = sorted.find((p) => p.factId === after.targetId || (p.kind === 'AUTHORIZATION' && p.policy?.id === after.targetId));
    if (!before) continue;
    const topic = after.policy?.topics[0] ?? before.about?.[0] ?? before.policy?.topics[0] ?? after.targetId!;
    if (topicFilter && !topicsOf(before).includes(topicFilter) && !topicsOf(after).includes(topicFilter) && after.targetId !== topicFilter) continue;
    add({ topicId: topicFilter ?? topic, before, after, ...grade(before, after, true) });
  }
  // Implicit: directions on a shared topic change over time.
  const topics = topicFilter ? [topicFilter] : [...new Set(sorted.flatMap(topicsOf))];
  for (const topic of topics) {
    const dated = sorted
      .map((p) => ({ p, d: directionOn(p, topic) }))
      .filter((x): x is { p: Position; d: Direction } => x.d !== null);
    for (let i = 1; i < dated.length; i++) {
      const cur = dated[i]!;
      if (cur.p.kind === 'REVERSAL' && cur.p.targetOwn) continue; // already paired explicitly
      const opposite = [...dated.slice(0, i)].reverse().find((x) => x.d !== cur.d && x.p.dateFrom < cur.p.dateFrom);
      if (opposite) {
        if (changes.some((c) => c.after.factId === cur.p.factId && c.before.factId === opposite.p.factId)) continue;
        const explicitTarget = sorted.some(
          (r) => r.kind === 'REVERSAL' && r.targetOwn && r.dateFrom === cur.p.dateFrom && (r.targetId === opposite.p.factId || r.targetId === opposite.p.policy?.id),
        );
        const g = explicitTarget
          ? { grade: 'FULL_FLOP' as Grade, reason: 'The actor is on record reversing its own earlier position.' }
          : grade(opposite.p, cur.p, true);
        add({ topicId: topic, before: opposite.p, after: cur.p, ...g });
      } else {
        const prev = dated[i - 1]!;
        if (prev.p.dateFrom < cur.p.dateFrom && topicFilter) add({ topicId: topic, before: prev.p, after: cur.p, ...grade(prev.p, cur.p, false) });
      }
    }
  }
  return changes.sort((a, b) => a.after.dateFrom.localeCompare(b.after.dateFrom) || a.before.dateFrom.localeCompare(b.before.dateFrom));
}

const ok = (x: string) => statusFilter(x, false);
const date = (x: string) => factDate(x);
const policyInfo = (p: string, subject: string) =>
  `{id: ${p}.id, name: ${p}.name, effect: ${p}.effect, conditions: coalesce(${p}.conditions, []),
    topics: COLLECT { MATCH (${p})-[:CONCERNS|APPLIES_TO]->(t:Entity) RETURN t.id },
    ownedBySubject: EXISTS { (${subject})-[:AUTHORIZED]->(${p}) }}`;

/** The actor's positions, each with its date and sources (projected for the request's `sources` selection). */
export function positionsQuery(tree: ResolveTree): CompiledQuery {
  const subject = String(tree.args.subject ?? '');
  if (labelOfId(subject, 'subject') !== 'Entity') throw badInput('the subject is an entity', { argument: 'subject' });
  if (tree.args.topic) labelOfId(String(tree.args.topic), 'topic');
  const q = new CypherBuilder();
  const sel: ResolveTree = {
    name: 'sources',
    alias: 'sources',
    args: {},
    fieldsByTypeName: mergeFields(childSelection({ ...tree, fieldsByTypeName: childSelection(tree, 'before') } as ResolveTree, 'sources'),
      childSelection({ ...tree, fieldsByTypeName: childSelection(tree, 'after') } as ResolveTree, 'sources')),
  };
  const cypher = `MATCH (e:Entity {id: ${q.param(subject)}})
    CALL (e) {
      MATCH (e)-[:SAID]->(s:Statement) WHERE ${ok('s')}
      RETURN {kind: 'STATEMENT', factId: s.id, dateFrom: s.dateFrom, date: ${date('s')}, summary: e.name + ': "' + s.quote + '"',
        quote: s.quote, about: COLLECT { MATCH (s)-[:ABOUT]->(t:Entity) RETURN t.id },
        aboutPolicies: COLLECT { MATCH (s)-[:ABOUT]->(p:Policy) RETURN ${policyInfo('p', 'e')} },
        sources: ${sourcesOf('s', sel, q)}} AS position
      UNION ALL
      MATCH (e)-[r:AUTHORIZED]->(p:Policy) WHERE ${ok('r')}
      RETURN {kind: 'AUTHORIZATION', factId: r.id, dateFrom: r.dateFrom, date: ${date('r')}, summary: e.name + ' authorized: ' + p.name,
        policy: ${policyInfo('p', 'e')}, sources: ${sourcesOf('r', sel, q)}} AS position
      UNION ALL
      MATCH (e)-[r:REVERSED]->(t) WHERE ${ok('r')}
      RETURN {kind: 'REVERSAL', factId: r.id, dateFrom: r.dateFrom, date: ${date('r')},
        summary: e.name + ' reversed: ' + coalesce(t.name, '"' + t.quote + '"'),
        targetId: t.id, targetOwn: EXISTS { (e)-[:AUTHORIZED|SAID]->(t) },
        policy: CASE WHEN t:Policy THEN ${policyInfo('t', 'e')} ELSE null END,
        sources: ${sourcesOf('r', sel, q)}} AS position
    }
    RETURN collect(position) AS positions`;
  return { cypher, params: q.params };
}
