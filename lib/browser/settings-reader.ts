/**
 * Read-only settings for the content script, straight from browser.storage: WXT's storage
 * layer costs about 5 kB of the content script's 60 kB budget, and the page only reads.
 * Same key, same repair as the storage item in storage.ts, which the extension's own pages
 * use to write (and the background to write back repaired values).
 */
import { browser } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { repairSettings } from '../settings/repair';

/** The key of WXT's `local:settings` item in browser.storage.local. */
export const SETTINGS_KEY = 'settings';

/** A stored settings value, repaired (or the defaults when there is none). */
export const repaired = (raw: unknown): Settings =>
  repairSettings(raw ?? DEFAULT_SETTINGS).settings;

/** Calls back with repaired settings whenever they change. Returns the unwatch function. */
export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) callback(repaired(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
