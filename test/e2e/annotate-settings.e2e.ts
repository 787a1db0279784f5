/**
 * Settings act live on an open page (issue 3, settings hook): switching off globally or
 * pausing the site removes every mark at once and switching back re-annotates; the entity
 * types and the style apply without a reload; `all` mode annotates a page with no trigger.
 * The popup's `page-status` message is answered from what is painted.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import type { PageStatus } from '../../lib/browser/messages';
import { chromiumSuite } from './support/suite';
import { expectedMarks, marksOf, normalise, waitSettled } from './annotate-helpers';

const suite = chromiumSuite();
let page: Page;
const POLL = { timeout: 10_000, interval: 50 };
const EN = normalise(expectedMarks('en-talks.html'));

beforeAll(async () => {
  page = await suite.browser.newPage();
  await page.goto(`${suite.server.origin}/fixtures/en-talks.html`);
  await waitSettled(page);
});

/** The few extension APIs the background is asked to use here (no @types/chrome in the tree). */
interface ChromeApi {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tab: number, message: object): Promise<unknown>;
  };
}

/** Writes the settings as the options page would (storage item `local:settings`). */
async function setSettings(patch: Partial<Settings>): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  await suite.browser.background.evaluate((s) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    return chrome.storage.local.set({ settings: s });
  }, settings);
}

/** Asks the content script of the one page open, as the popup does. */
function pageStatus(): Promise<PageStatus> {
  return suite.browser.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const status = await chrome.tabs.sendMessage(tab.id, { type: 'page-status' });
        if (status) return status as PageStatus;
      } catch {
        // A tab without our content script (about:blank): try the next.
      }
    }
    throw new Error('no content script answered page-status');
  });
}

const styleLayers = () =>
  page.evaluate(() =>
    [...CSS.highlights.keys()].filter((n) => n.startsWith('geneva-lens-')).sort(),
  );

test('page-status lists what is painted, per entity, with counts', async () => {
  const status = await pageStatus();
  expect(status.state).toBe('annotated');
  if (status.state !== 'annotated') return;
  const counts = Object.fromEntries(status.entities.map((e) => [e.entity, e.count]));
  expect(counts).toEqual(Object.fromEntries(Object.entries(EN).map(([k, v]) => [k, v.length])));
  expect(status.entities.find((e) => e.entity === 'wendy-sherman')?.type).toBe('person');
});

test('switching off removes every mark; switching on brings them back', async () => {
  await setSettings({ enabled: false });
  await expect.poll(() => marksOf(page), POLL).toEqual({});
  expect(await styleLayers()).toEqual([]);
  expect(await pageStatus()).toEqual({ state: 'disabled' });
  await setSettings({ enabled: true });
  await expect.poll(() => marksOf(page), POLL).toEqual(EN);
});

test('pausing this site removes the marks and says so; resuming re-annotates', async () => {
  await setSettings({ pausedSites: [new URL(suite.server.origin).hostname] });
  await expect.poll(() => marksOf(page), POLL).toEqual({});
  expect(await pageStatus()).toEqual({ state: 'paused' });
  await setSettings({ pausedSites: ['elsewhere.example'] });
  await expect.poll(() => marksOf(page), POLL).toEqual(EN);
});

test('entity types switch live', async () => {
  await setSettings({ types: { person: false, place: true, organisation: true } });
  const withoutPeople = { ...EN };
  delete withoutPeople['wendy-sherman'];
  delete withoutPeople['sergei-ryabkov'];
  await expect.poll(() => marksOf(page), POLL).toEqual(withoutPeople);
  await setSettings({});
  await expect.poll(() => marksOf(page), POLL).toEqual(EN);
});

test('the style switches live between underline, background and both', async () => {
  const kinds = async () => [...new Set((await styleLayers()).map((n) => n.split('-').pop()))];
  expect(await kinds()).toEqual(['line']);
  await setSettings({ style: 'background' });
  await expect.poll(kinds, POLL).toEqual(['fill']);
  await setSettings({ style: 'both' });
  await expect.poll(async () => (await kinds()).sort(), POLL).toEqual(['fill', 'line']);
  expect(await marksOf(page)).toEqual(EN);
  await setSettings({});
  await expect.poll(kinds, POLL).toEqual(['line']);
});

test('a page without a trigger stays bare, unless the mode is "all"', async () => {
  await page.goto(`${suite.server.origin}/fixtures/neg-shermans.html`);
  await waitSettled(page);
  expect(await marksOf(page)).toEqual({});
  expect(await pageStatus()).toEqual({ state: 'no-trigger' });
  await setSettings({ triggerMode: 'all' });
  // Unambiguous names are marked; ambiguous ones (the other Shermans, "Washington" without
  // evidence) still are not.
  await expect.poll(() => marksOf(page), POLL).toEqual({ moscow: ['Moscow'] });
  await setSettings({});
  await expect.poll(() => marksOf(page), POLL).toEqual({});
});

test('an extension reload invalidates the content script: every mark goes, the page is untouched', async () => {
  await page.goto(`${suite.server.origin}/fixtures/en-talks.html`);
  await waitSettled(page);
  expect(await marksOf(page)).toEqual(EN);
  await suite.browser.background.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
    // Let evaluate return before the worker goes away.
    setTimeout(() => chrome.runtime.reload(), 50);
  });
  await expect.poll(() => marksOf(page), POLL).toEqual({});
  expect(await styleLayers()).toEqual([]);
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});
