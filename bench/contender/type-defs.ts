/**
 * Type definitions for @neo4j/graphql 7 over Stancegraph's storage, as its documentation would have them:
 * node types with @node labels, @relationship fields with relationship properties for dates and sources,
 * @fulltext for the search box, and @cypher for what it cannot generate.
 *
 * Adapted to what it supports on Neo4j Community without APOC: dates are Strings (DateTime needs APOC), there
 * are no @authorization(validate) rules (they need APOC too). A fact's sources stay parallel lists, as stored;
 * their articles come through a @cypher field. Neighborhood, path and timeline are @cypher query fields that
 * run the same hand-written Cypher as the raw reference (bench/mix/cypher-queries.ts).
 */
import { CYPHER } from '../mix/cypher-queries.ts';

/** @cypher statements must return one column. */
const oneColumn = (cypher: string, columns: string[]) =>
  `CALL () { ${cypher} } RETURN {${columns.map((c) => `${c}: ${c}`).join(', ')}} AS result`;

const escape = (cypher: string) => cypher.replace(/\\/g, '\\\\').replace(/"""/g, '\\"""');

export const CONTENDER_TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchEntities", fields: ["name", "aliasText"] }]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    aliasText: String
  }

  union Speaker = Person | Agency
  union Topic = Person | Agency | WeaponSystem | Policy | Place
  union ReversalTarget = Policy | Statement
  union ReversalActor = Person | Agency | Policy
  union Recipient = Place | Agency

  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    title: String
    description: String
    statements: [Statement!]! @relationship(type: "SAID", direction: OUT, properties: "Said")
    authorizations: [Policy!]! @relationship(type: "AUTHORIZED", direction: OUT, properties: "Fact")
    reversals: [ReversalTarget!]! @relationship(type: "REVERSED", direction: OUT, properties: "Fact")
    memberOf: [Agency!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Fact")
    speaksFor: [Agency!]! @relationship(type: "SPEAKS_FOR", direction: OUT, properties: "Fact")
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Agency @node(labels: ["Agency", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    subkind: String
    statements: [Statement!]! @relationship(type: "SAID", direction: OUT, properties: "Said")
    authorizations: [Policy!]! @relationship(type: "AUTHORIZED", direction: OUT, properties: "Fact")
    reversals: [ReversalTarget!]! @relationship(type: "REVERSED", direction: OUT, properties: "Fact")
    members: [Person!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Fact")
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type WeaponSystem @node(labels: ["WeaponSystem", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    subkind: String
    policies: [Policy!]! @relationship(type: "CONCERNS", direction: IN, properties: "Fact")
  }

  type Place @node(labels: ["Place", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    subkind: String
  }

  type Policy @node(labels: ["Policy", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    effect: String
    conditions: [String!]
    authorizedBy: [Speaker!]! @relationship(type: "AUTHORIZED", direction: IN, properties: "Fact")
    reversedBy: [ReversalActor!]! @relationship(type: "REVERSED", direction: IN, properties: "Fact")
    reverses: [ReversalTarget!]! @relationship(type: "REVERSED", direction: OUT, properties: "Fact")
    concerns: [WeaponSystem!]! @relationship(type: "CONCERNS", direction: OUT, properties: "Fact")
    appliesTo: [Recipient!]! @relationship(type: "APPLIES_TO", direction: OUT, properties: "Fact")
  }

  type Statement @node(labels: ["Statement"]) {
    id: ID!
    quote: String!
    statementKind: String!
    context: String
    dateFrom: String!
    dateTo: String!
    datePrecision: String!
    dateText: String!
    status: String!
    confidence: Float!
    srcArticleIds: [String!]!
    srcSentences: [String!]!
    srcStarts: [Int!]!
    srcEnds: [Int!]!
    speaker: [Speaker!]! @relationship(type: "SAID", direction: IN, properties: "Said")
    about: [Topic!]! @relationship(type: "ABOUT", direction: OUT, properties: "Fact")
    sourceArticles: [Article!]! @cypher(statement: "MATCH (a:Article) WHERE a.id IN this.srcArticleIds RETURN a", columnName: "a")
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String
    url: String
    text: String!
    dateFrom: String!
    publishedText: String!
    factIds: [String!]
    mentions: [Topic!]! @relationship(type: "MENTIONS", direction: OUT)
    publisher: [Agency!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
  }

  type Said @relationshipProperties {
    id: String!
  }

  type Fact @relationshipProperties {
    id: String!
    dateFrom: String!
    dateTo: String!
    datePrecision: String!
    dateText: String!
    status: String!
    confidence: Float!
    role: String
    srcArticleIds: [String!]!
    srcSentences: [String!]!
    srcStarts: [Int!]!
    srcEnds: [Int!]!
  }

  # What @cypher query fields return: plain objects, not nodes.
  type GraphNode {
    id: ID!
    type: String
    label: String
  }
  type GraphEdge {
    id: ID!
    type: String!
    source: ID!
    target: ID!
  }
  type Subgraph {
    truncated: Boolean!
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
  }
  type Path {
    length: Int!
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
  }
  type EventDate {
    text: String
  }
  type EventFact {
    id: ID!
  }
  type EventArticle {
    id: ID!
    title: String
  }
  type EventSource {
    sentence: String!
    start: Int
    end: Int
    article: EventArticle
  }
  type TimelineEvent {
    kind: String!
    date: EventDate
    summary: String!
    fact: EventFact
    sources: [EventSource!]!
    article: EventArticle
  }

  type Query {
    neighborhood(id: ID!, cap: Int!, limit: Int!): Subgraph
      @cypher(statement: """${escape(oneColumn(CYPHER.neighborhood, ['truncated', 'nodes', 'edges']))}""", columnName: "result")
    paths(from: ID!, to: ID!): [Path!]!
      @cypher(statement: """${escape(oneColumn(CYPHER.paths, ['length', 'nodes', 'edges']))}""", columnName: "result")
    timeline(id: ID!, first: Int!): [TimelineEvent!]!
      @cypher(statement: """${escape(CYPHER.timeline)}""", columnName: "event")
  }
`;
