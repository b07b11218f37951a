// Wires the desk together: URL state ⇄ filters, and the map, timeline, register, article list and reader.
import { api } from './api.js';
import { el } from './dom.js';
import { startLive } from './live.js';
import { createMap } from './map.js';
import { renderReader } from './reader.js';
import { renderIncidentDetail, renderRegister, selectRow } from './register.js';
import { prependLive, renderResults, selectArticle } from './results.js';
import { fillInputs, readInputs, readUrl, writeUrl } from './state.js';
import { createTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
// The gazetteer's province names, which is what the pipeline writes into incidents and weekly counts.
const PROVINCES = ['Balochistan', 'Khyber Pakhtunkhwa', 'Punjab', 'Sindh', 'Islamabad Capital Territory',
  'Gilgit-Baltistan', 'Azad Jammu and Kashmir'];

const state = readUrl();
const tickets = { articles: 0, incidents: 0, weeks: 0, article: 0, incident: 0 };
const map = createMap('map', { onOpen: openIncident });
const timeline = createTimeline($('timeline'), { onRange: setRangeFromTimeline });

function showError(error, kind = '') {
  // With no database every list fails; #empty-message already says why and what to do.
  const show = Boolean(error) && $('empty-message').hidden;
  const message = $('error-message');
  message.textContent = show ? `${DOING[kind] || 'The server answered'}: ${error.message}` : '';
  message.dataset.kind = kind;
  message.hidden = !show;
}

// Ignores answers that arrive after a newer request of the same kind was sent (typing fast in the search box).
async function latest(kind, request, apply) {
  const ticket = ++tickets[kind];
  try {
    const body = await request();
    if (ticket !== tickets[kind]) return;
    apply(body);
    if ($('error-message').dataset.kind === kind) showError(null); // the same request works again
  } catch (error) {
    if (ticket === tickets[kind]) showError(error, kind);
  }
}
const DOING = {
  articles: 'Could not list the articles',
  incidents: 'Could not load the incidents',
  article: 'Could not open the article',
  incident: 'Could not open the incident',
};

function refreshArticles() {
  return latest('articles', () => api.articles(state), ({ articles }) => {
    renderResults($('results'), articles, { onOpen: openArticle, selectedId: state.article });
    $('results-count').textContent = `(${articles.length}${articles.length >= 100 ? '+' : ''})`;
  });
}

function refreshIncidents() {
  return latest('incidents', () => api.incidents(state), ({ incidents }) => {
    map.show(incidents);
    renderRegister($('register'), incidents, { onOpen: openIncident, selectedId: state.incident });
  });
}

async function refreshWeeks() {
  const ticket = ++tickets.weeks;
  try {
    const { weeks } = await api.weeks($('timeline-province').value);
    if (ticket !== tickets.weeks) return;
    addProvinces(weeks.map((w) => w.province));
    timeline.render(weeks);
    timeline.setRange(state.from, state.to);
  } catch (error) {
    // The timeline is one panel among five: its failure is said there, not over the whole desk.
    if (ticket === tickets.weeks) timeline.fail(`No weekly counts: ${error.message}`);
  }
}

async function refreshStatus() {
  try {
    const status = await api.status();
    const message = $('empty-message');
    if (status.database === 'missing') {
      message.textContent = `No database to read: ${status.describe || 'none given'} does not exist or cannot be reached. `
        + 'Start the pipeline with `cpecwatch run`, or give `cpecwatch serve --db` an existing database.';
    } else if (status.database === 'empty') {
      message.textContent = `The database (${status.describe}) holds no articles yet. `
        + 'Drop article files into the inbox while `cpecwatch run` is going; they appear here without a reload.';
    }
    message.hidden = status.database !== 'missing' && status.database !== 'empty';
  } catch (error) {
    showError(error);
  }
}

function update(changes) {
  Object.assign(state, changes);
  writeUrl(state);
}

function applyFilters() {
  update(readInputs());
  showError(null);
  timeline.setRange(state.from, state.to);
  refreshArticles();
  refreshIncidents();
}

// While typing, the URL follows every key (it is what gets shared), the server only the pauses.
const refreshWhileTyping = debounce(applyFilters, 300);
function typed() {
  update(readInputs());
  refreshWhileTyping();
}

function setRangeFromTimeline(from, to) {
  $('from').value = from;
  $('to').value = to;
  applyFilters();
}

async function openArticle(id) {
  update({ article: id });
  selectArticle($('results'), id);
  await latest('article', () => api.article(id), (body) => {
    renderReader(body, { onOpenArticle: openArticle, onOpenIncident: openIncident });
    $('reader-title').focus({ preventScroll: true });
  });
}

async function openIncident(id) {
  update({ incident: id });
  selectRow($('register'), id, { reveal: true });
  map.select(id);
  map.reveal(id);
  await loadIncidentDetail(id);
}

function loadIncidentDetail(id) {
  return latest('incident', () => api.incident(id), (body) => {
    renderIncidentDetail($('incident-detail'), body, { onOpenArticle: openArticle });
  });
}

function closeReader() {
  update({ article: '' });
  $('reader').hidden = true;
  selectArticle($('results'), '');
}

function addProvinces(names) {
  for (const select of document.querySelectorAll('select.province-select')) {
    const have = new Set([...select.options].map((o) => o.value));
    for (const name of names) {
      if (name && !have.has(name)) {
        select.append(el('option', { value: name, text: name }));
        have.add(name);
      }
    }
  }
}

// Several events often arrive together (one file touches an article, an incident and a week): refresh once.
function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function onLiveArticle(article) {
  const filtered = ['q', 'label', 'category', 'province', 'group', 'from', 'to'].some((key) => state[key]);
  // Without filters every new article belongs on top; with filters only the server can tell, so ask it.
  if (filtered) liveArticlesRefresh();
  else prependLive($('results'), article, openArticle);
  liveOthersRefresh();
}

const liveArticlesRefresh = debounce(refreshArticles, 300);
const liveOthersRefresh = debounce(() => {
  refreshWeeks();
  if (!$('empty-message').hidden) refreshStatus();
}, 500);
const liveIncidentsRefresh = debounce(() => {
  refreshIncidents();
  refreshWeeks();
  if (state.incident) loadIncidentDetail(state.incident); // new reports or conflicts, without moving the map
}, 300);

function bind() {
  const form = $('filters');
  // Enter in any field submits (the form has a submit button): search now, not after the typing pause.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    applyFilters();
  });
  $('search').addEventListener('input', typed);
  $('filter-group').addEventListener('input', typed);
  for (const id of ['filter-label', 'filter-category', 'filter-province', 'from', 'to']) $(id).addEventListener('change', applyFilters);
  // "reset" fires before the inputs are cleared.
  form.addEventListener('reset', () => setTimeout(applyFilters, 0));
  $('timeline-province').addEventListener('change', () => {
    update({ weeks: $('timeline-province').value });
    refreshWeeks();
  });
  $('timeline-clear').addEventListener('click', () => setRangeFromTimeline('', ''));
  $('reader-close').addEventListener('click', closeReader);
}

async function start() {
  addProvinces(PROVINCES);
  addProvinces([state.province, state.weeks]);
  fillInputs(state);
  $('timeline-province').value = state.weeks || '';
  $('reader-title').tabIndex = -1;
  bind();
  await refreshStatus();
  refreshArticles();
  refreshIncidents();
  refreshWeeks();
  if (state.article) openArticle(state.article);
  if (state.incident) openIncident(state.incident);
  startLive($('live-status'), { onArticle: onLiveArticle, onIncident: () => liveIncidentsRefresh() });
}

start();
