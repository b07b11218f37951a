// The desk's only door to the server: the read-only JSON API of `cpecwatch serve` (GET only).

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // an error page that is not JSON: the status line says enough
  }
  if (!response.ok) throw new ApiError(body?.error || `${response.status} ${response.statusText}`, response.status);
  return body;
}

const id = (value) => encodeURIComponent(value);

export const api = {
  status: () => getJson('/api/status'),
  articles: ({ q, label, category, province, group, from, to }) =>
    getJson('/api/articles', { q, label, category, province, group, from, to, limit: 100 }),
  article: (articleId) => getJson(`/api/articles/${id(articleId)}`),
  incidents: ({ province, from, to }) => getJson('/api/incidents', { province, from, to, limit: 500 }),
  incident: (incidentId) => getJson(`/api/incidents/${id(incidentId)}`),
  weeks: (province) => getJson('/api/weeks', { province }),
};
