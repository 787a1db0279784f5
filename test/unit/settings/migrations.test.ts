import { describe, expect, test } from 'vitest';
import { migrateToV2 } from '../../../lib/settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

const v1 = (pausedSites: unknown): Record<string, unknown> => ({
  ...DEFAULT_SETTINGS,
  style: 'both',
  hoverDelayMs: 400,
  pausedSites,
});

describe('migrateToV2', () => {
  test('www forms collapse into one site, the list is sorted, other fields are untouched', () => {
    expect(migrateToV2(v1(['www.a.com', 'a.com', 'B.org']))).toEqual(v1(['a.com', 'b.org']));
    expect(
      migrateToV2(v1(['www.nytimes.com', 'cooking.nytimes.com', 'nytimes.com', 'www.ruv.is'])),
    ).toEqual(v1(['cooking.nytimes.com', 'nytimes.com', 'ruv.is']));
  });

  test('a v2 value comes out equal: running twice (two contexts) does no harm', () => {
    const v2: Settings = { ...DEFAULT_SETTINGS, pausedSites: ['a.com', 'cooking.a.com', 'www'] };
    expect(migrateToV2(v2)).toEqual(v2);
    expect(migrateToV2(migrateToV2(v1(['www.b.org', 'a.com'])))).toEqual(v1(['a.com', 'b.org']));
  });

  test('the input is not modified', () => {
    const value = v1(['www.a.com']);
    migrateToV2(value);
    expect(value.pausedSites).toEqual(['www.a.com']);
  });

  describe('junk is returned as it is, for repairSettings to fix', () => {
    test.each([null, undefined, 'garbage', 42, true, [], [{ pausedSites: ['www.a.com'] }]])(
      '%j',
      (raw) => {
        expect(migrateToV2(raw)).toEqual(raw);
      },
    );
    test.each([undefined, null, 'www.a.com', { 0: 'www.a.com' }])(
      'pausedSites %j',
      (pausedSites) => {
        expect(migrateToV2({ enabled: 'no', pausedSites })).toEqual({ enabled: 'no', pausedSites });
      },
    );
    test('non-string entries are kept after the sites', () => {
      expect(migrateToV2({ pausedSites: [7, 'www.a.com', null, 'a.com'] })).toEqual({
        pausedSites: ['a.com', 7, null],
      });
    });
  });
});
