/**
 * The popup against a real annotated page (issue 5): "On this page" lists what the content
 * script marked, pausing the site removes the marks live and resuming brings them back,
 * choosing a name opens its card on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, readMarks, type ExtensionBrowser } from './support/chromium';
import { FIXTURE_PAGES, startServer, type TestServer } from './support/server';

type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
const expected = JSON.parse(
  readFileSync(join(FIXTURE_PAGES, 'en-talks.expected.json'), 'utf8'),
) as Record<string, string[]>;

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;
let popupUrl: string;
const openPopup = async () => {
  const popup = await browser.newPage();
  await popup.goto(popupUrl);
  return popup;
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.newPage();
  const url = `${server.origin}/fixtures/en-talks.html`;
  await page.goto(url);
  // Tab ids only grow, and the extension cannot see tab URLs: the fixture is the newest tab.
  const tabId = await browser.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: TabsApi };
    return Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1));
  });
  popupUrl = `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`;
  // Wait for the content script to have painted the page (polled: it annotates when idle).
  for (let i = 0; i < 100 && Object.keys(await readMarks(page)).length === 0; i++)
    await page.waitForTimeout(100);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('"On this page" lists the marked entities by type with their counts', async () => {
  expect(await readMarks(page)).toEqual(expected);
  const popup = await openPopup();
  await popup.locator('.on-page').waitFor();
  expect(await popup.locator('.on-page .status').textContent()).toContain(
    `${Object.keys(expected).length} names on this page`,
  );
  const sherman = popup.locator('li', {
    has: popup.getByRole('button', { name: 'Wendy Sherman' }),
  });
  expect(await sherman.locator('.count [aria-hidden]').textContent()).toBe(
    String(expected['wendy-sherman']!.length),
  );
  const headings = await popup.locator('.on-page h2').allTextContents();
  expect(headings.map((h) => h.replace(/\s*\d+$/, ''))).toEqual([
    'People',
    'Places',
    'Organisations',
  ]);
  await popup.close();
});

test('pausing the site removes its marks live; resuming brings them back', async () => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Pause on this site' }).click();
  await expect.poll(() => readMarks(page), { timeout: 5_000 }).toEqual({});
  await expect.poll(() => popup.locator('.status').textContent()).toBe('Paused on 127.0.0.1.');
  expect(
    await popup.getByRole('button', { name: 'Resume on this site' }).getAttribute('aria-pressed'),
  ).toBe('true');

  const options = await browser.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect
    .poll(() => options.locator('.paused-sites li span').allTextContents())
    .toEqual(['127.0.0.1']);
  await options.close();

  await popup.getByRole('button', { name: 'Resume on this site' }).click();
  await expect.poll(() => readMarks(page), { timeout: 10_000 }).toEqual(expected);
  await expect
    .poll(() => popup.locator('.on-page .status').textContent())
    .toContain('names on this page');
  await popup.close();
});

test('a page without a trigger, and annotation switched off, are said plainly', async () => {
  const other = await browser.newPage();
  const url = `${server.origin}/fixtures/neg-shermans.html`;
  await other.goto(url);
  const tabId = await browser.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: TabsApi };
    return Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1));
  });
  const popup = await browser.newPage();
  await popup.goto(
    `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`,
  );
  await expect
    .poll(() => popup.locator('.status').textContent())
    .toBe('Nothing about the Geneva talks on this page.');

  const options = await browser.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByLabel('Mark names on web pages').uncheck();
  await expect
    .poll(() => popup.locator('.status').textContent())
    .toBe('Marking names is switched off.');
  await expect.poll(() => readMarks(page)).toEqual({});
  await options.getByLabel('Mark names on web pages').check();
  await expect.poll(() => readMarks(page), { timeout: 10_000 }).toEqual(expected);
  await Promise.all([options.close(), popup.close(), other.close()]);
});

test('choosing a name closes the popup and opens that entity’s card on the page', async () => {
  const popup = await openPopup();
  const closed = new Promise<void>((ok) => popup.once('close', () => ok()));
  await popup.getByRole('button', { name: 'Sergei Ryabkov' }).click();
  await closed;
  await expect
    .poll(() => page.getByRole('dialog', { name: 'Sergei Ryabkov' }).count(), { timeout: 5_000 })
    .toBe(1);
  expect(browser.pageErrors).toEqual([]);
});
