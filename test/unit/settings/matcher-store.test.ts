/** The matcher kept in storage for the content script: written once per build, read by id. */
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DIAGNOSTICS_KEY,
  MATCHER_ID_KEY,
  MATCHER_KEY,
  matcherOfBuild,
  readSettingsAndMatcher,
  storeMatcher,
} from '../../../lib/browser/matcher-store';
import { updateSettings } from '../../../lib/browser/storage';
import type { MatcherData } from '../../../lib/match/types';

const matcher = (id: string): MatcherData => ({
  id,
  prefilter: 'x',
  paradigms: {},
  entities: [{ id: 'geneva', type: 'place', aliases: [] }],
  trie: { first: [0, 0, 0, 0], units: [], targets: [], entryFirst: [0, 0, 0, 0], entryCodes: [] },
});

beforeEach(() => {
  fakeBrowser.reset();
});

test('the background stores this build’s matcher once, and a new build’s over it', async () => {
  await storeMatcher(matcher('build-1'));
  const first = await fakeBrowser.storage.local.get([MATCHER_KEY, MATCHER_ID_KEY]);
  expect(first[MATCHER_ID_KEY]).toBe('build-1');
  // Same build: nothing is written again (every tab would get the 85 kB in onChanged).
  let writes = 0;
  fakeBrowser.storage.onChanged.addListener(() => writes++);
  await storeMatcher(matcher('build-1'));
  expect(writes).toBe(0);
  await storeMatcher(matcher('build-2'));
  expect(writes).toBe(1);
  const text = (await fakeBrowser.storage.local.get(MATCHER_KEY))[MATCHER_KEY];
  // Text, not an object: Chrome converts a stored object value by value into the page.
  expect(typeof text).toBe('string');
  expect(JSON.parse(text as string)).toEqual(matcher('build-2'));
});

test('the object an earlier build stored is removed when this build’s is written', async () => {
  await fakeBrowser.storage.local.set({ matcher: matcher('build-1'), 'matcher-id': 'build-1' });
  await storeMatcher(matcher('build-1'));
  const all = await fakeBrowser.storage.local.get(null);
  expect(Object.keys(all).sort()).toEqual([MATCHER_KEY, MATCHER_ID_KEY].sort());
  expect((await readSettingsAndMatcher('build-1')).matcher).toEqual(matcher('build-1'));
});

test('a page reads its settings and, when its gate opened, the matcher of its own build', async () => {
  await updateSettings({ style: 'both' });
  await storeMatcher(matcher('build-1'));
  const opened = await readSettingsAndMatcher('build-1');
  expect(opened.settings.style).toBe('both');
  expect(opened.matcher).toEqual(matcher('build-1'));
  const shut = await readSettingsAndMatcher(undefined);
  expect(shut.settings.style).toBe('both');
  expect(shut.matcher).toBeUndefined();
  // A content script of another build (an update not yet reloaded) asks the background instead.
  expect((await readSettingsAndMatcher('build-0')).matcher).toBeUndefined();
});

test('a stored value that is not a matcher of this build is never used', () => {
  const text = (value: unknown) => JSON.stringify(value);
  expect(matcherOfBuild(undefined, 'b')).toBeUndefined();
  expect(matcherOfBuild('garbage', 'b')).toBeUndefined();
  expect(matcherOfBuild('{"id":"b",', 'b')).toBeUndefined();
  expect(matcherOfBuild('null', 'b')).toBeUndefined();
  expect(matcherOfBuild(text({ id: 'b' }), 'b')).toBeUndefined();
  expect(matcherOfBuild(text({ ...matcher('b'), entities: 'x' }), 'b')).toBeUndefined();
  expect(matcherOfBuild(text(matcher('b')), undefined)).toBeUndefined();
  expect(matcherOfBuild(text(matcher('a')), 'b')).toBeUndefined();
  // An earlier build's object form is not read, even with this build's id.
  expect(matcherOfBuild(matcher('b'), 'b')).toBeUndefined();
  expect(matcherOfBuild(text(matcher('b')), 'b')).toEqual(matcher('b'));
});

test('diagnostics are on only where storage holds exactly true, which nothing here writes', async () => {
  expect((await readSettingsAndMatcher(undefined)).diagnostics).toBe(false);
  await updateSettings({ style: 'both' });
  await storeMatcher(matcher('build-1'));
  expect((await readSettingsAndMatcher('build-1')).diagnostics).toBe(false);
  for (const junk of ['true', 1, {}, null]) {
    await fakeBrowser.storage.local.set({ [DIAGNOSTICS_KEY]: junk });
    expect((await readSettingsAndMatcher(undefined)).diagnostics, String(junk)).toBe(false);
  }
  await fakeBrowser.storage.local.set({ [DIAGNOSTICS_KEY]: true });
  expect((await readSettingsAndMatcher('build-1')).diagnostics).toBe(true);
});
