/**
 * Turns whatever storage holds into valid Settings: each field that is missing, of the
 * wrong type or out of range falls back to its default, the rest is kept. `repaired` tells
 * the caller to write the clean value back.
 */
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, type Settings } from './schema';
import { siteKey } from './paused-sites';

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function pick<T>(value: unknown, valid: (v: unknown) => v is T, fallback: T): T {
  return valid(value) ? value : fallback;
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const oneOf =
  <T extends string>(...options: T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (options as string[]).includes(v);

export function repairSettings(raw: unknown): { settings: Settings; repaired: boolean } {
  const src = isRecord(raw) ? raw : {};
  const types = isRecord(src.types) ? src.types : {};
  const delay = src.hoverDelayMs;
  const settings: Settings = {
    enabled: pick(src.enabled, isBool, DEFAULT_SETTINGS.enabled),
    triggerMode: pick(src.triggerMode, oneOf('triggers', 'all'), DEFAULT_SETTINGS.triggerMode),
    types: {
      person: pick(types.person, isBool, DEFAULT_SETTINGS.types.person),
      place: pick(types.place, isBool, DEFAULT_SETTINGS.types.place),
      organisation: pick(types.organisation, isBool, DEFAULT_SETTINGS.types.organisation),
    },
    style: pick(src.style, oneOf('underline', 'background', 'both'), DEFAULT_SETTINGS.style),
    // Through siteKey: the v1 form (exact hostnames) can still be read, by the content script
    // (it reads storage raw, maybe before the migration to v2 ran) or after a failed migration.
    pausedSites: Array.isArray(src.pausedSites)
      ? [
          ...new Set(
            src.pausedSites
              .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
              .map(siteKey),
          ),
        ]
      : [...DEFAULT_SETTINGS.pausedSites],
    hoverDelayMs:
      typeof delay === 'number' &&
      Number.isFinite(delay) &&
      delay >= HOVER_DELAY_RANGE.min &&
      delay <= HOVER_DELAY_RANGE.max
        ? Math.round(delay)
        : DEFAULT_SETTINGS.hoverDelayMs,
    uiLanguage: pick(src.uiLanguage, oneOf('browser', 'en', 'is'), DEFAULT_SETTINGS.uiLanguage),
  };
  return { settings, repaired: JSON.stringify(settings) !== JSON.stringify(raw) };
}
