/**
 * The side panels' contents: details of a node, the evidence behind an edge, an entity's timeline with its
 * stance changes, and found paths. Each function builds DOM from data; what a click does comes in `actions`.
 */
import { describeDate, h, replaceChildren, truncate } from './dom.js';
import { NODE_TYPES } from './graph-view.js';

const TYPE_LABELS = Object.fromEntries(NODE_TYPES.map((t) => [t.type, t.label]));
const typeLabel = (type) => TYPE_LABELS[type] ?? type;
const GRADE_LABELS = { NO_FLIP: 'No flip', HALF_FLIP: 'Half flip', FULL_FLOP: 'Full flop' };
/** More connection buttons than this would bury the rest of the panel; the graph shows them all anyway. */
const MAX_CONNECTIONS_LISTED = 40;
/** How many timeline events the page asks for (the API's most). */
export const TIMELINE_PAGE = 500;

const typeBadge = (type) => h('span', { class: `type-badge type-${type}` }, typeLabel(type));

/** A link to where an article can be read: its own URL, or the explorer centred on it when it has none. */
function articleLink(article) {
  const title = article.title || article.id;
  if (article.url) return h('a', { class: 'article-link', href: article.url, target: '_blank', rel: 'noopener noreferrer' }, title);
  return h('a', { class: 'article-link', href: `/explore?id=${encodeURIComponent(article.id)}` }, title);
}

function sourceList(sources) {
  if (!sources?.length) return h('p', { class: 'muted' }, 'No source sentence recorded.');
  return h(
    'ol',
    { class: 'sources' },
    sources.map((source) =>
      h(
        'li',
        { class: 'source' },
        h('blockquote', { class: 'source-sentence' }, source.sentence),
        h('p', { class: 'source-article' }, 'From ', articleLink(source.article), source.article.url ? h('span', { class: 'source-url' }, source.article.url) : null),
      ),
    ),
  );
}

function definitionList(rows) {
  const kept = rows.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length));
  return h('dl', { class: 'facts' }, kept.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

const nodeButton = (id, label, actions) => h('button', { type: 'button', class: 'link-button', 'data-node-id': id, onclick: () => actions.selectNode(id) }, label);

/** The connections of a node that are on screen, as buttons, so the graph can be walked without a mouse. */
function connectionList(connections, actions) {
  if (!connections.length) return h('p', { class: 'muted' }, 'No connections drawn.');
  const listed = connections.slice(0, MAX_CONNECTIONS_LISTED);
  return [
    h(
      'ul',
      { class: 'connections' },
      listed.map((c) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'connection', 'data-edge-id': c.edgeId, onclick: () => actions.showEdge(c.edgeId) },
            h('span', { class: 'edge-type' }, c.outgoing ? `${c.type} →` : `← ${c.type}`),
            ' ',
            truncate(c.otherLabel, 60),
          ),
        ),
      ),
    ),
    connections.length > listed.length ? h('p', { class: 'muted' }, `…and ${connections.length - listed.length} more on the graph.`) : null,
  ];
}

export function renderDetails(panel, details, { connections, actions }) {
  const type = details.__typename;
  const heading = type === 'Statement' ? 'Statement' : type === 'Article' ? details.title || details.id : details.name;
  const rows = [];
  if (type === 'Statement') {
    rows.push(
      ['Quote', h('blockquote', { class: 'quote' }, details.quote)],
      ['Speaker', nodeButton(details.speaker.id, details.speaker.name, actions)],
      ['Said', describeDate(details.date)],
      ['Kind', details.kind.toLowerCase()],
      ['Context', details.context],
      ['About', details.about.length ? h('ul', { class: 'plain' }, details.about.map((e) => h('li', {}, nodeButton(e.id, e.name, actions)))) : null],
    );
  } else if (type === 'Article') {
    rows.push(['Title', articleLink(details)], ['Published', describeDate(details.publishedAt)], ['Publisher', details.publisher?.name], ['Facts', String(details.factCount)]);
  } else {
    rows.push(
      ['Title', details.title],
      ['Also known as', details.aliases?.length ? details.aliases.join(', ') : null],
      ['Description', details.description],
      ['Category', details.category],
      ['Anonymous', details.anonymous ? 'yes (an unnamed source)' : null],
      ['Effect', details.effect?.toLowerCase()],
      ['In force', details.inForce === undefined ? null : details.inForce ? 'yes' : 'no, reversed'],
      ['Conditions', details.conditions?.length ? h('ul', { class: 'plain' }, details.conditions.map((c) => h('li', {}, c))) : null],
    );
  }
  replaceChildren(
    panel,
    h('h2', { id: 'details-heading', class: 'panel-heading' }, heading),
    h('p', { class: 'meta' }, typeBadge(type), ' ', h('code', {}, details.id)),
    definitionList(rows),
    type === 'Statement' ? [h('h3', {}, 'Sources'), sourceList(details.sources)] : null,
    h('h3', {}, `Connections on the graph (${connections.length})`),
    connectionList(connections, actions),
  );
}

