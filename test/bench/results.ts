/** What the bench measured, page by page, and the ratios DESIGN.md's Speed section sets. */
import type { FirstRenders } from './extension';
import type { BenchPage } from './pages';
import type { PeerSamples } from './peers';
import type { TraceSummary } from './trace';
import { median } from './format';

export interface PageResult {
  page: BenchPage;
  /**
   * Per timed load: gate ms, annotate ms (wall time across its slices; 0 when none recorded),
   * the part of it our code ran (busy), marks.
   */
  gate: number[];
  annotate: number[];
  busy: number[];
  marks: number[];
  /** Per timed load: the longest long task overlapping the content script's work, or 0. */
  longTask: number[];
  /** Per lightly traced load: the content script's evaluation, ms (trace.ts). */
  evaluate: number[];
  /** Per lightly traced load: all main-thread tasks that ran our code, evaluation included. */
  lightTasks: number[];
  /** Per lightly traced load: the longest of those tasks, ms. */
  lightLongest: number[];
  /** The same with the garbage collection inside each task taken out (trace.ts). */
  lightLongestOwn: number[];
  /** Pages without a trigger: all tasks per lightly traced load of the quiet peer. */
  quietPeer: number[];
  /**
   * The same three per load in a fresh tab, a renderer that has not compiled the script
   * before, as on a reader's first page of a site: `evaluate`, `lightTasks` and `quietPeer`
   * come from one tab that loads the page again and again.
   */
  coldEvaluate: number[];
  coldTasks: number[];
  coldPeer: number[];
  /** Loads on which the content script recorded no gate measure. */
  unmeasured: number;
  trace: TraceSummary | null;
  floor: PeerSamples;
  /** The floor in an isolated world, where a content script runs (for information). */
  floorIsolated: PeerSamples;
  naive?: PeerSamples;
  markjs?: PeerSamples;
}

export interface BundleSize {
  file: string;
  bytes: number;
  gzip: number;
  /** Not injected by the manifest: loaded by the content script when first needed. */
  lazy: boolean;
}

export interface Report {
  pages: PageResult[];
  bundles: BundleSize[];
  /** Fresh popup opens in a row, the first one cold (ExtensionRunner.firstRenders). */
  popupFirstRenders: FirstRenders;
  /** The same measure on a blank extension page, opened the same way right after. */
  blankFirstRenders: FirstRenders;
  aliasForms: number;
}

/**
 * Ours per load: the gate and the annotation it decided on, the main-thread time of both. The
 * peers find and mark in one synchronous run: the page's own work between our slices, which
 * the annotation's wall time holds, is not ours (`wall` = true counts it anyway).
 */
export function oursPerLoad(r: PageResult, wall = false): number[] {
  const annotation = wall ? r.annotate : r.busy;
  return r.gate.map((g, i) => g + (annotation[i] ?? 0));
}

export interface Ratios {
  page: string;
  markjs: number;
  /** mark.js stopped at its budget: its ratio is a lower bound. */
  markjsPartial: boolean;
  naive: number;
  floor: number;
}

export function ratiosOf(r: PageResult, wall = false): Ratios | null {
  const ours = median(oursPerLoad(r, wall));
  if (!r.naive || !r.markjs || !(ours > 0)) return null;
  return {
    page: r.page.name,
    markjs: median(r.markjs.ms) / ours,
    markjsPartial: r.markjs.work !== r.markjs.of,
    naive: median(r.naive.ms) / ours,
    floor: ours / median(r.floor.ms),
  };
}
