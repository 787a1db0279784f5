import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, updateSettings, watchSettings } from '../../../lib/browser/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

beforeEach(() => {
  fakeBrowser.reset();
});

test('nothing stored: the defaults', async () => {
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
});

test('a corrupt stored value is read as repaired settings and written back clean', async () => {
  await fakeBrowser.storage.local.set({
    settings: {
      enabled: 'no',
      style: 'both',
      hoverDelayMs: -5,
      pausedSites: ['A.com', 3],
      types: null,
    },
  });
  const expected: Settings = { ...DEFAULT_SETTINGS, style: 'both', pausedSites: ['a.com'] };
  expect(await getSettings()).toEqual(expected);
  expect(await stored()).toEqual(expected);
});

test('updates merge into what is stored and are repaired before they are written', async () => {
  await updateSettings({ triggerMode: 'all' });
  await updateSettings({ hoverDelayMs: 5000, pausedSites: ['b.org'] });
  expect(await stored()).toEqual({
    ...DEFAULT_SETTINGS,
    triggerMode: 'all',
    pausedSites: ['b.org'],
  });
});

test('watchers get repaired settings, whoever wrote the change', async () => {
  const seen: Settings[] = [];
  const unwatch = watchSettings((s) => seen.push(s));
  await fakeBrowser.storage.local.set({
    settings: { ...DEFAULT_SETTINGS, uiLanguage: 'klingon', enabled: false },
  });
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  unwatch();
});
