/**
 * The User Timing entries the content script records, for the benchmark (test/bench) and the
 * e2e tests, which read them from the page with performance.getEntriesByName. The page's own
 * scripts can read them too, and analytics that collect every entry would report the
 * extension to their servers: so they are recorded only where storage holds
 * `diagnostics: true` (DIAGNOSTICS_KEY), which the tests and the bench set and nothing in the
 * extension ever does. Only the latest entry of each name is kept: a page open for hours with
 * a live ticker would otherwise pile ours up in its own timeline.
 */
/**
 * Measure: deciding whether the page may hold a trigger: the page's innerText through the
 * gate's regular expression, or on a very large document only its size (gate-text.ts).
 */
export const MARK_GATE = 'geneva-lens:gate';
/**
 * Measure: a full-page walk + match + paint (wall time across its slices); its
 * `detail.busy` is the part of it our code ran (slices.ts `busySince`).
 */
export const MARK_ANNOTATE = 'geneva-lens:annotate';
/** Mark: a full-page scan starts (whether or not it finds a trigger to paint). */
export const MARK_SCAN = 'geneva-lens:scan';
/** Measure: one incremental rescan after page mutations (with `detail.busy`, as annotate). */
export const MARK_RESCAN = 'geneva-lens:rescan';
/** Mark: all queued work is done (after the gate, a full scan or a rescan). */
export const MARK_SETTLED = 'geneva-lens:settled';
/**
 * Mark: sliced work resumes after yielding to the page. A trace ties the resumed slice's task
 * to no script (it runs as a microtask), so the bench finds our tasks by this mark.
 */
export const MARK_SLICE = 'geneva-lens:slice';

/** Unknown until the first storage read; entries taken before it wait for its answer. */
let recording: boolean | undefined;
const waiting: (() => void)[] = [];

/** Says whether to record (from storage): records what waited, or drops it. */
export function recordTimings(on: boolean): void {
  recording = on;
  const pending = waiting.splice(0);
  if (on) pending.forEach((entry) => entry());
}

function record(entry: () => void): void {
  if (recording) entry();
  else if (recording === undefined) waiting.push(entry);
}

export function markLatest(name: string): void {
  const at = performance.now();
  record(() => {
    performance.clearMarks(name);
    performance.mark(name, { startTime: at });
  });
}

/**
 * Records `name` as lasting from `start` until now. `busy` (ms), where given, is the part of
 * that our code ran (slices.ts `busySince`): a sliced job's wall time also holds the page's
 * own work between slices. It goes in the entry's `detail`.
 */
export function measureLatest(name: string, start: number, busy?: number): void {
  const end = performance.now();
  record(() => {
    performance.clearMeasures(name);
    performance.measure(name, { start, end, ...(busy === undefined ? {} : { detail: { busy } }) });
  });
}
