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

/** Gives the page a turn: `scheduler.yield()` keeps our place in line where it exists. */
export function yieldToPage(ctx: ContentScriptContext): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const turn =
    typeof scheduler?.yield === 'function'
      ? scheduler.yield()
      : // A context invalidated meanwhile clears the timer: the work simply never resumes.
        new Promise<void>((resume) => ctx.setTimeout(resume, 0));
  return turn.then(() => markLatest(MARK_SLICE));
}

export const deadline = (): number => performance.now() + SLICE_MS;
