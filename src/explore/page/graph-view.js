/**
 * The drawn graph: cytoscape.js (loaded as a classic script, window.cytoscape) with a style per node type, edge
 * labels, two layouts (force-directed for small graphs, rings by distance for large ones), path highlighting and
 * keyboard navigation of the canvas.
 */
import { truncate } from './dom.js';

/** Colour and shape per node type; shapes differ too, so the legend does not rely on colour alone. */
export const NODE_TYPES = [
  { type: 'Person', label: 'Person', color: '#2f6fb5', shape: 'ellipse' },
  { type: 'Agency', label: 'Agency', color: '#e69f00', shape: 'round-rectangle' },
  { type: 'WeaponSystem', label: 'Weapon system', color: '#c4471b', shape: 'diamond' },
  { type: 'Policy', label: 'Policy', color: '#168a62', shape: 'hexagon' },
  { type: 'Place', label: 'Place', color: '#56b4e9', shape: 'round-triangle' },
  { type: 'Statement', label: 'Statement', color: '#b5589a', shape: 'round-tag' },
  { type: 'Article', label: 'Article', color: '#8a8f98', shape: 'rectangle' },
];

const TYPE_BY_PREFIX = {
  person: 'Person',
  agency: 'Agency',
  weapon: 'WeaponSystem',
  policy: 'Policy',
  place: 'Place',
  statement: 'Statement',
  article: 'Article',
};

export const typeOfId = (id) => TYPE_BY_PREFIX[String(id).split(':')[0]] ?? 'Node';
export const isEntityType = (type) => ['Person', 'Agency', 'WeaponSystem', 'Policy', 'Place'].includes(type);

/** Above this many nodes the force-directed layout takes too long; rings by distance are instant. */
const FORCE_LAYOUT_MAX_NODES = 250;
const RING_SPACING = 42;
const MAX_NODES_PLACED_AROUND = 60;
const LAYOUT_PADDING = 36;
/** A fit never zooms in further than this: three nodes should not fill the screen. */
const MAX_FIT_ZOOM = 1.25;

const EDGE_COLORS = { AUTHORIZED: '#168a62', REVERSED: '#c0392b', SAID: '#8e5c86', ABOUT: '#9a8fb0' };

function stylesheet() {
  const typeStyles = NODE_TYPES.map(({ type, color, shape }) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': color, shape },
  }));
  const edgeColors = Object.entries(EDGE_COLORS).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 26,
        height: 26,
        label: 'data(short)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1d2127',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': 112,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Labels too small to read are not drawn at all: this is what keeps 1,000 nodes fast when zoomed out.
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'background-color': '#999999',
      },
    },
    ...typeStyles,
    { selector: 'node[type = "Statement"]', style: { width: 20, height: 20, 'font-size': 10 } },
    // The explored node and the selection keep their labels at any zoom: they are what the reader looks for.
    { selector: 'node.root', style: { width: 40, height: 40, 'font-size': 13, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': '#8a94a6',
        'target-arrow-color': '#8a94a6',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-size': 8,
        'font-family': 'system-ui, sans-serif',
        color: '#3b4250',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
      },
    },
    ...edgeColors,
    { selector: 'edge[type = "REVERSED"]', style: { 'line-style': 'dashed' } },
    {
      selector: 'node.selected',
      style: { 'border-width': 4, 'border-color': '#111111', 'underlay-color': '#111111', 'underlay-opacity': 0.18, 'underlay-padding': 7, 'underlay-shape': 'ellipse', 'min-zoomed-font-size': 0, 'z-index': 11 },
    },
    { selector: 'edge.selected', style: { width: 4, 'line-color': '#111111', 'target-arrow-color': '#111111', 'z-index': 9 } },
    { selector: 'node.kbd-focus', style: { 'underlay-color': '#1a56db', 'underlay-opacity': 0.35, 'underlay-padding': 9, 'underlay-shape': 'ellipse' } },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#f08c00', 'z-index': 10 } },
    { selector: 'edge.on-path', style: { width: 5, 'line-color': '#f08c00', 'target-arrow-color': '#f08c00', 'z-index': 10 } },
  ];
}

