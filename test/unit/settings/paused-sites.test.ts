import { describe, expect, test } from 'vitest';
import { isPaused, siteKey, siteOf, withSitePaused } from '../../../lib/settings/paused-sites';
import { resolveUiLang } from '../../../lib/settings/ui-language';
import { DEFAULT_SETTINGS, isSiteActive, type Settings } from '../../../lib/settings/schema';

const settings = (pausedSites: string[]): Settings => ({ ...DEFAULT_SETTINGS, pausedSites });

test.each([
  ['www.nytimes.com', 'nytimes.com'],
  ['WWW.NYTimes.com', 'nytimes.com'],
  [' nytimes.com ', 'nytimes.com'],
  ['cooking.nytimes.com', 'cooking.nytimes.com'],
  ['www.cooking.nytimes.com', 'cooking.nytimes.com'],
  ['www.www.a.com', 'www.a.com'],
  ['wwwa.com', 'wwwa.com'],
  ['www2.a.com', 'www2.a.com'],
  ['a.www.com', 'a.www.com'],
  ['www', 'www'],
  ['www.', 'www.'],
  ['127.0.0.1', '127.0.0.1'],
])('siteKey(%j) = %j', (hostname, site) => {
  expect(siteKey(hostname)).toBe(site);
});

test.each([
  ['https://www.RUV.is/frettir/x?y#z', 'ruv.is'],
  ['https://cooking.nytimes.com/', 'cooking.nytimes.com'],
  ['http://127.0.0.1:8080/fixtures/en.html', '127.0.0.1'],
  ['chrome://extensions', undefined],
  ['about:blank', undefined],
  ['file:///tmp/a.html', undefined],
  ['chrome-extension://abc/popup.html', undefined],
  ['not a url', undefined],
  [undefined, undefined],
])('siteOf(%s) = %s', (url, site) => {
  expect(siteOf(url)).toBe(site);
});

test('pausing adds the site once, sorted; resuming removes it', () => {
  const s = settings(['b.org']);
  expect(withSitePaused(s, 'A.com', true)).toEqual(['a.com', 'b.org']);
  expect(withSitePaused(settings(['a.com', 'b.org']), 'a.com', true)).toEqual(['a.com', 'b.org']);
  expect(withSitePaused(settings(['a.com', 'b.org']), 'a.com', false)).toEqual(['b.org']);
  expect(isPaused(settings(['a.com']), 'A.COM')).toBe(true);
  expect(isPaused(settings(['a.com']), 'b.com')).toBe(false);
});

describe('www.a.com and a.com are one site; sub.a.com is another', () => {
  // Stored lists in both forms: a content script may read one the migration has not reached.
  test.each([[['a.com']], [['www.a.com']], [['WWW.A.com']]])('paused as %j', (stored) => {
    const s = settings(stored);
    for (const host of ['a.com', 'www.a.com', 'WWW.a.com']) {
      expect(isPaused(s, host)).toBe(true);
      expect(isSiteActive(s, host)).toBe(false);
    }
    expect(isPaused(s, 'sub.a.com')).toBe(false);
    expect(isSiteActive(s, 'sub.a.com')).toBe(true);
    expect(isSiteActive(s, 'www.sub.a.com')).toBe(true);
  });

  test('pausing stores the site without www.', () => {
    expect(withSitePaused(settings(['b.org']), 'www.a.com', true)).toEqual(['a.com', 'b.org']);
    expect(withSitePaused(settings(['a.com']), 'www.a.com', true)).toEqual(['a.com']);
  });

  test('resuming drops every stored form of the site, and only of that site', () => {
    const s = settings(['www.a.com', 'a.com', 'sub.a.com', 'b.org']);
    expect(withSitePaused(s, 'a.com', false)).toEqual(['sub.a.com', 'b.org']);
    expect(withSitePaused(s, 'www.a.com', false)).toEqual(['sub.a.com', 'b.org']);
    expect(withSitePaused(s, 'a.com', true)).toEqual(['a.com', 'b.org', 'sub.a.com']);
  });
});

test.each<[Settings['uiLanguage'], string[], 'en' | 'is']>([
  ['en', ['is-IS'], 'en'],
  ['is', ['en-US'], 'is'],
  ['browser', ['is-IS', 'en'], 'is'],
  ['browser', ['is'], 'is'],
  ['browser', ['en-GB', 'is'], 'en'],
  ['browser', ['isl'], 'en'],
  ['browser', [], 'en'],
])('resolveUiLang(%s, %j) = %s', (setting, langs, lang) => {
  expect(resolveUiLang(setting, langs)).toBe(lang);
});
