/**
 * The storage items, declared once. Settings are always read through repairSettings, so a
 * corrupt stored value never reaches the rest of the extension; a repaired value is written
 * back. The item is versioned so future shape changes migrate instead of breaking.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { repairSettings } from '../settings/repair';
import { SETTINGS_KEY } from './settings-reader';

export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
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
