// The incident register (newest first, as the API sends it) and the opened incident with its reports.
import { activatable, el } from './dom.js';
import { articleRow } from './results.js';

export function casualties(total, chinese) {
  // A report may name the Chinese victims without a total: say what is known rather than a dash.
  if (total === null || total === undefined) return chinese ? `${chinese} Chinese, total unknown` : '–';
  return chinese ? `${total} (${chinese} Chinese)` : String(total);
}

// "Islamabad, Islamabad" says nothing twice.
function where({ place, province }) {
  return [place, province && !(place || '').startsWith(province) ? province : null].filter(Boolean).join(', ');
}

export function renderRegister(table, incidents, { onOpen, selectedId }) {
  const tbody = table.tBodies[0];
  tbody.replaceChildren(...incidents.map((incident) => {
    const row = el('tr', {
      class: `incident-row${incident.background ? ' background' : ''}`,
      data: { id: incident.id },
      title: incident.background ? 'only mentioned as background' : null,
    },
    el('td', {}, el('span', { class: `type-chip type-${incident.type}` }), incident.type || '–'),
    el('td', {}, incident.date || '–', ' ', el('span', { class: 'precision', text: incident.datePrecision ? `(${incident.datePrecision.toLowerCase()})` : '' })),
    el('td', {}, where(incident) || '–'),
    el('td', { class: 'num' }, casualties(incident.killed, incident.chineseKilled)),
    el('td', { class: 'num' }, casualties(incident.injured, incident.chineseInjured)),
    el('td', {}, (incident.perpetrator || '–') + (incident.claimed ? ' (claimed)' : '')),
    el('td', { class: 'num' }, String(incident.reports ?? 0)),
    el('td', { class: 'num' }, incident.conflicts ? String(incident.conflicts) : ''));
    return activatable(row, () => onOpen(incident.id));
  }));
  if (incidents.length === 0) {
    tbody.append(el('tr', {}, el('td', { colspan: 8, class: 'muted', text: 'No incidents for these filters.' })));
  }
  selectRow(table, selectedId);
}

export function selectRow(table, id, { reveal = false } = {}) {
  for (const row of table.querySelectorAll('tr.incident-row')) {
    const selected = row.dataset.id === id;
    row.classList.toggle('selected', selected);
    row.setAttribute('aria-selected', String(selected));
    if (selected && reveal) scrollWithin(row.closest('.scroll'), row, table.tHead.offsetHeight);
  }
}

// Scrolls only the register's own box: scrollIntoView would also move the page away from the map just clicked.
function scrollWithin(box, row, stickyHeader) {
  if (!box) return;
  const boxRect = box.getBoundingClientRect();
  const rowRect = row.getBoundingClientRect();
  if (rowRect.top < boxRect.top + stickyHeader) box.scrollTop -= boxRect.top + stickyHeader - rowRect.top;
  else if (rowRect.bottom > boxRect.bottom) box.scrollTop += rowRect.bottom - boxRect.bottom;
}

export function renderIncidentDetail(section, { incident, conflicts = [], reports = [] }, { onOpenArticle }) {
  section.querySelector('#incident-title').textContent =
    `${incident.type} · ${incident.date || 'date unknown'} · ${where(incident) || 'place unknown'}`
    + ` · ${casualties(incident.killed, incident.chineseKilled)} killed, ${casualties(incident.injured, incident.chineseInjured)} injured`;
  section.querySelector('#incident-conflicts').replaceChildren(...conflicts.map((c) =>
    el('li', { text: `${c.field}: ${c.value} according to ${c.articleIds.length} report(s)` })));
  section.querySelector('#incident-reports').replaceChildren(...reports.map((a) =>
    articleRow(a, 'report-row', () => onOpenArticle(a.id))));
  section.hidden = false;
}
