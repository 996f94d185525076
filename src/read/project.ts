/**
 * Compiles a GraphQL selection into one Cypher map projection, so that a root field of any width and depth is
 * answered by a single query: nested relations become COLLECT subqueries, connections become keyset-paged
 * COLLECT subqueries. Each GraphQL type lists, per field, the Cypher that computes it; relations use only the
 * relationship types and labels named here, never anything from the request.
 *
 * Keys of the projected maps: scalar fields by their field name, object fields by their response key (alias),
 * since two aliases of one object field may carry different arguments.
 */
import { badInput } from '../errors.ts';
import { allOf, type CypherBuilder } from './cypher-builder.ts';
import { decodeCursor, pageSize } from './paging.ts';
import { EDGE_TYPE, asksForCursors, connectionNodeSelection, selects, type FieldsByTypeName, type ResolveTree } from './selection.ts';

/** What a projected object is made from: a node, or a relationship fact with its two ends. */
export type Binding = { node: string } | { rel: string; from: string; to: string };

type Compile = (b: Binding, sel: ResolveTree, q: CypherBuilder) => string;
interface Handler {
  compile: Compile;
  /** Object-valued fields are keyed by alias; scalars by name. */
  byAlias?: boolean;
}

const v = (b: Binding) => ('node' in b ? b.node : b.rel);
const prop = (name: string, fallback?: string): Handler => ({
  compile: (b) => (fallback ? `coalesce(${v(b)}.${name}, ${fallback})` : `${v(b)}.${name}`),
});
const object = (compile: Compile): Handler => ({ compile, byAlias: true });

const DATE_FIELDS = { from: 'From', to: 'To', precision: 'Precision', text: 'Text' } as const;
type DateField = keyof typeof DATE_FIELDS;

/** The FactDate fields a selection asks for (all of them without a selection): only those are projected. */
function dateFields(sel?: ResolveTree): DateField[] {
  if (!sel) return Object.keys(DATE_FIELDS) as DateField[];
  const asked = Object.values(sel.fieldsByTypeName.FactDate ?? {}).map((f) => f.name).filter((n): n is DateField => n in DATE_FIELDS);
  return asked.length ? [...new Set(asked)] : ['text'];
}

/** `{from, to, precision, text}` of a fact's date (the fields `sel` asks for), read from its properties. */
export const factDate = (x: string, prefix = 'date', sel?: ResolveTree) =>
  `CASE WHEN ${x}.${prefix}From IS NULL THEN null ELSE {${dateFields(sel).map((k) => `${k}: ${x}.${prefix}${DATE_FIELDS[k]}`).join(', ')}} END`;
/** `{from, to, precision, text}` of an article's publication date (the fields `sel` asks for). */
export const articleDate = (x: string, sel?: ResolveTree) => `{${dateFields(sel).map((k) => `${k}: ${x}.published${DATE_FIELDS[k]}`).join(', ')}}`;

const TYPENAME_OF_REL = `CASE type(%r) WHEN 'AUTHORIZED' THEN 'Authorization' WHEN 'REVERSED' THEN 'Reversal' ELSE 'Relation' END`;

function typename(b: Binding): string {
  return 'node' in b ? `${b.node}.kind` : TYPENAME_OF_REL.replace('%r', b.rel);
}

