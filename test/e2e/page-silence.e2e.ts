/**
 * The page hears nothing from the extension (principle 4), in a browser like a user's: no
 * `diagnostics` in storage. WXT's content-script context posts a message naming the
 * extension's id to every page and listens for a document event a page could send to switch
 * it off (quiet-context.ts turns both off); the content script's User Timing entries, which
 * analytics collecting every entry would report, are only recorded for the tests and the
 * bench (marks.ts). The page's own main world records every `message` event and the
 * context's events; the page's own message is the canary that proves the recorder hears.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { PageStatus } from '../../lib/browser/messages';
import { chromiumSuite } from './support/suite';
import { expectedMarks, marksOf, normalise } from './annotate-helpers';

const suite = chromiumSuite({ diagnostics: false });
let page: Page;
const POLL = { timeout: 10_000, interval: 50 };
const EN = normalise(expectedMarks('en-talks.html'));

/** WXT's name for the event (wxt/utils/internal/custom-events: `${id}:${entrypoint}:${name}`). */
const startedEvent = (extensionId: string) => `${extensionId}:content:wxt:content-script-started`;

beforeAll(async () => {
  page = await suite.browser.newPage();
  await page.addInitScript((eventName: string) => {
    const heard: string[] = [];
    Object.defineProperty(window, '__heard', { value: heard });
    window.addEventListener('message', (e) => heard.push(`message ${JSON.stringify(e.data)}`));
    for (const target of [window, document]) {
      target.addEventListener(eventName, () => heard.push(`event ${eventName}`));
    }
  }, startedEvent(suite.browser.extensionId));
});

const heard = () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
const timeline = () =>
  page.evaluate(() =>
    performance
      .getEntries()
      .map((e) => e.name)
      .filter((name) => name.includes('geneva-lens')),
  );

/** Asks the one page's content script for its status, as the popup does (any tab that answers). */
function pageStatus(): Promise<PageStatus | undefined> {
  return suite.browser.background.evaluate(async () => {
    type Tabs = {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(tab: number, message: object): Promise<unknown>;
    };
    const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const status = await chrome.tabs.sendMessage(tab.id, { type: 'page-status' }).catch(() => {});
      if (status) return status as PageStatus;
    }
    return undefined;
  });
}

async function expectSilence(): Promise<void> {
  await page.evaluate(() => window.postMessage('canary', '*'));
  await expect.poll(heard).toContain('message "canary"');
  expect(await heard()).toEqual(['message "canary"']);
  expect(await timeline()).toEqual([]);
}

test('an annotated page hears no message or event and has no timing entry of ours', async () => {
  await page.goto(`${suite.server.origin}/fixtures/en-talks.html`);
  await expect.poll(() => marksOf(page), POLL).toEqual(EN);
  await expectSilence();
});

test('a page without a trigger hears nothing either', async () => {
  await page.goto(`${suite.server.origin}/fixtures/neg-shermans.html`);
  // The content script is there and has read its settings; its gate runs in an idle callback
  // with a 2 s timeout, so a moment more lets it finish.
  await expect.poll(async () => (await pageStatus())?.state, POLL).toBe('no-trigger');
  await page.waitForTimeout(500);
  expect(await marksOf(page)).toEqual({});
  await expectSilence();
});

test("a page sending the context's event does not switch the extension off", async () => {
  await page.goto(`${suite.server.origin}/fixtures/en-talks.html`);
  await expect.poll(() => marksOf(page), POLL).toEqual(EN);
  await page.evaluate((eventName) => {
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(eventName, { detail }));
  }, startedEvent(suite.browser.extensionId));
  // Switched off, the context would clear every mark at once (annotator.ts, stop()).
  await page.waitForTimeout(300);
  expect(await marksOf(page)).toEqual(EN);
});
