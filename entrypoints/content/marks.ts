/**
 * Names of the User Timing entries the content script records, for the benchmark
 * (test/bench) and the e2e tests, which read them from the page with
 * performance.getEntriesByName.
 */
/** Measure: deciding whether the page may hold a trigger (compile + textContent + prefilter). */
export const MARK_GATE = 'geneva-lens:gate';
/** Measure: a full-page walk + match + paint (wall time across its slices). */
export const MARK_ANNOTATE = 'geneva-lens:annotate';
/** Measure: one incremental rescan after page mutations. */
export const MARK_RESCAN = 'geneva-lens:rescan';
/** Mark: all queued work is done (after the gate, a full scan or a rescan). */
export const MARK_SETTLED = 'geneva-lens:settled';
