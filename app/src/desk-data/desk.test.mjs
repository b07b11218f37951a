// The desk's pure helpers, without a browser: node --test app/src/desk-data/desk.test.mjs
import assert from 'node:assert/strict';
import test from 'node:test';
import { mergeSpans, safeUrl } from '../main/resources/desk/js/reader.js';
import { addDays, weekSeries } from '../main/resources/desk/js/timeline.js';

test('overlapping and touching evidence spans become one, clamped to the text', () => {
  const merged = mergeSpans([{ start: 10, end: 20 }, { start: 0, end: 5 }, { start: 15, end: 30 }, { start: 30, end: 32 },
    { start: 40, end: 99 }, { start: 7, end: 7 }, { start: 'x', end: 3 }], 50);
  assert.deepEqual(merged.map((s) => [s.start, s.end]), [[0, 5], [10, 32], [40, 50]]);
});

test('only http and https URLs become links', () => {
  assert.equal(safeUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(safeUrl('http://example.org/'), 'http://example.org/');
  assert.equal(safeUrl('javascript:alert(1)'), null);
  assert.equal(safeUrl(' JaVaScRiPt:alert(1)'), null);
  assert.equal(safeUrl('data:text/html,<script>'), null);
  assert.equal(safeUrl('/relative'), null);
  assert.equal(safeUrl(null), null);
});

test('weeks are summed over provinces and the gaps between them filled', () => {
  const weeks = weekSeries([
    { province: 'Sindh', weekStart: '2024-04-15', relevantArticles: 3, incidents: 2 },
    { province: 'Balochistan', weekStart: '2024-04-15', relevantArticles: 1, incidents: 0 },
    { province: 'Sindh', weekStart: '2024-05-06', relevantArticles: 0, incidents: 1 },
  ]);
  assert.deepEqual(weeks.map((w) => [w.week, w.incidents, w.articles]),
    [['2024-04-15', 2, 4], ['2024-04-22', 0, 0], ['2024-04-29', 0, 0], ['2024-05-06', 1, 0]]);
  assert.equal(addDays('2024-12-30', 6), '2025-01-05');
});