/** Projects the fields selected in `fields` for the object bound by `b`, as a Cypher map literal. */
export function projectObject(
  fields: FieldsByTypeName,
  b: Binding,
  q: CypherBuilder,
  extra: Record<string, string> = {},
): string {
  const entries = new Map<string, string>([['__typename', typename(b)], ...Object.entries(extra)]);
  for (const [typeName, selected] of Object.entries(fields)) {
    const handlers = HANDLERS[typeName];
    if (!handlers) continue;
    for (const sel of Object.values(selected)) {
      const handler = handlers[sel.name];
      if (!handler) continue;
      // An edge's date and sources live beside the node's own fields, under keys of their own.
      const key = typeName === EDGE_TYPE ? `${EDGE_TYPE}_${sel.alias}` : handler.byAlias ? sel.alias : sel.name;
      if (!entries.has(key)) entries.set(key, handler.compile(b, sel, q));
    }
  }
  return `{${[...entries].map(([k, e]) => `\`${k}\`: ${e}`).join(', ')}}`;
}

/** A single related node: the first match of `pattern` (written with `${x}` for the related node). */
function one(pattern: (from: string, x: string) => string): Handler {
  return object((b, sel, q) => {
    const x = q.variable('n');
    return `head(COLLECT { MATCH ${pattern(v(b), x)} RETURN ${projectObject(sel.fieldsByTypeName, { node: x }, q)} })`;
  });
}

/** Related nodes, capped: for short lists such as a statement's topics. */
function many(pattern: (from: string, x: string) => string, order = 'id', cap = 100): Handler {
  return object((b, sel, q) => {
    const x = q.variable('n');
    return `COLLECT { MATCH ${pattern(v(b), x)} WITH DISTINCT ${x} ORDER BY ${x}.${order} LIMIT ${cap} RETURN ${projectObject(sel.fieldsByTypeName, { node: x }, q)} }`;
  });
}

/** Relationship facts (authorizations, reversals, relations) at a node, capped, oldest first. */
function facts(dir: 'out' | 'in', types: string, otherLabel = '', cap = 100): Handler {
  return object((b, sel, q) => {
    const self = v(b);
    const [r, a, c] = [q.variable('r'), q.variable('a'), q.variable('c')];
    const pattern = dir === 'out' ? `(${self})-[${r}:${types}]->(${c}${otherLabel})` : `(${c}${otherLabel})-[${r}:${types}]->(${self})`;
    const binding = dir === 'out' ? { rel: r, from: a, to: c } : { rel: r, from: c, to: a };
    const status = statusFilter(r, sel.args.includeUnconfirmed);
    return `COLLECT { MATCH ${pattern} WHERE ${status} WITH ${r}, ${c}, ${self} AS ${a} ORDER BY ${r}.dateFrom, ${r}.id LIMIT ${cap} RETURN ${projectObject(sel.fieldsByTypeName, binding, q)} }`;
  });
}

/** Confirmed facts only, unless the caller asks for the unconfirmed too; rejected facts never. */
export function statusFilter(x: string, includeUnconfirmed: unknown): string {
  return includeUnconfirmed ? `coalesce(${x}.status, 'CONFIRMED') <> 'REJECTED'` : `coalesce(${x}.status, 'CONFIRMED') = 'CONFIRMED'`;
}

/** The evidence behind a fact (node or relationship `x`): article, sentence and offsets. */
export function sourcesOf(x: string, sel: ResolveTree, q: CypherBuilder): string {
  const i = q.variable('i');
  const article = Object.values(sel.fieldsByTypeName.Source ?? {}).filter((f) => f.name === 'article');
  const articleEntries = article.map((f) => {
    const a = q.variable('art');
    return `\`${f.alias}\`: head(COLLECT { MATCH (${a}:Article {id: ${x}.srcArticleIds[${i}]}) RETURN ${projectObject(f.fieldsByTypeName, { node: a }, q)} })`;
  });
  // Only the fields asked for: every key costs decoding in the driver and a walk in the executor.
  const asked = new Set(Object.values(sel.fieldsByTypeName.Source ?? {}).map((f) => f.name));
  const scalars = [
    asked.has('sentence') ? `sentence: ${x}.srcSentences[${i}]` : null,
    asked.has('start') ? `start: ${x}.srcStarts[${i}]` : null,
    asked.has('end') ? `end: ${x}.srcEnds[${i}]` : null,
  ].filter(Boolean);
  return `[${i} IN range(0, size(coalesce(${x}.srcArticleIds, [])) - 1) | {${[...scalars, ...articleEntries].join(', ') || `sentence: ${x}.srcSentences[${i}]`}}]`;
}
const sources: Handler = object((b, sel, q) => sourcesOf(v(b), sel, q));

// ---- connections ------------------------------------------------------------------------------------------

export interface ConnectionSpec {
  /** The MATCH pattern from the anchor (null at the root) to the item variables. */
  pattern: (anchor: string | null, item: ItemVars) => string;
  /** What each item is projected from. */
  binding: (item: ItemVars) => Binding;
  /** The variable whose dateFrom/id/status order and filter the items. */
  keyOf: (item: ItemVars) => string;
  /** Extra conditions from the field's arguments. */
  where?: (item: ItemVars, args: Record<string, unknown>, q: CypherBuilder) => Array<string | null>;
}
export interface ItemVars {
  x: string;
  r: string;
  a: string;
  /** The anchor node, carried into the subquery under this name. */
  self: string;
}

const dateRange = (key: string, args: Record<string, unknown>, q: CypherBuilder) => [
  args.from ? `${key}.dateTo >= ${q.param(args.from)}` : null,
  args.to ? `${key}.dateFrom <= ${q.param(args.to)}` : null,
];

