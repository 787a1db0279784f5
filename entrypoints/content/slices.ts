/**
 * Long work is cut into slices of at most SLICE_MS, with a yield to the page between them, so
 * no task of ours comes near the 50 ms long-task line (issue 3), even on a 2 MB page.
 */
import type { ContentScriptContext } from '#imports';
import { MARK_SLICE, markLatest } from './marks';

export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** The end of the running task's slice; undefined until some work of that task asks. */
let sliceEnd: number | undefined;

/**
 * Time spent waiting, ms, since the script started: yielded to the page, or waiting for the
 * matcher. A job's wall time less what this grew by meanwhile is the main-thread time it took
 * (its `busy` time, marks.ts); the page's own work between our slices is not in it.
 */
let waitedMs = 0;

/** When a job started, for its busy time. */
export interface JobStart {
  at: number;
  waited: number;
}

export const jobStart = (): JobStart => ({ at: performance.now(), waited: waitedMs });

/** The main-thread time of a job so far: its wall time less what it waited meanwhile. */
export const busySince = (start: JobStart): number =>
  performance.now() - start.at - (waitedMs - start.waited);

/** Awaits `p`, counting the time until it settles as waited (see `timeWaited`). */
export async function waitFor<T>(p: Promise<T>): Promise<T> {
  const from = performance.now();
  try {
    return await p;
  } finally {
    waitedMs += performance.now() - from;
  }
}

/**
 * When the running task's slice ends. A scan's phases (walk, candidates, match, paint) follow
 * one another without a yield when each finishes early, so they share one budget here: with
 * a budget each, one task ran up to four of them back to back (20–37 ms on the bench's pages).
 */
export function deadline(): number {
  if (sliceEnd === undefined) {
    const end = performance.now() + SLICE_MS;
    sliceEnd = end;
    // A task can also end by awaiting something else (storage, a message): the slice ends
    // with it. A task that comes before this timer only gets what is left of this slice.
    // Not one of ctx's timers (DESIGN.md): it only forgets a number, harmless after a reload.
    setTimeout(() => {
      if (sliceEnd === end) sliceEnd = undefined;
    }, 0);
  }
  return sliceEnd;
}

/**
 * Starts the running task's slice now, unless it has one: a job's budget counts from its
 * start, so what it does before its first sliced loop (reading the settings' reply, unpacking
 * the matcher) is inside the budget, not before it.
 */
export function startSlice(): void {
  deadline();
}

/** Gives the page a turn: `scheduler.yield()` keeps our place in line where it exists. */
export function yieldToPage(ctx: ContentScriptContext): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const turn =
    typeof scheduler?.yield === 'function'
      ? scheduler.yield()
      : // A context invalidated meanwhile clears the timer: the work simply never resumes.
        new Promise<void>((resume) => ctx.setTimeout(resume, 0));
  return waitFor(turn).then(() => {
    sliceEnd = undefined;
    markLatest(MARK_SLICE);
  });
}
