import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettingsAndMatcher } from '../../../lib/browser/matcher-store';
import { watchStoredSettings } from '../../../lib/browser/settings-reader';
import { getSettings, updateSettings } from '../../../lib/browser/storage';
import { DEFAULT_SETTINGS, isSiteActive, type Settings } from '../../../lib/settings/schema';

beforeEach(() => {
  fakeBrowser.reset();
});

/** What the content script reads on a page whose gate stays shut: the settings alone. */
const readSettings = async () => (await readSettingsAndMatcher(undefined)).settings;

test('nothing stored reads as the defaults', async () => {
  await expect(readSettings()).resolves.toEqual(DEFAULT_SETTINGS);
});

test('reads what the storage item wrote, under the same key', async () => {
  await updateSettings({ style: 'both', pausedSites: ['example.org'] });
  const read = await readSettings();
  expect(read.style).toBe('both');
  expect(read.pausedSites).toEqual(['example.org']);
  expect(read).toEqual(await getSettings());
});

test('a corrupt stored value reads repaired, field by field', async () => {
  await fakeBrowser.storage.local.set({
    settings: { enabled: 'yes', hoverDelayMs: -5, style: 'both' },
  });
  const read = await readSettings();
  expect(read.enabled).toBe(DEFAULT_SETTINGS.enabled);
  expect(read.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  expect(read.style).toBe('both');
});

test('a v1 value read before the background migrated it pauses the site in both forms', async () => {
  await fakeBrowser.storage.local.set({
    settings: { ...DEFAULT_SETTINGS, pausedSites: ['www.nytimes.com'] },
  });
  const read = await readSettings();
  expect(read.pausedSites).toEqual(['nytimes.com']);
  expect(isSiteActive(read, 'nytimes.com')).toBe(false);
  expect(isSiteActive(read, 'www.nytimes.com')).toBe(false);
  expect(isSiteActive(read, 'cooking.nytimes.com')).toBe(true);
});

test('changes reach the watcher repaired, until it unwatches', async () => {
  const seen: Settings[] = [];
  const unwatch = watchStoredSettings((s) => seen.push(s));
  await updateSettings({ enabled: false });
  await fakeBrowser.storage.local.set({ settings: 'garbage' });
  await fakeBrowser.storage.local.set({ other: 1 });
  unwatch();
  await updateSettings({ enabled: true });
  expect(seen.map((s) => s.enabled)).toEqual([false, DEFAULT_SETTINGS.enabled]);
});
