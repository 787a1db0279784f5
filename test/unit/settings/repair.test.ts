import { describe, expect, test } from 'vitest';
import { repairSettings } from '../../../lib/settings/repair';
import { DEFAULT_SETTINGS, isSiteActive, type Settings } from '../../../lib/settings/schema';

const valid: Settings = {
  enabled: false,
  triggerMode: 'all',
  types: { person: true, place: false, organisation: true },
  style: 'both',
  pausedSites: ['example.com', 'news.example.org'],
  hoverDelayMs: 400,
  uiLanguage: 'is',
};

test('a valid value is kept as is and not rewritten', () => {
  expect(repairSettings(valid)).toEqual({ settings: valid, repaired: false });
});

describe('whole values that are not settings fall back to the defaults', () => {
  test.each([null, undefined, 'enabled', 42, true, [], [valid]])('%j', (raw) => {
    const { settings, repaired } = repairSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired).toBe(true);
  });
});

describe('a bad field falls back to its default, the others are kept', () => {
  test.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['enabled as a string', { enabled: 'false' }, { enabled: DEFAULT_SETTINGS.enabled }],
    ['enabled as 0', { enabled: 0 }, { enabled: DEFAULT_SETTINGS.enabled }],
    ['unknown trigger mode', { triggerMode: 'some' }, { triggerMode: 'triggers' }],
    ['style in capitals', { style: 'BOTH' }, { style: 'underline' }],
    ['ui language not offered', { uiLanguage: 'de' }, { uiLanguage: 'browser' }],
    ['types not an object', { types: 'all' }, { types: DEFAULT_SETTINGS.types }],
    [
      'one type of the wrong kind',
      { types: { person: 'no', place: false, organisation: null } },
      { types: { person: true, place: false, organisation: true } },
    ],
  ])('%s', (_name, patch, expected) => {
    const { settings, repaired } = repairSettings({ ...valid, ...patch });
    expect(settings).toEqual({ ...valid, ...expected });
    expect(repaired).toBe(true);
  });
});

describe('hover delay out of range or not a number', () => {
  test.each([-1, 1001, 1e9, Number.NaN, Infinity, '250', null])('%s → default', (hoverDelayMs) => {
    expect(repairSettings({ ...valid, hoverDelayMs }).settings.hoverDelayMs).toBe(
      DEFAULT_SETTINGS.hoverDelayMs,
    );
  });
  test('edges are kept, fractions rounded', () => {
    expect(repairSettings({ ...valid, hoverDelayMs: 0 }).settings.hoverDelayMs).toBe(0);
    expect(repairSettings({ ...valid, hoverDelayMs: 1000 }).settings.hoverDelayMs).toBe(1000);
    expect(repairSettings({ ...valid, hoverDelayMs: 299.6 }).settings.hoverDelayMs).toBe(300);
  });
});

describe('paused sites', () => {
  test('junk entries are dropped, hostnames trimmed, lower-cased and deduplicated', () => {
    const raw = {
      ...valid,
      pausedSites: ['Example.com ', 'example.com', '', '  ', 7, null, {}, ['x'], 'b.org'],
    };
    const { settings, repaired } = repairSettings(raw);
    expect(settings.pausedSites).toEqual(['example.com', 'b.org']);
    expect(repaired).toBe(true);
  });
  test('entries are stored as sites: one leading www. dropped, then deduplicated in order', () => {
    const raw = {
      ...valid,
      pausedSites: ['www.b.org', 'WWW.Example.com', 'example.com', 'b.org', 'cooking.b.org', 'www'],
    };
    const { settings, repaired } = repairSettings(raw);
    expect(settings.pausedSites).toEqual(['b.org', 'example.com', 'cooking.b.org', 'www']);
    expect(repaired).toBe(true);
  });
  test('not an array → empty list', () => {
    expect(repairSettings({ ...valid, pausedSites: 'example.com' }).settings.pausedSites).toEqual(
      [],
    );
  });
  test('a repaired list is what isSiteActive reads', () => {
    const { settings } = repairSettings({ ...valid, enabled: true, pausedSites: ['EXAMPLE.com'] });
    expect(isSiteActive(settings, 'example.com')).toBe(false);
    expect(isSiteActive(settings, 'other.com')).toBe(true);
  });
  test('a v1 list (exact hostnames) repaired still pauses both forms of the site', () => {
    const { settings } = repairSettings({ ...valid, enabled: true, pausedSites: ['www.a.com'] });
    expect(settings.pausedSites).toEqual(['a.com']);
    expect(isSiteActive(settings, 'a.com')).toBe(false);
    expect(isSiteActive(settings, 'www.a.com')).toBe(false);
    expect(isSiteActive(settings, 'sub.a.com')).toBe(true);
  });
});

test('unknown extra fields are dropped (and trigger a rewrite)', () => {
  const { settings, repaired } = repairSettings({ ...valid, legacy: 1 });
  expect(settings).toEqual(valid);
  expect(repaired).toBe(true);
});

test('the defaults are not shared with the result', () => {
  const { settings } = repairSettings(null);
  settings.pausedSites.push('x.com');
  settings.types.person = false;
  expect(DEFAULT_SETTINGS.pausedSites).toEqual([]);
  expect(DEFAULT_SETTINGS.types.person).toBe(true);
});
