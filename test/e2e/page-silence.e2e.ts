/**
 * The page hears nothing from the extension (principle 4). WXT's content-script context posts
 * a message naming the extension's id to every page and listens for a document event a page
 * could send to switch it off; quiet-context.ts turns both off. The page's own main world
 * records every `message` event and the context's events here, while the extension annotates
 * one page with a trigger and leaves one without; the page's own message is the canary that
 * proves the recorder hears.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { chromiumSuite } from './support/suite';
import { expectedMarks, marksOf, normalise, waitSettled } from './annotate-helpers';

const suite = chromiumSuite();
let page: Page;

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

test.each(['en-talks.html', 'neg-shermans.html'])(
  'a page hears no message or event from the extension: %s',
  async (file) => {
    await page.goto(`${suite.server.origin}/fixtures/${file}`);
    await waitSettled(page);
    // The content script ran: it annotated (or, without a trigger, left bare) as expected.
    expect(await marksOf(page)).toEqual(normalise(expectedMarks(file)));
    await page.evaluate(() => window.postMessage('canary', '*'));
    await expect.poll(heard).toContain('message "canary"');
    expect(await heard()).toEqual(['message "canary"']);
  },
);

test("a page sending the context's event does not switch the extension off", async () => {
  await page.goto(`${suite.server.origin}/fixtures/en-talks.html`);
  await waitSettled(page);
  const before = await marksOf(page);
  expect(Object.keys(before).length).toBeGreaterThan(0);
  await page.evaluate((eventName) => {
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(eventName, { detail }));
  }, startedEvent(suite.browser.extensionId));
  // Switched off, the context would clear every mark at once (annotator.ts, stop()).
  await page.waitForTimeout(300);
  expect(await marksOf(page)).toEqual(before);
});
