/**
 * The 68 saved real news pages (../shared/pages-real, see its SOURCE.md) with the built
 * extension (issue 3): none has a trigger, so none may get a single mark or a card host, and
 * the content script must finish on each without an error. One browser, pages in sequence;
 * each page is done when the content script records that it settled.
 *
 * The saved pages' own scripts are switched off (a `script-src 'none'` policy added to each
 * response): offline they only fail on missing resources, and a page error of theirs would
 * hide one of ours. Our content script is not subject to the page's CSP, so nothing else
 * changes for it.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, readMarks, type ExtensionBrowser } from './support/chromium';
import { REAL_PAGES, startServer, type TestServer } from './support/server';
import { waitSettled } from './annotate-helpers';

let server: TestServer;
let browser: ExtensionBrowser;
let page: Page;

const PAGES = readdirSync(REAL_PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.newPage();
  // Only the loopback server: a saved page must not reach out (there is no network anyway).
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files (the annotator it loads when a page may hold a trigger).
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (!url.startsWith(server.origin)) return route.abort();
    const response = await route.fetch();
    return route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('all 68 saved pages are here', () => {
  expect(PAGES).toHaveLength(68);
});

test.each(PAGES)('%s: no mark, no card host, no error', async (name) => {
  browser.pageErrors.length = 0;
  await page.goto(`${server.origin}/real/${name}`, { waitUntil: 'domcontentloaded' });
  await waitSettled(page);
  expect(await readMarks(page)).toEqual({});
  expect(await page.locator('geneva-lens').count()).toBe(0);
  expect(browser.pageErrors.map(String)).toEqual([]);
});
