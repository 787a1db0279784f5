import { expect, test } from 'vitest';
import { isPaused, siteOf, withSitePaused } from '../../../lib/settings/paused-sites';
import { resolveUiLang } from '../../../lib/settings/ui-language';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

const settings = (pausedSites: string[]): Settings => ({ ...DEFAULT_SETTINGS, pausedSites });

test.each([
  ['https://www.RUV.is/frettir/x?y#z', 'www.ruv.is'],
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