function nodeElement(node) {
  const max = node.type === 'Statement' ? 44 : 32;
  return { group: 'nodes', data: { id: node.id, type: node.type, label: node.label, short: truncate(node.label, max), date: node.date ?? null } };
}

function edgeElement(edge) {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      role: edge.role ?? null,
      date: edge.date ?? null,
      sources: edge.sources ?? [],
    },
  };
}

/** Nodes in breadth-first order from the root, grouped by type within each distance so colours form sectors. */
function layersFrom(cy, rootId) {
  const layers = [];
  const seen = new Set();
  let frontier = cy.getElementById(rootId).nonempty() ? [cy.getElementById(rootId)] : [];
  frontier.forEach((n) => seen.add(n.id()));
  while (frontier.length) {
    layers.push(frontier);
    const next = [];
    for (const node of frontier) {
      node.neighborhood('node').forEach((neighbor) => {
        if (!seen.has(neighbor.id())) {
          seen.add(neighbor.id());
          next.push(neighbor);
        }
      });
    }
    next.sort((a, b) => a.data('type').localeCompare(b.data('type')) || a.data('label').localeCompare(b.data('label')));
    frontier = next;
  }
  const unreached = cy.nodes().filter((n) => !seen.has(n.id()));
  if (unreached.length) layers.push(unreached.toArray());
  return layers;
}

/** Positions on concentric rings: the root in the middle, each distance starting on a new ring further out. */
function ringPositions(cy, rootId) {
  const positions = {};
  let ring = 0;
  for (const layer of layersFrom(cy, rootId)) {
    let placed = 0;
    while (placed < layer.length) {
      if (ring === 0) {
        // The centre holds a single node; extra ones (no root) start the first ring.
        positions[layer[placed].id()] = { x: 0, y: 0 };
        placed++;
        ring++;
        continue;
      }
      const radius = ring * RING_SPACING;
      const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / RING_SPACING));
      const count = Math.min(capacity, layer.length - placed);
      // Offset alternate rings by half a step so neighbours on adjacent rings do not line up.
      const offset = (ring % 2) * (Math.PI / count);
      for (let i = 0; i < count; i++) {
        const angle = offset + (2 * Math.PI * i) / count - Math.PI / 2;
        positions[layer[placed + i].id()] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      }
      placed += count;
      ring++;
    }
  }
  return positions;
}

