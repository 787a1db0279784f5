/**
 * Migrations of the stored settings, run by WXT's storage item (lib/browser/storage.ts, where
 * the version history is). Pure and free of browser globals, so they are unit-tested. They
 * change meaning only: repairing a corrupt value stays the job of repairSettings, and a
 * migration that threw would leave the value at its old version (WXT logs and carries on).
 */
import { siteKey } from './paused-sites';
import { isRecord } from './repair';

/** v1 → v2: paused sites become siteKeys (no leading `www.`), deduplicated and sorted. */
export function migrateToV2(v1: unknown): unknown {
  if (!isRecord(v1) || !Array.isArray(v1.pausedSites)) return v1;
  const list: unknown[] = v1.pausedSites;
  const sites = [
    ...new Set(list.filter((s): s is string => typeof s === 'string').map(siteKey)),
  ].sort();
  // Junk entries are kept for repairSettings to drop, so this stays a change of meaning only.
  const junk = list.filter((s) => typeof s !== 'string');
  return { ...v1, pausedSites: [...sites, ...junk] };
}
