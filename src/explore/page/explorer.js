/**
 * The explorer page: search an entity, draw its neighbourhood, expand nodes, read the evidence behind edges,
 * follow an entity's timeline and stance changes, find paths between two nodes, and watch new articles land.
 *
 * window.explorer exposes read-only hooks for scripts and tests: the cytoscape instance, the latest draw (a
 * promise and its timing) and a way to wait until the page has nothing in flight.
 */
import { h, replaceChildren } from './dom.js';
import { fetchNeighborhood, fetchNodeDetails, fetchPaths, fetchStanceChanges, fetchTimeline, subscribeToArticles } from './api.js';
import { createGraphView, isEntityType, typeOfId } from './graph-view.js';
import { createSearchBox } from './search-box.js';
import { renderDetails, renderEvidence, renderLegend, renderPaths, renderTimeline, TIMELINE_PAGE } from './panels.js';

const $ = (id) => document.getElementById(id);

/** The API caps a neighbourhood at 2,000 nodes, the explored node included. */
const MAX_NEIGHBOURS = 1999;
const DEFAULT_NEIGHBOURS = 200;
/** Refreshing more drawn entities than this after one article would flood the server for little gain. */
const MAX_LIVE_REFRESHES = 12;
const NOTICE_LIFETIME_MS = 30_000;

const state = {
  root: null,
  depth: 1,
  neighbours: DEFAULT_NEIGHBOURS,
  selectedId: null,
  /** The last selected node (not edge): where the path finder starts. */
  selectedNodeId: null,
  timelineEntityId: null,
  pathTarget: null,
  paths: [],
  drawCount: 0,
  lastDraw: null,
  drawn: Promise.resolve(null),
  live: { status: 'connecting', received: 0 },
};

// ---- Work in flight, so tests and scripts can wait for the page to settle -------------------------------------

let pendingWork = 0;
let idleWaiters = [];

function track(promise) {
  pendingWork++;
  return promise.finally(() => {
    pendingWork--;
    if (pendingWork === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      // Let the DOM updates of the last piece of work land before anyone looks.
      requestAnimationFrame(() => waiters.forEach((resolve) => resolve()));
    }
  });
}

const whenIdle = () => (pendingWork === 0 ? new Promise((resolve) => requestAnimationFrame(() => resolve())) : new Promise((resolve) => idleWaiters.push(resolve)));

// ---- Messages ----------------------------------------------------------------------------------------------------

function announce(text) {
  const announcer = $('announcer');
  announcer.textContent = '';
  // A changed text node is what screen readers notice; clearing first makes a repeated message heard again.
  setTimeout(() => (announcer.textContent = text), 30);
}

function showError(message) {
  replaceChildren(
    $('error-region'),
    h('p', { class: 'error' }, message, ' ', h('button', { type: 'button', class: 'link-button small', onclick: () => replaceChildren($('error-region')) }, 'Dismiss')),
  );
}

function clearError() {
  replaceChildren($('error-region'));
}

function addNotice(children) {
  const notices = $('notices');
  const notice = h('div', { class: 'notice' }, h('p', {}, children), h('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss notice', onclick: () => notice.remove() }, '×'));
  notices.prepend(notice);
  while (notices.children.length > 3) notices.lastElementChild.remove();
  setTimeout(() => notice.remove(), NOTICE_LIFETIME_MS);
}

function setGraphStatus(text, warning = null) {
  replaceChildren($('graph-status'), h('span', {}, text), warning ? h('span', { class: 'warning' }, warning) : null);
}

function describeDrawing() {
  const cy = view.cy;
  const timing = state.lastDraw ? ` · drawn in ${state.lastDraw.totalMs} ms` : '';
  return `${state.root?.name ?? ''} · ${cy.nodes().length} nodes, ${cy.edges().length} edges${timing}`;
}

// ---- The graph ---------------------------------------------------------------------------------------------------

if (!window.cytoscape) {
  $('graph-status').textContent = 'The graph library did not load; reload the page.';
  throw new Error('cytoscape.js did not load');
}

const view = createGraphView($('graph'), {
  onNodeActivate: (id) => selectNode(id),
  onEdgeActivate: (id) => showEdge(id),
  onEscape: () => clearPathHighlight(),
  announce,
});

const labelOf = (id) => view.element(id).data('label') ?? id;

/** Asks for one more node than the neighbour limit: the API counts the explored node too. */
const nodeLimit = () => Math.min(state.neighbours + 1, MAX_NEIGHBOURS + 1);

let openNumber = 0;

