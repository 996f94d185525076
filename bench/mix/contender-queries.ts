/**
 * The same frontend requests against the @neo4j/graphql contender (bench/contender/type-defs.ts), asking for
 * the same data: generated connections with `where` and `sort` for pages (offset cursors), @fulltext for the
 * search box, @cypher query fields for neighborhood, path and timeline.
 */

const CONFIRMED = '{ status: { eq: "CONFIRMED" } }';
const BY_DATE_NODE = '[{ node: { dateFrom: ASC } }, { node: { id: ASC } }]';
const BY_DATE_EDGE = '[{ edge: { dateFrom: ASC } }, { edge: { id: ASC } }]';
const NAMED = (types: string[]) => types.map((t) => `... on ${t} { id name }`).join(' ');
const STATEMENT_SOURCES = 'srcSentences srcStarts srcEnds sourceArticles { id title }';
const FACT_SOURCES = 'srcSentences srcStarts srcEnds srcArticleIds';

/** (a) The person's page. A fact's source articles on an edge are ids: a relationship has no @cypher field. */
export const ENTITY_PAGE = /* GraphQL */ `
  query EntityPage($id: ID!) {
    people(where: { id: { eq: $id } }) {
      id
      name
      aliases
      title
      statementsConnection(first: 20, where: { node: ${CONFIRMED} }, sort: ${BY_DATE_NODE}) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id quote statementKind dateText datePrecision
            speaker { ${NAMED(['Person', 'Agency'])} }
            about { ${NAMED(['Person', 'Agency', 'WeaponSystem', 'Policy', 'Place'])} }
            ${STATEMENT_SOURCES}
          }
        }
      }
      authorizationsConnection(first: 20, where: { edge: ${CONFIRMED} }, sort: ${BY_DATE_EDGE}) {
        edges { properties { id dateText ${FACT_SOURCES} } node { id name } }
      }
      reversalsConnection(first: 20, where: { Policy: { edge: ${CONFIRMED} }, Statement: { edge: ${CONFIRMED} } }, sort: ${BY_DATE_EDGE}) {
        edges { properties { id dateText ${FACT_SOURCES} } node { __typename ... on Policy { id name } ... on Statement { id quote } } }
      }
    }
  }`;

/** (b) The search box, with the service's Lucene query as the phrase and the same tie-break. */
export const SEARCH = /* GraphQL */ `
  query Search($phrase: String!) {
    searchEntities(phrase: $phrase, first: 10, sort: [{ score: DESC }, { node: { name: ASC } }]) {
      edges { score node { id name kind } }
    }
  }`;

/** (c) A page of 50 statements after an offset cursor (`arrayconnection:<n>`), as its connections page. */
export const STATEMENT_PAGE = /* GraphQL */ `
  query StatementPage($id: ID!, $after: String) {
    people(where: { id: { eq: $id } }) {
      statementsConnection(first: 50, after: $after, where: { node: ${CONFIRMED} }, sort: ${BY_DATE_NODE}) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id quote dateText speaker { ${NAMED(['Person', 'Agency'])} } ${STATEMENT_SOURCES} } }
      }
    }
  }`;

/** (d) Through a @cypher query field: not expressible with generated fields. */
export const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($id: ID!) {
    neighborhood(id: $id, cap: 201, limit: 200) {
      truncated
      nodes { id type label }
      edges { id type source target }
    }
  }`;

/** (e) Through a @cypher query field: generated fields have no path search. */
export const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to) {
      length
      nodes { id type label }
      edges { id type source target }
    }
  }`;

/** (f) Through a @cypher query field: generated fields cannot merge and sort several relationship types. */
export const TIMELINE = /* GraphQL */ `
  query Timeline($id: ID!) {
    timeline(id: $id, first: 200) {
      kind
      date { text }
      summary
      fact { id }
      sources { sentence start end article { id title } }
      article { id title }
    }
  }`;
