/**
 * The content script's User Timing entries are the page's to read too, so they are recorded
 * only once storage has said "diagnostics" (entrypoints/content/marks.ts); what was measured
 * before the answer waits for it.
 */
import { beforeEach, expect, test, vi } from 'vitest';

type Marks = typeof import('../../../entrypoints/content/marks');
let marks: Marks;

beforeEach(async () => {
  vi.resetModules();
  performance.clearMarks();
  performance.clearMeasures();
  marks = await import('../../../entrypoints/content/marks');
});

const ours = () =>
  performance
    .getEntries()
    .filter((e) => e.name.startsWith('geneva-lens:'))
    .map((e) => `${e.entryType} ${e.name}`);

test('nothing is recorded where diagnostics are off, including what waited for the answer', () => {
  marks.measureLatest(marks.MARK_GATE, performance.now());
  marks.markLatest(marks.MARK_SETTLED);
  expect(ours()).toEqual([]);
  marks.recordTimings(false);
  marks.markLatest(marks.MARK_SETTLED);
  marks.measureLatest(marks.MARK_ANNOTATE, performance.now());
  expect(ours()).toEqual([]);
});

test('with diagnostics on, waiting entries keep their own times, and only the latest of a name stays', () => {
  const start = performance.now();
  marks.measureLatest(marks.MARK_GATE, start);
  const before = performance.now();
  marks.markLatest(marks.MARK_SETTLED);
  marks.recordTimings(true);
  expect(ours()).toEqual(['measure geneva-lens:gate', 'mark geneva-lens:settled']);
  const [gate] = performance.getEntriesByName(marks.MARK_GATE);
  expect(gate!.startTime).toBe(start);
  expect(gate!.startTime + gate!.duration).toBeLessThanOrEqual(before);
  marks.markLatest(marks.MARK_SETTLED);
  expect(performance.getEntriesByName(marks.MARK_SETTLED)).toHaveLength(1);
});