/** Draws the neighbourhood of an entity from scratch and selects it. */
function openEntity(entity, { updateUrl = 'push' } = {}) {
  const thisOpen = ++openNumber;
  state.root = { id: entity.id, name: entity.name ?? entity.id, type: entity.type ?? typeOfId(entity.id) };
  state.paths = [];
  replaceChildren($('path-results-region'));
  if (updateUrl) writeUrl(updateUrl);
  setGraphStatus(`Loading the neighbourhood of ${state.root.name}…`);
  const drawing = (async () => {
    const requestedAt = performance.now();
    const subgraph = await fetchNeighborhood(entity.id, state.depth, nodeLimit());
    if (thisOpen !== openNumber) return null;
    const receivedAt = performance.now();
    await view.replace(subgraph, entity.id);
    // Two frames: the layout has placed the nodes and the canvas has painted them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const drawnAt = performance.now();
    const rootNode = subgraph.nodes.find((n) => n.id === entity.id);
    if (rootNode && !entity.name) state.root.name = rootNode.label;
    state.drawCount++;
    state.lastDraw = Object.freeze({
      id: entity.id,
      nodes: view.cy.nodes().length,
      edges: view.cy.edges().length,
      truncated: subgraph.truncated,
      fetchMs: Math.round(receivedAt - requestedAt),
      layoutAndPaintMs: Math.round(drawnAt - receivedAt),
      totalMs: Math.round(drawnAt - requestedAt),
    });
    setGraphStatus(describeDrawing(), subgraph.truncated ? `Only the first ${state.neighbours} neighbours are shown; raise “Max neighbours” to see more.` : null);
    $('search-input').value = state.root.name;
    clearError();
    selectNode(entity.id, { expand: false });
    return state.lastDraw;
  })();
  state.drawn = drawing.catch(() => null);
  return track(
    drawing.catch((error) => {
      if (thisOpen !== openNumber) return;
      setGraphStatus(`Could not draw ${state.root.name}.`);
      showError(`Could not load the neighbourhood: ${error.message}`);
    }),
  );
}

/** Merges a node's own neighbourhood (one hop) into the drawing. */
async function expandNode(id) {
  const subgraph = await fetchNeighborhood(id, 1, nodeLimit());
  const added = await view.merge(subgraph, id);
  setGraphStatus(describeDrawing(), subgraph.truncated ? `${labelOf(id)} has more neighbours than the limit; only the first ${state.neighbours} are drawn.` : null);
  if (added) announce(`${added} nodes added around ${labelOf(id)}`);
  refreshConnections();
}

// ---- Selection: details, evidence, timeline ----------------------------------------------------------------------

function showInspector(which) {
  $('inspector-empty').hidden = true;
  $('details-panel').hidden = which !== 'details';
  $('evidence-panel').hidden = which !== 'evidence';
}

function connectionsOf(id) {
  const node = view.element(id);
  if (node.empty()) return [];
  return node.connectedEdges().map((edge) => {
    const outgoing = edge.source().id() === id;
    const other = outgoing ? edge.target() : edge.source();
    return { edgeId: edge.id(), type: edge.data('type'), outgoing, otherLabel: other.data('label') };
  }).sort((a, b) => a.type.localeCompare(b.type) || a.otherLabel.localeCompare(b.otherLabel));
}

const panelActions = {
  selectNode: (id) => selectNode(id, { focusPanel: true }),
  showEdge: (id) => showEdge(id, { focusPanel: true }),
  showElement: (id) => (view.element(id).isEdge() ? showEdge(id, { focusPanel: true }) : selectNode(id, { focusPanel: true })),
  isDrawn: (id) => view.has(id),
  highlightPath: (index) => highlightPath(index),
};

let detailsNumber = 0;
let lastDetails = null;

function loadDetails(id, { focusPanel = false } = {}) {
  const thisRequest = ++detailsNumber;
  return fetchNodeDetails(id).then((details) => {
    if (thisRequest !== detailsNumber) return;
    if (!details) throw new Error(`nothing has the id ${id}`);
    lastDetails = details;
    renderDetails($('details-panel'), details, { connections: connectionsOf(id), actions: panelActions });
    if (state.selectedId === id) showInspector('details');
    if (focusPanel) focusHeading('details-heading');
  });
}

/** After an expansion the selected node has more connections; its list should show them. */
function refreshConnections() {
  if (lastDetails && lastDetails.id === state.selectedId && !$('details-panel').hidden) {
    renderDetails($('details-panel'), lastDetails, { connections: connectionsOf(lastDetails.id), actions: panelActions });
  }
}

