/**
 * After an SPA navigation the page renders its new view when it likes: at once, after a data
 * fetch, in a later task. A full scan at the navigation itself read the old view and carried
 * its trigger over to the new one. This waits for the page's DOM to change and then be quiet
 * for QUIET_MS, or MAX_WAIT_MS at most (a view that streams in for longer is followed by the
 * mutation rescans), then calls back once. A router that renders before it pushes the URL
 * changes nothing after it: where the page added nodes just before the report, quiet from the
 * report on is enough.
 */
import type { ContentScriptContext } from '#imports';
import { OBSERVE } from './mutation-batch';

const QUIET_MS = 150;
const MAX_WAIT_MS = 2000;
/**
 * Nodes added this close before the report belong to the navigation: the router's render in
 * the same task (its records reach observers after the report) or the one before. Earlier ones
 * are the old view's, a ticker's, or the previous navigation's, and starting the quiet wait on
 * them read the old view of a router that renders after a fetch (with 100 ms, Firefox's e2e
 * navigating twice in a row hit that).
 */
const JUST_BEFORE_MS = 20;

/**
 * WXT reports a location change as it happens where the Navigation API exists (Chromium, and
 * Firefox since it has one), and otherwise by polling once a second: the new view may be there
 * already, so a page that stays quiet from the report on has settled.
 */
const REPORTED_LATE =
  typeof (globalThis as { navigation?: EventTarget }).navigation?.addEventListener !== 'function';

/**
 * Calls `then` once the page has settled; the returned function cancels the wait.
 * `lastAdded` is the page clock's time of the latest nodes the page added (mutation-batch.ts).
 */
export function afterViewSettles(
  ctx: ContentScriptContext,
  then: () => void,
  lastAdded: () => number,
): () => void {
  const reportedAt = performance.now();
  let quiet: number | undefined;
  let done = false;
  const finish = () => {
    if (done) return;
    cancel();
    then();
  };
  const cancel = () => {
    done = true;
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(cap);
    unlisten();
  };
  const observer = new MutationObserver(() => {
    clearTimeout(quiet);
    quiet = ctx.setTimeout(finish, QUIET_MS);
  });
  observer.observe(document, OBSERVE);
  if (REPORTED_LATE) quiet = ctx.setTimeout(finish, QUIET_MS);
  // Asked after this task: a router's render in the same task reaches observers only then.
  else
    ctx.setTimeout(() => {
      if (!done && quiet === undefined && lastAdded() >= reportedAt - JUST_BEFORE_MS) {
        quiet = ctx.setTimeout(finish, QUIET_MS);
      }
    }, 0);
  const cap = ctx.setTimeout(finish, MAX_WAIT_MS);
  // Removed again when the wait ends: an SPA session may navigate hundreds of times.
  const unlisten = ctx.onInvalidated(cancel);
  return cancel;
}
