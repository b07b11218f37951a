// What the analyst is looking at lives in the URL, so a view can be shared or reloaded as it was.

export const FILTER_INPUTS = {
  q: 'search',
  label: 'filter-label',
  category: 'filter-category',
  province: 'filter-province',
  group: 'filter-group',
  from: 'from',
  to: 'to',
};
// weeks: the province the timeline shows, which filters nothing else.
const KEYS = [...Object.keys(FILTER_INPUTS), 'weeks', 'article', 'incident'];

export function readUrl() {
  const params = new URLSearchParams(window.location.search);
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key) || '']));
}

// replaceState, not pushState: filtering is not navigation, Back should leave the desk.
export function writeUrl(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key]) params.set(key, state[key]);
  const query = params.toString();
  window.history.replaceState(null, '', query ? `${window.location.pathname}?${query}` : window.location.pathname);
}

export function readInputs() {
  return Object.fromEntries(Object.entries(FILTER_INPUTS).map(([key, inputId]) =>
    [key, document.getElementById(inputId).value.trim()]));
}

export function fillInputs(state) {
  for (const [key, inputId] of Object.entries(FILTER_INPUTS)) document.getElementById(inputId).value = state[key] || '';
}
