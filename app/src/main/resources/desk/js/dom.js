// The only way this page builds elements. Text goes in through textContent and attributes through
// setAttribute, so a title or body carrying markup stays text: every article is untrusted.

export function el(tag, props = {}, ...children) {
  return build(document.createElement(tag), props, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svgEl(tag, props = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

function build(node, props, children) {
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'data') {
      for (const [name, v] of Object.entries(value)) if (v !== null && v !== undefined) node.dataset[name] = String(v);
    } else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  // append() turns strings into text nodes.
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

// Rows act like buttons: Enter or Space opens them too, so the lists work from the keyboard.
export function activatable(node, action) {
  node.tabIndex = 0;
  node.addEventListener('click', action);
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action(event);
    }
  });
  return node;
}

// The label's own name (RELEVANT, POSSIBLY_RELEVANT, NOT_RELEVANT): the word the CLI and the API use too.
export function labelBadge(label) {
  return el('span', { class: `label ${label || ''}`, text: label || 'UNLABELLED' });
}