/** Compiles a keyset-paged connection to `{items, total}`: one item more than asked, to learn if more follow. */
export function compileConnection(spec: ConnectionSpec, anchor: string | null, sel: ResolveTree, q: CypherBuilder): string {
  const first = pageSize(sel.args.first);
  const item: ItemVars = { x: q.variable('x'), r: q.variable('r'), a: q.variable('a'), self: q.variable('self') };
  const key = spec.keyOf(item);
  const descending = sel.args.order === 'DESC';
  const conditions = [
    statusFilter(key, sel.args.includeUnconfirmed),
    ...(spec.where?.(item, sel.args, q) ?? []),
    ...dateRange(key, sel.args, q),
  ];
  const base = allOf(conditions);
  let seek: string | null = null;
  if (typeof sel.args.after === 'string') {
    const [date, id] = decodeCursor(sel.args.after);
    const d = q.param(date);
    const i = q.param(id);
    const op = descending ? '<' : '>';
    seek = `${key}.dateFrom ${op} ${d} OR (${key}.dateFrom = ${d} AND ${key}.id ${op} ${i})`;
  }
  const dir = descending ? 'DESC' : 'ASC';
  const vars = [item.x, item.r, item.a].filter((name) => new RegExp(`\\b${name}\\b`).test(spec.pattern(anchor, item)));
  if (anchor) vars.push(`${anchor} AS ${item.self}`);
  // The sort key travels with each item only when a cursor is asked for.
  const projection = projectObject(connectionNodeSelection(sel), spec.binding(item), q, asksForCursors(sel) ? { __cursor: `[${key}.dateFrom, ${key}.id]` } : {});
  const items = `COLLECT { MATCH ${spec.pattern(anchor, item)} WHERE ${allOf([base, seek])} WITH ${vars.join(', ')} ORDER BY ${key}.dateFrom ${dir}, ${key}.id ${dir} LIMIT ${q.int(first + 1)} RETURN ${projection} }`;
  const total = selects(sel, 'totalCount') ? `COUNT { MATCH ${spec.pattern(anchor, item)} WHERE ${base} }` : 'null';
  return `{items: ${items}, total: ${total}}`;
}

export const CONNECTIONS = {
  statementsBy: {
    pattern: (anchor, { x }) => `(${anchor})-[:SAID]->(${x}:Statement)`,
    binding: ({ x }) => ({ node: x }),
    keyOf: ({ x }) => x,
    where: ({ x }, args, q) => [args.about ? `EXISTS { (${x})-[:ABOUT]->(:Entity {id: ${q.param(args.about)}}) }` : null],
  },
  statementsAbout: {
    pattern: (anchor, { x }) => `(${anchor})<-[:ABOUT]-(${x}:Statement)`,
    binding: ({ x }) => ({ node: x }),
    keyOf: ({ x }) => x,
  },
  authorizationsBy: {
    pattern: (anchor, { r, a }) => `(${anchor})-[${r}:AUTHORIZED]->(${a}:Policy)`,
    binding: ({ r, a, self }) => ({ rel: r, from: self, to: a }),
    keyOf: ({ r }) => r,
  },
  reversalsBy: {
    pattern: (anchor, { r, a }) => `(${anchor})-[${r}:REVERSED]->(${a})`,
    binding: ({ r, a, self }) => ({ rel: r, from: self, to: a }),
    keyOf: ({ r }) => r,
  },
  articlesMentioning: {
    pattern: (anchor, { x }) => `(${anchor})<-[:MENTIONS]-(${x}:Article)`,
    binding: ({ x }) => ({ node: x }),
    keyOf: ({ x }) => x,
  },
} satisfies Record<string, ConnectionSpec>;

/** A connection field of a node type: the anchor is the node itself. */
function connection(spec: ConnectionSpec): Handler {
  return object((b, sel, q) => compileConnection(spec, v(b), sel, q));
}

// ---- the types --------------------------------------------------------------------------------------------

const entityFields: Record<string, Handler> = {
  id: prop('id'),
  name: prop('name'),
  aliases: prop('aliases', '[]'),
  description: prop('description'),
  mentionedIn: connection(CONNECTIONS.articlesMentioning),
};
const actorFields: Record<string, Handler> = {
  anonymous: prop('anonymous', 'false'),
  statements: connection(CONNECTIONS.statementsBy),
  authorizations: connection(CONNECTIONS.authorizationsBy),
  reversals: connection(CONNECTIONS.reversalsBy),
};
const factFields: Record<string, Handler> = {
  id: prop('id'),
  date: object((b, sel) => factDate(v(b), 'date', sel)),
  status: prop('status', "'CONFIRMED'"),
  confidence: prop('confidence', '1.0'),
  sources,
};
const relEnd = (side: 'from' | 'to'): Handler =>
  object((b, sel, q) => {
    if (!('rel' in b)) throw new Error('relation end on a node binding');
    return projectObject(sel.fieldsByTypeName, { node: b[side] }, q);
  });

