/**
 * The explorer's only way to the data: GraphQL at this origin's /graphql (queries over POST, the live feed over
 * server-sent events).
 */

export class GraphQLRequestError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphQLRequestError';
    this.code = errors[0]?.extensions?.code;
  }
}

export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`the server answered ${response.status} ${response.statusText}`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  return body.data;
}

const SOURCE_FIELDS = 'sentence article { id title url }';
const DATE_FIELDS = 'text precision from to';
const NODE_FIELDS = `id type label date { ${DATE_FIELDS} }`;
const EDGE_FIELDS = `id type source target role date { ${DATE_FIELDS} } sources { ${SOURCE_FIELDS} }`;

export function searchEntities(text, first = 8) {
  return graphql(
    `query ExplorerSearch($text: String!, $first: Int!) {
      search(text: $text, first: $first) { score entity { __typename id name aliases } }
    }`,
    { text, first },
  ).then((data) => data.search.map((hit) => hit.entity));
}

export function fetchNeighborhood(id, depth, limit) {
  return graphql(
    `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
      neighborhood(id: $id, depth: $depth, limit: $limit) {
        truncated
        nodes { ${NODE_FIELDS} }
        edges { ${EDGE_FIELDS} }
      }
    }`,
    { id, depth, limit },
  ).then((data) => data.neighborhood);
}

export function fetchNodeDetails(id) {
  return graphql(
    `query ExplorerNode($id: ID!) {
      node(id: $id) {
        __typename id
        ... on Entity { name aliases description }
        ... on Person { title anonymous }
        ... on Agency { category anonymous }
        ... on Place { category }
        ... on Policy { effect conditions inForce }
        ... on Statement {
          quote kind context status
          date { ${DATE_FIELDS} }
          speaker { id name }
          about { id name }
          sources { ${SOURCE_FIELDS} }
        }
        ... on Article { title url factCount publishedAt { ${DATE_FIELDS} } publisher { id name } }
      }
    }`,
    { id },
  ).then((data) => data.node);
}

export function fetchTimeline(id, first) {
  return graphql(
    `query ExplorerTimeline($id: ID!, $first: Int!) {
      timeline(id: $id, first: $first) {
        kind summary
        date { ${DATE_FIELDS} }
        fact { id }
        article { id title url }
        sources { ${SOURCE_FIELDS} }
      }
    }`,
    { id, first },
  ).then((data) => data.timeline);
}

export function fetchStanceChanges(subject) {
  return graphql(
    `query ExplorerStanceChanges($subject: ID!) {
      stanceChanges(subject: $subject) {
        topicId grade reason
        topic { id name }
        before { factId kind summary date { ${DATE_FIELDS} } }
        after { factId kind summary date { ${DATE_FIELDS} } }
      }
    }`,
    { subject },
  ).then((data) => data.stanceChanges);
}

export function fetchPaths(from, to, maxHops = 4, first = 3) {
  return graphql(
    `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
      paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
        length
        nodes { ${NODE_FIELDS} }
        edges { ${EDGE_FIELDS} }
      }
    }`,
    { from, to, maxHops, first },
  ).then((data) => data.paths);
}

const ARTICLE_INGESTED = 'subscription ExplorerLive { articleIngested { articleId title entityIds statements relations at } }';

/**
 * Listens for newly ingested articles. The server sends each result as an SSE event named "next" with data
 * {"data": {...}}; the browser's EventSource reconnects by itself after a dropped connection.
 */
export function subscribeToArticles({ onArticle, onStatus }) {
  const source = new EventSource(`/graphql?query=${encodeURIComponent(ARTICLE_INGESTED)}`);
  const handle = (message) => {
    if (!message.data) return;
    let payload;
    try {
      payload = JSON.parse(message.data);
    } catch {
      return;
    }
    const event = payload?.data?.articleIngested;
    if (event) onArticle(event);
  };
  source.addEventListener('next', handle);
  source.addEventListener('message', handle);
  source.addEventListener('open', () => onStatus('connected'));
  source.addEventListener('error', () => onStatus(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting'));
  return source;
}
