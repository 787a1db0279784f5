/**
 * User settings: shape and defaults. Stored by lib/browser/storage.ts; anything read from
 * storage passes through `repairSettings` (lib/settings/repair.ts) first, so a corrupt or
 * out-of-range value falls back to its default instead of breaking the extension.
 */
import type { EntityType } from '../corpus/schema';
import { isPaused } from './paused-sites';

export type TriggerMode = 'triggers' | 'all';
export type HighlightStyle = 'underline' | 'background' | 'both';
export type UiLanguage = 'browser' | 'en' | 'is';

export interface Settings {
  /** Annotation on or off everywhere. */
  enabled: boolean;
  /** `triggers`: annotate only pages with a confident trigger mention; `all`: every page. */
  triggerMode: TriggerMode;
  /** Entity types to mark. */
  types: Record<EntityType, boolean>;
  style: HighlightStyle;
  /** Sites where annotation is paused: hostnames without a leading `www.` (siteKey). */
  pausedSites: string[];
  /** Dwell before a card shows, in milliseconds. */
  hoverDelayMs: number;
  uiLanguage: UiLanguage;
}

export const HOVER_DELAY_RANGE = { min: 0, max: 1000 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  triggerMode: 'triggers',
  types: { person: true, place: true, organisation: true },
  style: 'underline',
  pausedSites: [],
  hoverDelayMs: 250,
  uiLanguage: 'browser',
});

/** Whether annotation should run on a page of this hostname (compared as sites, siteKey). */
export function isSiteActive(settings: Settings, hostname: string): boolean {
  return settings.enabled && !isPaused(settings, hostname);
}
