/**
 * The content script's matcher, kept in browser.storage.local by the background, so a page
 * whose gate opens gets it in the same storage read as its settings: one round trip, where a
 * message to the background took 13–20 ms and woke its service worker (issue 3, Speed). The
 * message stays as the fallback while the store is empty or holds another build's matcher.
 */
import { browser } from '#imports';
import type { MatcherData } from '../match/types';
import type { Settings } from '../settings/schema';
import { SETTINGS_KEY, repaired } from './settings-reader';

export const MATCHER_KEY = 'matcher';
/**
 * `true` only in the test and bench browsers, which set it: the content script then records
 * its User Timing entries (entrypoints/content/marks.ts). The extension never writes it.
 */
export const DIAGNOSTICS_KEY = 'diagnostics';
/** The stored matcher's id, read alone: the background compares it without the 85 kB. */
export const MATCHER_ID_KEY = 'matcher-id';

/** Background: stores the matcher unless this build's is there already. */
export async function storeMatcher(matcher: MatcherData): Promise<void> {
  const stored = await browser.storage.local.get(MATCHER_ID_KEY);
  if (stored[MATCHER_ID_KEY] === matcher.id) return;
  await browser.storage.local.set({ [MATCHER_KEY]: matcher, [MATCHER_ID_KEY]: matcher.id });
}

/** The stored matcher, if it is this build's (`id`, from the gate the content script ships). */
export function matcherOfBuild(raw: unknown, id: string | undefined): MatcherData | undefined {
  const data = raw as Partial<MatcherData> | null | undefined;
  if (!id || data?.id !== id || !data.trie || !Array.isArray(data.entities)) return undefined;
  return data as MatcherData;
}

/**
 * Content script: the settings, the diagnostics switch and, when `id` is given (the gate
 * opened), this build's stored matcher, in one storage read.
 */
export async function readSettingsAndMatcher(
  id: string | undefined,
): Promise<{ settings: Settings; matcher: MatcherData | undefined; diagnostics: boolean }> {
  const keys = [SETTINGS_KEY, DIAGNOSTICS_KEY];
  const stored = await browser.storage.local.get(id ? [...keys, MATCHER_KEY] : keys);
  return {
    settings: repaired(stored[SETTINGS_KEY]),
    matcher: matcherOfBuild(stored[MATCHER_KEY], id),
    diagnostics: stored[DIAGNOSTICS_KEY] === true,
  };
}
