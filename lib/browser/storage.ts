/**
 * The storage items, declared once. Settings are always read through repairSettings, so a
 * corrupt stored value never reaches the rest of the extension; a repaired value is written
 * back. The item is versioned so changes of meaning migrate instead of surprising the user.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { migrateToV2 } from '../settings/migrations';
import { repairSettings } from '../settings/repair';
import { SETTINGS_KEY } from './settings-reader';

/*
 * Version history (WXT keeps it in the meta key `settings$` as `{ v }`; no meta means v1):
 * - v1: pausedSites are exact hostnames, so pausing www.nytimes.com left nytimes.com active.
 *   v1 had no migrations, and WXT writes no meta then: every v1 install has none.
 * - v2: pausedSites are sites, hostnames without one leading `www.` (siteKey).
 * WXT migrates when the item is defined, in each context that imports this module (the
 * background does at startup). The content script reads storage raw, so it may see a v1
 * value: that is why repairSettings and every site comparison go through siteKey too.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateToV2 },
});

export async function getSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, repaired } = repairSettings(raw);
  if (repaired) await settingsItem.setValue(settings);
  return settings;
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = repairSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(settings);
  return settings;
}

/** Calls back with repaired settings on every change, from any context. Returns unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(repairSettings(raw).settings));
}