function focusHeading(id) {
  const heading = $(id);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/** Selecting a node shows its details, grows the graph around it and, for an entity, shows its timeline. */
function selectNode(id, { expand = true, focusPanel = false } = {}) {
  state.selectedId = id;
  state.selectedNodeId = id;
  view.markSelected(id);
  const type = typeOfId(id);
  const name = labelOf(id);
  updatePathFrom();
  announce(`Selected ${name}`);
  const work = [
    loadDetails(id, { focusPanel }).catch((error) => showError(`Could not load the details of ${name}: ${error.message}`)),
  ];
  if (expand && view.has(id)) work.push(expandNode(id).catch((error) => showError(`Could not expand ${name}: ${error.message}`)));
  if (isEntityType(type)) work.push(loadTimeline({ id, name }));
  return track(Promise.all(work));
}

function showEdge(id, { focusPanel = false } = {}) {
  const edge = view.element(id);
  if (edge.empty()) return;
  view.markSelected(id);
  state.selectedId = id;
  renderEvidence($('evidence-panel'), edge.data(), {
    sourceLabel: edge.source().data('label'),
    targetLabel: edge.target().data('label'),
    actions: panelActions,
  });
  showInspector('evidence');
  announce(`Evidence for ${edge.data('type')} from ${edge.source().data('label')} to ${edge.target().data('label')}`);
  if (focusPanel) focusHeading('evidence-heading');
}

let timelineNumber = 0;

function loadTimeline(entity) {
  const thisRequest = ++timelineNumber;
  state.timelineEntityId = entity.id;
  const panel = $('timeline-panel');
  panel.setAttribute('aria-busy', 'true');
  const stance = ['Person', 'Agency', 'Policy'].includes(typeOfId(entity.id)) ? fetchStanceChanges(entity.id) : Promise.resolve([]);
  return Promise.all([fetchTimeline(entity.id, TIMELINE_PAGE), stance])
    .then(([events, changes]) => {
      if (thisRequest !== timelineNumber) return;
      renderTimeline(panel, { entity, events, changes, actions: panelActions });
    })
    .catch((error) => {
      if (thisRequest === timelineNumber) replaceChildren(panel, h('p', { class: 'error' }, `Could not load the timeline of ${entity.name}: ${error.message}`));
    })
    .finally(() => {
      if (thisRequest === timelineNumber) panel.removeAttribute('aria-busy');
    });
}

// ---- Paths -------------------------------------------------------------------------------------------------------

function updatePathFrom() {
  const output = $('path-from');
  const id = state.selectedNodeId && view.has(state.selectedNodeId) ? state.selectedNodeId : null;
  output.textContent = id ? labelOf(id) : 'the selected node';
  output.dataset.nodeId = id ?? '';
}

async function findPaths() {
  const fromId = $('path-from').dataset.nodeId;
  const to = state.pathTarget;
  if (!fromId || !view.has(fromId)) return showError('Select a node on the graph first: paths start from the selection.');
  if (!to) return showError('Choose where the path should go: search an entity in “To”.');
  clearError();
  const from = { id: fromId, name: labelOf(fromId) };
  const paths = await fetchPaths(from.id, to.id, Number($('max-hops').value), 3);
  state.paths = paths;
  for (const path of paths) await view.merge({ nodes: path.nodes, edges: path.edges }, from.id);
  renderPaths($('path-results-region'), { paths, from, to, actions: panelActions });
  setGraphStatus(describeDrawing());
  if (paths.length) highlightPath(0);
  else view.clearHighlight();
}

function highlightPath(index) {
  const path = state.paths[index];
  if (!path) return;
  view.highlight(path.nodes.map((n) => n.id), path.edges.map((e) => e.id));
  document.querySelectorAll('#path-results .path-button').forEach((button, i) => button.setAttribute('aria-pressed', String(i === index)));
  announce(`Path ${index + 1} highlighted: ${path.length} hops`);
}

function clearPathHighlight() {
  view.clearHighlight();
  document.querySelectorAll('#path-results .path-button').forEach((button) => button.setAttribute('aria-pressed', 'false'));
}

// ---- Live updates ------------------------------------------------------------------------------------------------

function setLiveStatus(status) {
  state.live = { ...state.live, status };
  const element = $('live-status');
  element.dataset.status = status;
  element.textContent = { connected: 'Live', reconnecting: 'Live: reconnecting…', closed: 'Live: off', connecting: 'Live: connecting…' }[status] ?? status;
}

async function onArticleIngested(event) {
  state.live = { ...state.live, received: state.live.received + 1 };
  const touched = event.entityIds.filter((id) => view.has(id));
  const title = event.title || event.articleId;
  addNotice([
    h('strong', {}, 'New article: '),
    title,
    touched.length ? ` — touches ${touched.length} drawn ${touched.length === 1 ? 'entity' : 'entities'}; graph refreshed.` : ' — nothing drawn here is affected.',
  ]);
  if (!touched.length) return;
  const refresh = touched.slice(0, MAX_LIVE_REFRESHES).map(async (id) => view.merge(await fetchNeighborhood(id, 1, nodeLimit()), id));
  if (state.timelineEntityId && touched.includes(state.timelineEntityId)) refresh.push(loadTimeline({ id: state.timelineEntityId, name: labelOf(state.timelineEntityId) }));
  await track(Promise.all(refresh).catch((error) => showError(`Could not refresh after the new article: ${error.message}`)));
  setGraphStatus(describeDrawing());
  refreshConnections();
}

// ---- Controls, tabs and the address bar --------------------------------------------------------------------------

function readUrl() {
  const params = new URLSearchParams(location.search);
  const depth = Number(params.get('depth'));
  const limit = Number(params.get('limit'));
  return {
    id: params.get('id'),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : 1,
    neighbours: Number.isInteger(limit) && limit >= 1 ? Math.min(limit, MAX_NEIGHBOURS) : DEFAULT_NEIGHBOURS,
  };
}

function writeUrl(mode) {
  const params = new URLSearchParams({ id: state.root.id });
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.neighbours !== DEFAULT_NEIGHBOURS) params.set('limit', String(state.neighbours));
  const url = `${location.pathname}?${params}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function syncControls() {
  $('depth-select').value = String(state.depth);
  const limitSelect = $('limit-select');
  if (![...limitSelect.options].some((o) => o.value === String(state.neighbours))) {
    limitSelect.append(h('option', { value: state.neighbours }, String(state.neighbours)));
  }
  limitSelect.value = String(state.neighbours);
}

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const choose = (tab, focus) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(other.getAttribute('aria-controls')).hidden = !selected;
    }
    if (focus) tab.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => choose(tab, false));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        event.preventDefault();
        choose(tabs[(i + step + tabs.length) % tabs.length], true);
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        choose(event.key === 'Home' ? tabs[0] : tabs[tabs.length - 1], true);
      }
    });
  });
}

function start() {
  renderLegend($('legend'));
  setUpTabs();
  for (let hops = 1; hops <= 6; hops++) $('max-hops').append(h('option', { value: hops, selected: hops === 4 }, String(hops)));

  createSearchBox({
    input: $('search-input'),
    listbox: $('search-listbox'),
    announce,
    onError: showError,
    onPick: (entity) => openEntity(entity),
  });
  createSearchBox({
    input: $('path-to-input'),
    listbox: $('path-to-listbox'),
    announce,
    onError: showError,
    onPick: (entity) => {
      state.pathTarget = entity;
    },
  });
  $('search-form').addEventListener('submit', (event) => event.preventDefault());
  $('path-to-input').addEventListener('input', () => (state.pathTarget = null));
  $('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    track(findPaths().catch((error) => showError(`Could not find paths: ${error.message}`)));
  });
  $('clear-path-button').addEventListener('click', () => clearPathHighlight());

  $('depth-select').addEventListener('change', (event) => {
    state.depth = Number(event.target.value);
    if (state.root) openEntity(state.root, { updateUrl: 'replace' });
  });
  $('limit-select').addEventListener('change', (event) => {
    state.neighbours = Number(event.target.value);
    if (state.root) openEntity(state.root, { updateUrl: 'replace' });
  });
  $('fit-button').addEventListener('click', () => view.fit());
  $('relayout-button').addEventListener('click', () => track(view.relayout()));

  const openFromUrl = (updateUrl) => {
    const fromUrl = readUrl();
    state.depth = fromUrl.depth;
    state.neighbours = fromUrl.neighbours;
    syncControls();
    if (fromUrl.id) openEntity({ id: fromUrl.id }, { updateUrl });
  };
  window.addEventListener('popstate', () => openFromUrl(false));
  openFromUrl('replace');

  subscribeToArticles({ onArticle: (event) => onArticleIngested(event).catch((error) => showError(error.message)), onStatus: setLiveStatus });
}

window.explorer = Object.freeze({
  get cy() {
    return view.cy;
  },
  /** Resolves with the timing of the latest full draw once its layout is done (null if it failed). */
  get drawn() {
    return state.drawn;
  },
  get drawCount() {
    return state.drawCount;
  },
  get lastDraw() {
    return state.lastDraw;
  },
  get rootId() {
    return state.root?.id ?? null;
  },
  get selectedId() {
    return state.selectedId;
  },
  get live() {
    return { ...state.live };
  },
  get busy() {
    return pendingWork > 0;
  },
  /** Resolves when no request, layout or refresh is in flight. */
  idle: whenIdle,
});

start();
