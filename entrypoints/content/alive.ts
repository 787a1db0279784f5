/**
 * Chrome leaves a content script running after its extension is reloaded or updated, and
 * WXT's context only notices (ctx.onInvalidated) when asked: its location watcher uses the
 * Navigation API, not a timer. A page with marks asks once a second, so a reload clears them.
 */
import type { ContentScriptContext } from '#imports';

const ALIVE_CHECK_MS = 1000;

const watched = new WeakSet<ContentScriptContext>();

export function watchExtensionAlive(ctx: ContentScriptContext): void {
  if (watched.has(ctx)) return;
  watched.add(ctx);
  const id = setInterval(() => {
    // Reading isInvalid runs the context's own check; a lost extension fires onInvalidated.
    if (ctx.isInvalid) clearInterval(id);
  }, ALIVE_CHECK_MS);
  ctx.onInvalidated(() => clearInterval(id));
}
