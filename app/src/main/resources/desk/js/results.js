// The article list: what the search and filters find, newest first; live arrivals go on top.
import { activatable, el, labelBadge } from './dom.js';

export function articleRow(article, className, onOpen) {
  return activatable(el('li', { class: className, data: { id: article.id } },
    el('span', { class: 'title', text: article.title || `(untitled: ${article.originalFile || article.id})` }),
    el('span', { class: 'row-meta' },
      el('span', { text: article.date || '' }),
      labelBadge(article.label),
      typeof article.score === 'number' ? el('span', { text: `score ${article.score.toFixed(2)}` }) : null,
      article.source ? el('span', { text: article.source }) : null)), onOpen);
}

export function renderResults(list, articles, { onOpen, selectedId }) {
  list.replaceChildren(...articles.map((a) => articleRow(a, 'article-row', () => onOpen(a.id))));
  if (articles.length === 0) list.append(el('li', { class: 'muted', text: 'No articles for these filters.' }));
  selectArticle(list, selectedId);
}

export function prependLive(list, article, onOpen) {
  if (list.querySelector(`li.article-row[data-id="${CSS.escape(article.id)}"]`)) return false;
  list.querySelector('li.muted')?.remove();
  list.prepend(articleRow(article, 'article-row live-new', () => onOpen(article.id)));
  return true;
}

export function selectArticle(list, id) {
  for (const row of list.querySelectorAll('li.article-row')) row.classList.toggle('selected', row.dataset.id === id);
}