export function createGraphView(container, { onNodeActivate, onEdgeActivate, onEscape = () => {}, announce = () => {} }) {
  const cy = window.cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
    motionBlur: false,
  });

  let rootId = null;
  let keyboardFocusId = null;
  let lastSelectedNodeId = null;
  let usingKeyboard = false;
  let highlighting = false;
  let runningLayout = null;

  // A resized window (or a narrow screen's stacked layout) changes the canvas: fit the drawing to it again.
  let resizeTimer = null;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      cy.resize();
      fit();
    }, 150);
  }).observe(container);

  cy.on('tap', 'node', (event) => onNodeActivate(event.target.id()));
  cy.on('tap', 'edge', (event) => onEdgeActivate(event.target.id()));

  /** Runs a layout and resolves when it has placed every node. */
  function runLayout(options) {
    runningLayout?.stop();
    const layout = cy.layout(options);
    runningLayout = layout;
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => {
      if (runningLayout === layout) runningLayout = null;
    });
  }

  /**
   * The force-directed layout has no preferred orientation. Turn the drawing a quarter when that lets it fit the
   * canvas at a clearly larger zoom, then stretch it a little towards the canvas's shape, so that labels end up
   * large enough to read.
   */
  function suitViewport() {
    const nodes = cy.nodes();
    if (nodes.length < 3 || cy.width() === 0 || cy.height() === 0) return;
    const box = nodes.boundingBox({ includeLabels: false });
    const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
    const viewAspect = cy.width() / cy.height();
    const fitZoom = (w, h) => Math.min((cy.width() - 2 * LAYOUT_PADDING) / Math.max(w, 1), (cy.height() - 2 * LAYOUT_PADDING) / Math.max(h, 1));
    const turn = fitZoom(box.h, box.w) > 1.2 * fitZoom(box.w, box.h);
    const width = turn ? box.h : box.w;
    const height = turn ? box.w : box.h;
    const aspect = width / Math.max(height, 1);
    const stretchX = aspect < viewAspect ? Math.min(viewAspect / aspect, 1.5) : 1;
    const stretchY = aspect > viewAspect ? Math.min(aspect / viewAspect, 1.5) : 1;
    cy.batch(() => {
      nodes.forEach((node) => {
        const { x, y } = node.position();
        const dx = turn ? -(y - centre.y) : x - centre.x;
        const dy = turn ? x - centre.x : y - centre.y;
        node.position({ x: centre.x + dx * stretchX, y: centre.y + dy * stretchY });
      });
    });
  }

  async function layoutAll({ keepPositions = false } = {}) {
    if (cy.nodes().length <= FORCE_LAYOUT_MAX_NODES) {
      await runLayout({
        name: 'cose',
        animate: false,
        randomize: !keepPositions,
        fit: false,
        padding: LAYOUT_PADDING,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 12000,
        edgeElasticity: () => 80,
        gravity: 0.5,
        numIter: 1200,
        componentSpacing: 80,
      });
      suitViewport();
      fit();
      return;
    }
    runningLayout?.stop();
    const positions = ringPositions(cy, rootId);
    cy.batch(() => cy.nodes().positions((node) => positions[node.id()]));
    fit();
  }

  /**
   * Fits the drawing into the canvas. Cytoscape's own fit measures every label, which costs more than the
   * whole layout on a thousand nodes; node centres plus a margin for the labels are enough here.
   */
  function fit() {
    const nodes = cy.nodes();
    if (nodes.empty() || cy.width() === 0) return;
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    nodes.forEach((node) => {
      const { x, y } = node.position();
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x);
      y2 = Math.max(y2, y);
    });
    const margin = { side: 56, top: 24, bottom: 40 };
    const width = x2 - x1 + 2 * margin.side;
    const height = y2 - y1 + margin.top + margin.bottom;
    const zoom = Math.min(MAX_FIT_ZOOM, (cy.width() - 2 * LAYOUT_PADDING) / width, (cy.height() - 2 * LAYOUT_PADDING) / height);
    const centre = { x: (x1 + x2) / 2, y: (y1 - margin.top + y2 + margin.bottom) / 2 };
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom } });
  }

  /** Where new nodes go before a layout: on a circle around the node they hang off, so the picture grows from there. */
  function placeAround(anchorId, newNodes) {
    const anchor = cy.getElementById(anchorId);
    const centre = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const radius = Math.max(90, newNodes.length * 7);
    newNodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / newNodes.length;
      node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  }

  function setRoot(id) {
    cy.nodes('.root').removeClass('root');
    rootId = id;
    cy.getElementById(id).addClass('root');
  }

  /** Adds what is not drawn yet and refreshes what is (an edge may have gained sources). Returns the new nodes. */
  function addElements(subgraph) {
    const nodes = subgraph.nodes.filter((n) => cy.getElementById(n.id).empty());
    const edges = [];
    for (const edge of subgraph.edges) {
      const drawn = cy.getElementById(edge.id);
      if (drawn.nonempty()) drawn.data(edgeElement(edge).data);
      else edges.push(edge);
    }
    let added = cy.collection();
    cy.batch(() => {
      added = cy.add(nodes.map(nodeElement));
      // Edges need both ends drawn; the server only returns edges between returned nodes, but be safe.
      const addedEdges = cy.add(edges.filter((e) => cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty()).map(edgeElement));
      // While a path is highlighted, what arrives is background like everything else off the path.
      if (highlighting) added.union(addedEdges).addClass('dimmed');
    });
    return added;
  }

  function moveKeyboardFocus(id) {
    cy.nodes('.kbd-focus').removeClass('kbd-focus');
    keyboardFocusId = id;
    const node = id ? cy.getElementById(id) : cy.collection();
    // The focus ring is for keyboard users; a mouse click shows the selection border alone.
    if (node.empty() || !(usingKeyboard || container.matches(':focus-visible'))) return;
    node.addClass('kbd-focus');
    const extent = cy.extent();
    const { x, y } = node.position();
    if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) cy.center(node);
    announce(`${node.data('label')}, ${node.data('type')}, ${node.degree()} connections. Enter shows and expands it.`);
  }

  /** The nearest node roughly in the direction of an arrow key, for moving through the canvas by keyboard. */
  function nodeInDirection(from, dx, dy) {
    const start = from.position();
    let best = null;
    let bestScore = Infinity;
    cy.nodes().forEach((node) => {
      if (node.same(from)) return;
      const { x, y } = node.position();
      const vx = x - start.x;
      const vy = y - start.y;
      const distance = Math.hypot(vx, vy);
      if (distance === 0) return;
      const alignment = (vx * dx + vy * dy) / distance;
      if (alignment < 0.5) return;
      const score = distance * (2 - alignment);
      if (score < bestScore) {
        bestScore = score;
        best = node;
      }
    });
    return best;
  }

  const ARROWS = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

  container.addEventListener('pointerdown', () => {
    usingKeyboard = false;
    cy.nodes('.kbd-focus').removeClass('kbd-focus');
  });
  container.addEventListener('keydown', (event) => {
    if (event.target !== container || cy.nodes().empty()) return;
    usingKeyboard = true;
    const current = keyboardFocusId ? cy.getElementById(keyboardFocusId) : cy.collection();
    if (ARROWS[event.key]) {
      event.preventDefault();
      const [dx, dy] = ARROWS[event.key];
      const next = current.nonempty() ? nodeInDirection(current, dx, dy) : cy.nodes()[0];
      if (next) moveKeyboardFocus(next.id());
    } else if ((event.key === 'Enter' || event.key === ' ') && current.nonempty()) {
      event.preventDefault();
      onNodeActivate(current.id());
    } else if (event.key === 'Home' && rootId) {
      event.preventDefault();
      moveKeyboardFocus(rootId);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '-') {
      event.preventDefault();
      cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '0') {
      event.preventDefault();
      fit();
    } else if (event.key === 'Escape') {
      onEscape();
    }
  });
  container.addEventListener('focus', () => {
    const start = [keyboardFocusId, lastSelectedNodeId, rootId].find((id) => id && cy.getElementById(id).nonempty());
    moveKeyboardFocus(start ?? cy.nodes().first().id() ?? null);
  });
  container.addEventListener('blur', () => cy.nodes('.kbd-focus').removeClass('kbd-focus'));

  return {
    cy,
    get rootId() {
      return rootId;
    },
    /** Draws a new graph around `id`; resolves once the layout has placed every node. */
    replace(subgraph, id) {
      runningLayout?.stop();
      highlighting = false;
      cy.elements().remove();
      addElements(subgraph);
      setRoot(id);
      keyboardFocusId = null;
      return layoutAll();
    },
    /** Merges a subgraph into the drawing, growing it from `anchorId`; returns how many nodes were added. */
    async merge(subgraph, anchorId) {
      const added = addElements(subgraph);
      if (added.empty()) return 0;
      placeAround(anchorId, added);
      // A large drawing keeps its layout for a few new nodes; many new ones get the rings redone.
      if (cy.nodes().length <= FORCE_LAYOUT_MAX_NODES) await layoutAll({ keepPositions: true });
      else if (added.length > MAX_NODES_PLACED_AROUND) await layoutAll();
      return added.length;
    },
    relayout: () => layoutAll(),
    fit,
    has: (id) => cy.getElementById(id).nonempty(),
    element: (id) => cy.getElementById(id),
    markSelected(id) {
      cy.elements('.selected').removeClass('selected');
      const element = id ? cy.getElementById(id) : cy.collection();
      element.addClass('selected');
      if (element.nonempty() && element.isNode()) {
        lastSelectedNodeId = id;
        // The keyboard carries on from whatever was selected last, by mouse or by key.
        if (document.activeElement === container) moveKeyboardFocus(id);
        else keyboardFocusId = id;
      }
    },
    highlight(nodeIds, edgeIds) {
      highlighting = true;
      cy.batch(() => {
        cy.elements().removeClass('on-path').addClass('dimmed');
        for (const id of [...nodeIds, ...edgeIds]) cy.getElementById(id).removeClass('dimmed').addClass('on-path');
      });
    },
    clearHighlight() {
      highlighting = false;
      cy.elements().removeClass('on-path dimmed');
    },
  };
}
