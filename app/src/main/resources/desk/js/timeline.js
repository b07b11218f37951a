// Weekly bars of incidents and relevant articles, with a brush: drag across weeks to choose a date range.
// Drawn as plain SVG at the container's pixel width (redrawn on resize) so the text never stretches.
import { el, svgEl } from './dom.js';

const HEIGHT = 150;
const TOP = 8;
const BOTTOM = 22;
const SIDE = 6;
const DAY = 86400000;

export function addDays(isoDate, days) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

// Sums the provinces' rows per week and fills the weeks without rows, so the x axis is real time.
export function weekSeries(rows) {
  const byWeek = new Map();
  for (const row of rows) {
    const week = byWeek.get(row.weekStart) || { week: row.weekStart, incidents: 0, articles: 0 };
    week.incidents += row.incidents || 0;
    week.articles += row.relevantArticles || 0;
    byWeek.set(row.weekStart, week);
  }
  const known = [...byWeek.keys()].sort();
  if (known.length === 0) return [];
  const weeks = [];
  for (let week = known[0]; week <= known[known.length - 1]; week = addDays(week, 7)) {
    weeks.push(byWeek.get(week) || { week, incidents: 0, articles: 0 });
  }
  return weeks;
}

export function createTimeline(container, { onRange }) {
  let weeks = [];
  let range = { from: '', to: '' };
  let svg = null;

  function render(rows) {
    weeks = weekSeries(rows);
    draw();
  }

  function setRange(from, to) {
    range = { from: from || '', to: to || '' };
    if (!svg) return;
    for (const bar of svg.querySelectorAll('.week-bar')) bar.classList.toggle('in-range', inRange(bar.dataset.week));
  }

  const inRange = (week) => Boolean(range.from || range.to)
    && (!range.to || week <= range.to) && (!range.from || addDays(week, 6) >= range.from);

  function draw() {
    container.replaceChildren();
    svg = null;
    if (weeks.length === 0) {
      container.append(el('p', { class: 'none', text: 'No weekly counts yet.' }));
      return;
    }
    const width = Math.max(container.clientWidth, 300);
    const column = (width - 2 * SIDE) / weeks.length;
    const plot = HEIGHT - TOP - BOTTOM;
    const max = Math.max(1, ...weeks.map((w) => Math.max(w.incidents, w.articles)));
    // Square-root heights: one busy week (a backlog ingested on one day) must not flatten every other week to nothing.
    const scale = (n) => (Math.sqrt(n) / Math.sqrt(max)) * plot;
    svg = svgEl('svg', { viewBox: `0 0 ${width} ${HEIGHT}`, role: 'img', 'aria-label': 'Incidents and relevant articles per week' });
    weeks.forEach((w, i) => {
      const x = SIDE + i * column;
      const bar = svgEl('rect', {
        class: `week-bar${w.incidents || w.articles ? ' has-data' : ''}${inRange(w.week) ? ' in-range' : ''}`,
        x, y: TOP, width: column, height: plot,
        data: { week: w.week, incidents: w.incidents, articles: w.articles },
      }, svgEl('title', { text: `Week of ${w.week}: ${w.incidents} incidents, ${w.articles} relevant articles` }));
      svg.append(bar);
      const inner = Math.max(column * 0.4, 2); // a lone week in a long range must still show
      if (w.articles) svg.append(svgEl('rect', { class: 'series-articles', x: x + column * 0.1, y: TOP + plot - scale(w.articles), width: inner, height: scale(w.articles) }));
      if (w.incidents) svg.append(svgEl('rect', { class: 'series-incidents', x: x + column * 0.5, y: TOP + plot - scale(w.incidents), width: inner, height: scale(w.incidents) }));
    });
    svg.append(svgEl('line', { class: 'axis', x1: SIDE, x2: width - SIDE, y1: TOP + plot, y2: TOP + plot }));
    drawTicks(column, width);
    svg.append(svgEl('text', { class: 'tick', x: SIDE, y: TOP + 8, text: `max ${max} (√ scale)` }));
    container.append(svg);
    attachBrush(column);
  }

  // A label at the first week of a month, unless the previous label is too close.
  function drawTicks(column, width) {
    let lastX = -Infinity;
    weeks.forEach((w, i) => {
      const x = SIDE + i * column;
      const firstOfMonth = Number(w.week.slice(8, 10)) <= 7 || i === 0;
      if (!firstOfMonth || x - lastX < 56 || x > width - 50) return;
      lastX = x;
      const label = new Date(`${w.week}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
      svg.append(svgEl('text', { class: 'tick', x, y: HEIGHT - 6, text: label }));
    });
  }

  function attachBrush(column) {
    const indexAt = (clientX) => {
      const x = clientX - svg.getBoundingClientRect().left;
      return Math.min(weeks.length - 1, Math.max(0, Math.floor((x - SIDE) / column)));
    };
    let start = null;
    let brush = null;
    svg.addEventListener('pointerdown', (event) => {
      start = { index: indexAt(event.clientX), x: event.clientX };
      svg.setPointerCapture(event.pointerId);
      brush = svgEl('rect', { class: 'brush', y: TOP, height: HEIGHT - TOP - BOTTOM });
      svg.append(brush);
      moveBrush(start.index, start.index);
    });
    svg.addEventListener('pointermove', (event) => {
      if (start) moveBrush(start.index, indexAt(event.clientX));
    });
    svg.addEventListener('pointerup', (event) => {
      if (!start) return;
      const end = indexAt(event.clientX);
      const [a, b] = [Math.min(start.index, end), Math.max(start.index, end)];
      start = null;
      brush.remove();
      onRange(weeks[a].week, addDays(weeks[b].week, 6));
    });
    svg.addEventListener('pointercancel', () => {
      start = null;
      brush?.remove();
    });
    function moveBrush(i, j) {
      const [a, b] = [Math.min(i, j), Math.max(i, j)];
      brush.setAttribute('x', SIDE + a * column);
      brush.setAttribute('width', (b - a + 1) * column);
    }
  }

  new ResizeObserver(() => { if (weeks.length) draw(); }).observe(container);
  function fail(message) {
    weeks = [];
    svg = null;
    container.replaceChildren(el('p', { class: 'none', text: message }));
  }

  return { render, setRange, fail };
}
