/**
 * The content script's matcher, kept in browser.storage.local by the background, so a page
 * whose gate opens gets it in the same storage read as its settings: one round trip, where a
 * message to the background took 13–20 ms and woke its service worker (issue 3, Speed). The
 * message stays as the fallback while the store is empty or holds another build's matcher.
 *
 * It is stored as JSON text, not as an object: Chrome hands a stored object to the page as a
 * tree of values converted one by one (the trie is some 16,000 numbers). Measured in Chromium
 * 156: the object's read took 9–12 ms with a 5–6 ms task on the page's main thread; the text's
 * takes 2–3 ms with a task under 1 ms, and JSON.parse under 1 ms more.
 */
import { browser } from '#imports';
import type { MatcherData } from '../match/types';
import type { Settings } from '../settings/schema';
import { SETTINGS_KEY, repaired } from './settings-reader';

export const MATCHER_KEY = 'matcher-json';
/**
 * `true` only in the test and bench browsers, which set it: the content script then records
 * its User Timing entries (entrypoints/content/marks.ts). The extension never writes it.
 */
export const DIAGNOSTICS_KEY = 'diagnostics';
/** The stored matcher's id, read alone: the background compares it without the 90 kB. */
export const MATCHER_ID_KEY = 'matcher-json-id';
/** Where earlier builds kept the matcher, as an object: removed, so it is not stored twice. */
const LEGACY_KEY = 'matcher';
const LEGACY_ID_KEY = 'matcher-id';

/** Background: stores the matcher unless this build's is there already. */
export async function storeMatcher(matcher: MatcherData): Promise<void> {
  const stored = await browser.storage.local.get([MATCHER_ID_KEY, LEGACY_ID_KEY]);
  if (stored[MATCHER_ID_KEY] === matcher.id) return;
  await browser.storage.local.set({
    [MATCHER_KEY]: JSON.stringify(matcher),
    [MATCHER_ID_KEY]: matcher.id,
  });
  if (stored[LEGACY_ID_KEY] !== undefined)
    await browser.storage.local.remove([LEGACY_KEY, LEGACY_ID_KEY]);
}

/** The stored matcher text, if it holds this build's matcher (`id`, from the shipped gate). */
export function matcherOfBuild(raw: unknown, id: string | undefined): MatcherData | undefined {
  if (!id || typeof raw !== 'string') return undefined;
  let data: Partial<MatcherData> | null;
  try {
    data = JSON.parse(raw) as Partial<MatcherData> | null;
  } catch {
    return undefined;
  }
  if (data?.id !== id || !data.trie || !Array.isArray(data.entities)) return undefined;
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