export function renderEvidence(panel, edge, { sourceLabel, targetLabel, actions }) {
  replaceChildren(
    panel,
    h('h2', { id: 'evidence-heading', class: 'panel-heading' }, 'Evidence'),
    h(
      'p',
      { class: 'relation' },
      nodeButton(edge.source, truncate(sourceLabel, 60), actions),
      h('span', { class: 'edge-type' }, ` ${edge.type} → `),
      nodeButton(edge.target, truncate(targetLabel, 60), actions),
    ),
    definitionList([
      ['Type', h('span', { class: 'evidence-type' }, edge.type)],
      ['Date', edge.date ? h('span', {}, h('time', { class: 'evidence-date', datetime: edge.date.from }, edge.date.text), ` · precision ${edge.date.precision.toLowerCase()}`) : 'undated'],
      ['Role', edge.role],
    ]),
    h('h3', {}, `Source sentences (${edge.sources.length})`),
    sourceList(edge.sources),
  );
}

/** Where a date sits on the axis, 0 to 1. */
const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function timelineAxis(events, markedFacts) {
  const days = events.map((e) => dayNumber(e.date.from));
  const first = Math.min(...days);
  const last = Math.max(...days);
  // Events all on one day sit in the middle of the axis rather than at its left end.
  const span = last > first ? last - first : 1;
  const place = (day) => (last > first ? (day - first) / span : 0.5);
  const firstYear = new Date(first * 86_400_000).getUTCFullYear();
  const lastYear = new Date(last * 86_400_000).getUTCFullYear();
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const ticks = [];
  for (let year = firstYear; year <= lastYear + 1; year += yearStep) {
    const at = last > first ? place(dayNumber(`${year}-01-01`)) : year === firstYear ? 0.5 : -1;
    if (at >= -0.001 && at <= 1.001) ticks.push({ year, at });
  }
  const stackHeight = new Map();
  const axis = h('div', { class: 'timeline-axis', 'aria-hidden': 'true' });
  const position = (element, at) => {
    // Inline style attributes are blocked by the page's CSP; setting style properties from script is allowed.
    element.style.left = `${(at * 100).toFixed(2)}%`;
    return element;
  };
  axis.append(h('div', { class: 'axis-line' }));
  for (const tick of ticks) axis.append(position(h('span', { class: 'axis-tick' }, String(tick.year)), tick.at));
  events.forEach((event, i) => {
    const at = place(days[i]);
    const key = at.toFixed(3);
    const level = stackHeight.get(key) ?? 0;
    stackHeight.set(key, level + 1);
    const mark = markedFacts.get(event.fact?.id);
    const dot = position(h('span', { class: `axis-dot kind-${event.kind}${mark ? ` stance-${mark.role}` : ''}`, title: `${event.date.text}: ${event.summary}` }), at);
    dot.style.bottom = `${16 + Math.min(level, 6) * 9}px`;
    axis.append(dot);
  });
  return axis;
}

