// The reader: one article, its label, score and reasons, with every evidence span marked in the clean text.
import { activatable, el, labelBadge } from './dom.js';

const $ = (id) => document.getElementById(id);

// Spans from several reasons and categories overlap; nested <mark>s would be unreadable, so they are merged.
// Offsets are UTF-16 indices into cleanText, exactly what JavaScript strings use.
export function mergeSpans(spans, length) {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end))
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end), notes: [s.note].filter(Boolean) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of valid) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.notes.push(...span.notes);
    } else {
      merged.push(span);
    }
  }
  return merged;
}

export function highlighted(text, spans) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of mergeSpans(spans, text.length)) {
    if (span.start > at) fragment.append(document.createTextNode(text.slice(at, span.start)));
    fragment.append(el('mark', { class: 'evidence', title: [...new Set(span.notes)].join('; ') || null, text: text.slice(span.start, span.end) }));
    at = span.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

export function evidenceSpans(article) {
  const spans = [];
  for (const reason of article.relevance?.reasons || []) {
    for (const e of reason.evidence || []) spans.push({ ...e, note: reason.description || reason.rule });
  }
  for (const category of article.categories || []) {
    for (const e of category.evidence || []) spans.push({ ...e, note: `category ${category.category}` });
  }
  return spans;
}

// Only http(s) becomes a link: a script-scheme or data URL in an article's metadata stays inert text.
export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function renderReader({ article, url, incidents = [], story = [] }, { onOpenArticle, onOpenIncident }) {
  const relevance = article.relevance || {};
  $('reader-title').textContent = article.title || untitled(article);
  $('reader-label').replaceWith(Object.assign(labelBadge(relevance.label), { id: 'reader-label' }));
  $('reader-score').textContent = typeof relevance.score === 'number' ? relevance.score.toFixed(2) : '–';
  $('reader-date').textContent = article.publishedDate || '';

  const link = $('reader-url');
  const href = safeUrl(url ?? article.metadata?.url);
  if (href) {
    link.setAttribute('href', href);
    link.title = href;
  } else {
    link.removeAttribute('href');
  }
  link.hidden = !href;

  $('reader-reasons').replaceChildren(...(relevance.reasons || []).map((r) =>
    el('li', {}, r.description || r.rule, ' ', el('span', { class: 'weight', text: `(${formatWeight(r.weight)})` }))));
  $('reader-text').replaceChildren(highlighted(article.cleanText || '', evidenceSpans(article)));
  $('reader-categories').replaceChildren(...(article.categories || []).map((c) =>
    el('li', { text: `${c.category} (${(c.evidence || []).length} evidence)` })));
  $('reader-entities').replaceChildren(...(article.entities || []).map((e) =>
    el('li', {}, el('span', { class: 'muted', text: `${e.type} ` }), e.name)));
  $('reader-incidents').replaceChildren(...incidents.map((i) =>
    activatable(el('li', { class: 'clickable', data: { id: i.id }, text: [i.type, i.date, i.place].filter(Boolean).join(' · ') }), () => onOpenIncident(i.id))));
  $('reader-story').replaceChildren(...story.map((s) =>
    activatable(el('li', { class: 'clickable', data: { id: s.id } }, `${s.date || ''} `, s.title || '(untitled)'), () => onOpenArticle(s.id))));
  for (const id of ['reader-categories', 'reader-entities', 'reader-incidents', 'reader-story']) {
    if (!$(id).children.length) $(id).append(el('li', { class: 'muted', text: 'none' }));
  }
  $('reader').hidden = false;
}

// Many sources carry no title: the first line of the text says more than a file name.
function untitled(article) {
  const firstLine = (article.cleanText || '').split('\n').find((line) => line.trim()) || '';
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine || `(untitled: ${article.sourceFile || article.id})`;
}

const formatWeight = (w) => (typeof w === 'number' ? (w > 0 ? `+${w}` : String(w)) : '?');
