// Server-sent events from /api/live while `cpecwatch run` stores articles. EventSource reconnects by itself;
// the status pill only says whether it is connected right now.

export function startLive(statusElement, { onArticle, onIncident }) {
  if (!('EventSource' in window)) {
    setStatus(statusElement, false, 'no live updates in this browser');
    return null;
  }
  const source = new EventSource('/api/live');
  source.addEventListener('open', () => setStatus(statusElement, true, 'live'));
  source.addEventListener('error', () => setStatus(statusElement, false,
    source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting…'));
  source.addEventListener('article', (event) => dispatch(event, onArticle));
  source.addEventListener('incident', (event) => dispatch(event, onIncident));
  window.addEventListener('pagehide', () => source.close());
  return source;
}

function setStatus(element, open, text) {
  element.textContent = text;
  element.classList.toggle('on', open);
}

function dispatch(event, handler) {
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return; // a malformed event is dropped; the next refresh brings the truth anyway
  }
  if (data && typeof data.id === 'string') handler(data);
}
