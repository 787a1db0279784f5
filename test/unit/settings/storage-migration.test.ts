/**
 * The settings item through WXT's real migration machinery: it migrates when the item is
 * defined, so each test seeds storage first and then imports lib/browser/storage.ts fresh.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

const v1: Settings = {
  ...DEFAULT_SETTINGS,
  style: 'both',
  hoverDelayMs: 400,
  pausedSites: ['www.nytimes.com', 'nytimes.com', 'cooking.nytimes.com', 'b.org'],
};
const v2: Settings = { ...v1, pausedSites: ['b.org', 'cooking.nytimes.com', 'nytimes.com'] };

/** What browser.storage.local holds: the value and WXT's meta key for it. */
const stored = async () => {
  const all = await fakeBrowser.storage.local.get(['settings', 'settings$']);
  return { value: all.settings as unknown, meta: all.settings$ as unknown };
};

/** Defines the item now, on what is stored: as a context does when it starts. */
const freshStorageModule = async () => {
  vi.resetModules();
  return import('../../../lib/browser/storage');
};

let migrationErrors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  // WXT logs a failed migration and carries on: a throw would otherwise go unnoticed.
  migrationErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  expect(migrationErrors).not.toHaveBeenCalled();
  migrationErrors.mockRestore();
});

test.each([
  ['with v1 meta', { v: 1 }],
  ['without meta, as every v1 install stored it', undefined],
])('a v1 value %s is migrated when the item is defined', async (_name, meta) => {
  await fakeBrowser.storage.local.set({ settings: v1, ...(meta && { settings$: meta }) });
  const { getSettings, settingsItem } = await freshStorageModule();
  // getMeta waits for the migration, and reads nothing through repairSettings.
  expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  expect(await stored()).toEqual({ value: v2, meta: { v: 2 } });
  expect(await getSettings()).toEqual(v2);
});

test('a v2 value without meta is not damaged by the migration and ends as v2', async () => {
  await fakeBrowser.storage.local.set({ settings: v2 });
  const { getSettings } = await freshStorageModule();
  expect(await getSettings()).toEqual(v2);
  expect(await stored()).toEqual({ value: v2, meta: { v: 2 } });
});

test('fresh install: defaults, and the first write is stamped v2', async () => {
  const { getSettings, updateSettings } = await freshStorageModule();
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  expect(await stored()).toEqual({ value: undefined, meta: undefined });
  await updateSettings({ pausedSites: ['www.a.com'] });
  expect(await stored()).toEqual({
    value: { ...DEFAULT_SETTINGS, pausedSites: ['a.com'] },
    meta: { v: 2 },
  });
});

test('junk is left to repair: read as defaults and written back clean', async () => {
  await fakeBrowser.storage.local.set({ settings: 'garbage' });
  const { getSettings } = await freshStorageModule();
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  expect(await stored()).toEqual({ value: DEFAULT_SETTINGS, meta: { v: 2 } });
});

test('a www entry written after the migration (an old copy) is repaired on read', async () => {
  await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 2 } });
  const { getSettings } = await freshStorageModule();
  const read = await getSettings();
  // repairSettings keeps the stored order; only the migration sorts.
  expect(read.pausedSites).toEqual(['nytimes.com', 'cooking.nytimes.com', 'b.org']);
  expect(await stored()).toEqual({ value: read, meta: { v: 2 } });
});