export function renderTimeline(panel, { entity, events, changes, actions }) {
  // Oldest first; the server sends them so, but entries of equal start keep the server's order.
  const ordered = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.from.localeCompare(b.e.date.from) || a.i - b.i).map(({ e }) => e);
  const markedFacts = new Map();
  for (const change of changes) {
    markedFacts.set(change.before.factId, markedFacts.get(change.before.factId) ?? { role: 'before', change });
    // A fact that is the later side of a change is marked as the change, whatever else it is.
    markedFacts.set(change.after.factId, { role: 'after', change });
  }
  const items = ordered.map((event) => {
    const mark = markedFacts.get(event.fact?.id);
    const factId = event.fact?.id ?? null;
    return h(
      'li',
      {
        class: `timeline-event kind-${event.kind}${mark ? ` stance-change stance-${mark.role}` : ''}`,
        'data-date-from': event.date.from,
        'data-fact-id': factId,
        'data-grade': mark?.role === 'after' ? mark.change.grade : null,
      },
      h('time', { class: 'event-date', datetime: event.date.from }, event.date.text),
      h('span', { class: 'event-kind' }, event.kind.replace('_', ' ').toLowerCase()),
      mark
        ? h(
            'span',
            { class: `stance-marker grade-${mark.change.grade}` },
            mark.role === 'after' ? `⟲ ${GRADE_LABELS[mark.change.grade] ?? mark.change.grade}` : 'earlier stance',
          )
        : null,
      h('p', { class: 'event-summary' }, event.summary),
      factId && actions.isDrawn(factId)
        ? h('button', { type: 'button', class: 'link-button small', onclick: () => actions.showElement(factId) }, 'Show on graph')
        : null,
    );
  });
  const changeItems = changes.map((change) =>
    h(
      'li',
      { class: `stance-change-item grade-${change.grade}`, 'data-grade': change.grade },
      h('p', {}, h('span', { class: `grade-badge grade-${change.grade}` }, GRADE_LABELS[change.grade] ?? change.grade), ' on ', h('strong', {}, change.topic?.name ?? change.topicId)),
      h('p', { class: 'stance-step' }, h('time', { datetime: change.before.date.from }, change.before.date.text), ' ', change.before.summary),
      h('p', { class: 'stance-step' }, '→ ', h('time', { datetime: change.after.date.from }, change.after.date.text), ' ', change.after.summary),
      h('p', { class: 'stance-reason' }, change.reason),
    ),
  );
  replaceChildren(
    panel,
    h('h2', { class: 'panel-heading' }, `Timeline of ${entity.name}`),
    h('p', { class: 'muted', id: 'timeline-summary' }, `${events.length >= TIMELINE_PAGE ? `The first ${events.length}` : events.length} dated events, oldest first · ${changes.length} stance change${changes.length === 1 ? '' : 's'}`),
    events.length ? timelineAxis(ordered, markedFacts) : null,
    events.length ? h('ol', { class: 'timeline-list', id: 'timeline-list' }, items) : h('p', { class: 'muted' }, 'No dated facts yet.'),
    h('h3', {}, 'Stance changes'),
    changes.length ? h('ol', { class: 'stance-changes', id: 'stance-change-list' }, changeItems) : h('p', { class: 'muted' }, 'None found.'),
  );
}

export function renderPaths(list, { paths, from, to, actions }) {
  if (!paths.length) {
    replaceChildren(list, h('p', { class: 'muted', role: 'status' }, `No path from ${from.name} to ${to.name} within the hop limit.`));
    return;
  }
  replaceChildren(
    list,
    h('p', { class: 'muted', role: 'status' }, `${paths.length} shortest path${paths.length === 1 ? '' : 's'} from ${from.name} to ${to.name}.`),
    h(
      'ol',
      { class: 'paths', id: 'path-results' },
      paths.map((path, index) => {
        const steps = [];
        path.nodes.forEach((node, i) => {
          steps.push(h('li', { class: 'path-node' }, typeBadge(node.type), ' ', truncate(node.label, 70)));
          const edge = path.edges[i];
          if (edge) steps.push(h('li', { class: 'path-edge' }, h('span', { class: 'edge-type' }, edge.source === node.id ? `${edge.type} ↓` : `${edge.type} ↑`)));
        });
        return h(
          'li',
          { class: 'path', 'data-path-index': index },
          h('button', { type: 'button', class: 'path-button', 'aria-pressed': 'false', onclick: () => actions.highlightPath(index) }, `Path ${index + 1} · ${path.length} hop${path.length === 1 ? '' : 's'}`),
          h('ol', { class: 'path-steps' }, steps),
        );
      }),
    ),
  );
}

export function renderLegend(legend) {
  replaceChildren(
    legend,
    h('h2', { class: 'visually-hidden' }, 'Legend'),
    h(
      'ul',
      {},
      NODE_TYPES.map(({ type, label, color }) =>
        h(
          'li',
          {},
          h('svg:svg', { class: `legend-swatch shape-${type}`, viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true' }, legendShape(type, color)),
          label,
        ),
      ),
    ),
  );
}

/** Small SVG versions of the node shapes drawn on the graph. */
function legendShape(type, color) {
  const fill = { fill: color, stroke: '#ffffff', 'stroke-width': 1 };
  switch (type) {
    case 'Person':
      return h('svg:circle', { cx: 8, cy: 8, r: 7, ...fill });
    case 'Agency':
      return h('svg:rect', { x: 1, y: 2, width: 14, height: 12, rx: 3, ...fill });
    case 'WeaponSystem':
      return h('svg:polygon', { points: '8,0 16,8 8,16 0,8', ...fill });
    case 'Policy':
      return h('svg:polygon', { points: '4,1 12,1 16,8 12,15 4,15 0,8', ...fill });
    case 'Place':
      return h('svg:polygon', { points: '8,1 15,15 1,15', ...fill, 'stroke-linejoin': 'round' });
    case 'Statement':
      return h('svg:polygon', { points: '1,2 11,2 15,8 11,14 1,14', ...fill });
    default:
      return h('svg:rect', { x: 2, y: 1, width: 12, height: 14, ...fill });
  }
}