const HANDLERS: Record<string, Record<string, Handler>> = {
  Node: { id: prop('id') },
  [EDGE_TYPE]: { date: factFields.date!, sources },
  Entity: entityFields,
  Fact: factFields,
  Person: {
    ...entityFields,
    ...actorFields,
    title: prop('title'),
    affiliations: facts('out', 'MEMBER_OF|SPEAKS_FOR', ':Agency'),
  },
  Agency: {
    ...entityFields,
    ...actorFields,
    category: prop('subkind'),
    members: facts('in', 'MEMBER_OF|SPEAKS_FOR', ':Entity'),
    statementsAbout: connection(CONNECTIONS.statementsAbout),
  },
  WeaponSystem: {
    ...entityFields,
    policies: facts('in', 'CONCERNS', ':Policy'),
    statementsAbout: connection(CONNECTIONS.statementsAbout),
  },
  Place: {
    ...entityFields,
    category: prop('subkind'),
    policies: facts('in', 'APPLIES_TO', ':Policy'),
    statementsAbout: connection(CONNECTIONS.statementsAbout),
  },
  Policy: {
    ...entityFields,
    effect: prop('effect'),
    conditions: prop('conditions', '[]'),
    inForce: { compile: (b) => `NOT EXISTS { (${v(b)})<-[rv:REVERSED]-() WHERE coalesce(rv.status, 'CONFIRMED') = 'CONFIRMED' }` },
    authorizedBy: facts('in', 'AUTHORIZED', ':Entity'),
    reversedBy: facts('in', 'REVERSED'),
    reverses: facts('out', 'REVERSED'),
    concerns: facts('out', 'CONCERNS', ':WeaponSystem'),
    appliesTo: facts('out', 'APPLIES_TO', ':Entity'),
    statementsAbout: connection(CONNECTIONS.statementsAbout),
  },
  Statement: {
    id: prop('id'),
    quote: prop('quote'),
    kind: prop('statementKind'),
    context: prop('context'),
    date: object((b, sel) => factDate(v(b), 'date', sel)),
    status: prop('status', "'CONFIRMED'"),
    confidence: prop('confidence', '1.0'),
    sources,
    speaker: one((s, x) => `(${s})<-[:SAID]-(${x}:Entity)`),
    about: many((s, x) => `(${s})-[:ABOUT]->(${x}:Entity)`, 'name'),
    reversedBy: facts('in', 'REVERSED'),
  },
  Article: {
    id: prop('id'),
    title: prop('title'),
    url: prop('url'),
    text: prop('text'),
    publishedAt: object((b, sel) => articleDate(v(b), sel)),
    publisher: one((a, x) => `(${a})-[:PUBLISHED_BY]->(${x}:Agency)`),
    mentions: many((a, x) => `(${a})-[:MENTIONS]->(${x}:Entity)`, 'name', 500),
    factCount: { compile: (b) => `size(coalesce(${v(b)}.factIds, []))` },
  },
  Authorization: { ...factFields, actor: relEnd('from'), policy: relEnd('to') },
  GraphNode: {
    id: prop('id'),
    type: { compile: (b) => `${v(b)}.kind` },
    label: {
      compile: (b) =>
        `CASE ${v(b)}.kind WHEN 'Statement' THEN left(${v(b)}.quote, 140) WHEN 'Article' THEN coalesce(${v(b)}.title, ${v(b)}.id) ELSE ${v(b)}.name END`,
    },
    date: object((b, sel) => `CASE WHEN ${v(b)}:Article THEN ${articleDate(v(b), sel)} ELSE ${factDate(v(b), 'date', sel)} END`),
    node: object((b, sel, q) => projectObject(sel.fieldsByTypeName, b, q)),
  },
  GraphEdge: {
    id: { compile: (b) => `coalesce(${v(b)}.id, elementId(${v(b)}))` },
    type: { compile: (b) => `type(${v(b)})` },
    source: { compile: (b) => `startNode(${v(b)}).id` },
    target: { compile: (b) => `endNode(${v(b)}).id` },
    role: prop('role'),
    status: prop('status', "'CONFIRMED'"),
    date: object((b, sel) => factDate(v(b), 'date', sel)),
    sources,
  },
  Reversal: { ...factFields, actor: relEnd('from'), target: relEnd('to') },
  Relation: {
    ...factFields,
    type: { compile: (b) => ('rel' in b ? `type(${b.rel})` : 'null') },
    role: prop('role'),
    from: relEnd('from'),
    to: relEnd('to'),
  },
};

/** Entity labels a caller may filter on; a closed list, so labels never come from input. */
export const ENTITY_LABELS = ['Person', 'Agency', 'WeaponSystem', 'Policy', 'Place'] as const;

export function assertEntityTypes(types: unknown): string[] | null {
  if (!Array.isArray(types) || types.length === 0) return null;
  for (const t of types) if (!(ENTITY_LABELS as readonly string[]).includes(t as string)) throw badInput(`unknown entity type ${String(t)}`);
  return types as string[];
}
