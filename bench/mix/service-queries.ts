/**
 * The query mix as a frontend sends it to Stancegraph (schema/schema.graphql).
 */

const SOURCES = 'sources { sentence start end article { id title } }';

/** (a) A person's page: 20 statements with speaker, topics and sources; 20 authorizations; 20 reversals. */
export const ENTITY_PAGE = /* GraphQL */ `
  query EntityPage($id: ID!) {
    entity(id: $id) {
      id
      name
      aliases
      ... on Person {
        title
        statements(first: 20) {
          pageInfo { hasNextPage endCursor }
          edges { node { id quote kind date { text precision } speaker { id name } about { id name } ${SOURCES} } }
        }
        authorizations(first: 20) {
          edges { date { text } sources { sentence start end article { id title url } } node { id ... on Authorization { policy { id name } } } }
        }
        reversals(first: 20) {
          edges {
            date { text }
            sources { sentence start end article { id title url } }
            node { id ... on Reversal { target { __typename ... on Policy { id name } ... on Statement { id quote } } } }
          }
        }
      }
    }
  }`;

/** (b) The search box. */
export const SEARCH = /* GraphQL */ `
  query Search($text: String!) {
    search(text: $text, first: 10) { score entity { __typename id name } }
  }`;

/** (c) A page of 50 statements by a speaker, after a cursor (page one: no cursor). */
export const STATEMENT_PAGE = /* GraphQL */ `
  query StatementPage($id: ID!, $after: String) {
    statements(speaker: $id, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id quote date { text } speaker { id name } ${SOURCES} } }
    }
  }`;

/** (d) The neighborhood two hops out, at most 200 nodes. */
export const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($id: ID!) {
    neighborhood(id: $id, depth: 2, limit: 200) {
      truncated
      nodes { id type label }
      edges { id type source target }
    }
  }`;

/** (e) The shortest paths between two entities. */
export const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxHops: 4, first: 3) {
      length
      nodes { id type label }
      edges { id type source target }
    }
  }`;

/** (f) An entity's timeline, first 200 events. */
export const TIMELINE = /* GraphQL */ `
  query Timeline($id: ID!) {
    timeline(id: $id, first: 200) {
      kind
      date { text }
      summary
      fact { id }
      ${SOURCES}
      article { id title }
    }
  }`;
