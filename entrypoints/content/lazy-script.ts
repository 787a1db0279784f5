/**
 * Loads one of the content script's lazy parts (lib/browser/messages.ts, LAZY_SCRIPT_PATHS)
 * into this world and returns what it hands over on its symbol. The script on every page stays
 * the trigger gate and little else: most pages never open it (principle 3).
 *
 * Chrome imports the file (web-accessible at a per-session URL). Firefox asks the background to
 * inject it into this frame instead: addons-linter rejects an import() whose URL is computed
 * (no-unsanitized), the URL of a moz-extension: file can only be, and an injected script
 * shares the content script's sandbox, so needs nothing web-accessible.
 */
import { browser } from '#imports';
import {
  LAZY_SCRIPT_PATHS,
  type LazyScript,
  type LazyScriptRequest,
} from '../../lib/browser/messages';

export async function loadLazyScript<T>(script: LazyScript, key: symbol): Promise<T> {
  const slot = globalThis as Record<symbol, unknown>;
  if (!slot[key]) {
    if (import.meta.env.FIREFOX) {
      await browser.runtime.sendMessage({
        type: 'lazy-script',
        script,
      } satisfies LazyScriptRequest);
    } else {
      await import(/* @vite-ignore */ browser.runtime.getURL(LAZY_SCRIPT_PATHS[script]));
    }
  }
  const handed = slot[key];
  if (handed === undefined) throw new Error(`Geneva Lens: ${script} did not load`);
  return handed as T;
}
