/**
 * A tiny element builder. Text always goes in as text nodes, never as HTML, so article text and names from
 * the graph cannot inject markup.
 */

/**
 * h('a', { href, class: 'x', onclick }, 'text', child) builds an element. Attributes set to null, undefined or
 * false are left out; `on…` functions become event listeners; arrays of children are flattened.
 */
export function h(tag, attributes = {}, ...children) {
  const element = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces everything inside `parent`. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/** Cuts text to about `max` characters at a word boundary, with an ellipsis. */
export function truncate(text, max) {
  const clean = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** "2024-11 (month)": a fact date as text with its precision. */
export function describeDate(date) {
  if (!date) return 'undated';
  return date.precision ? `${date.text} (${date.precision.toLowerCase()})` : date.text;
}
