/**
 * The User Timing entries the content script records, for the benchmark (test/bench) and the
 * e2e tests, which read them from the page with performance.getEntriesByName. Only the latest
 * entry of each name is kept: a page open for hours with a live ticker would otherwise pile
 * ours up in its own timeline.
 */
/** Measure: deciding whether the page may hold a trigger (the page's innerText through the gate's regular expression). */
export const MARK_GATE = 'geneva-lens:gate';
/** Measure: a full-page walk + match + paint (wall time across its slices). */
export const MARK_ANNOTATE = 'geneva-lens:annotate';
/** Measure: one incremental rescan after page mutations. */
export const MARK_RESCAN = 'geneva-lens:rescan';
/** Mark: all queued work is done (after the gate, a full scan or a rescan). */
export const MARK_SETTLED = 'geneva-lens:settled';

export function markLatest(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

/** Records `name` as lasting from `start` until now. */
export function measureLatest(name: string, start: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}
