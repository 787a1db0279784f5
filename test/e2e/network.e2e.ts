/**
 * No network (issue 6): while the built extension annotates every fixture page, opens a card
 * and shows its own pages, every request made by the annotated pages, the content script, the
 * extension's pages and its background service worker goes to the loopback test server or to
 * the extension's own files. Anything else fails, listed.
 *
 * Playwright reports the requests of pages and of service workers (extension workers
 * included) through context.on('request'); the canary test proves the recorder sees each
 * context, so an empty list means "no request", not "not watching".
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, readMarks, type ExtensionBrowser } from './support/chromium';
import { FIXTURE_PAGES, startServer, type TestServer } from './support/server';
import { OWN_HOST_TAG } from '../../entrypoints/content/own-host';

interface Recorded {
  url: string;
  from: string;
}

let server: TestServer;
let browser: ExtensionBrowser;
const recorded: Recorded[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  browser.context.on('request', (request) => {
    const worker = request.serviceWorker();
    const from = worker ? `service worker ${worker.url()}` : `page ${request.frame().url()}`;
    recorded.push({ url: request.url(), from });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function isAllowed(url: string): boolean {
  // Only this extension is loaded (besides Chromium's PDF viewer, which no page here opens), so
  // a chrome-extension: URL is one of its files, under its id or the per-session id of a
  // use_dynamic_url resource (card-ui.js).
  if (url.startsWith('chrome-extension://')) return true;
  const { protocol, origin } = new URL(url);
  return origin === server.origin || protocol === 'data:' || url === 'about:blank';
}

/** The page's marks once the content script records its `geneva-lens:settled` mark. */
async function settle(page: Page): Promise<Record<string, string[]>> {
  await page.waitForFunction(() => performance.getEntriesByName('geneva-lens:settled').length > 0);
  return readMarks(page);
}

/**
 * Moves the pointer onto the first mark, so the card asks the background for its data and
 * loads its UI; true once the card's dialog is up.
 */
async function hoverFirstMark(page: Page): Promise<boolean> {
  const point = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('gl-')) continue;
      for (const range of highlight) {
        const rect = (range as Range).getClientRects()[0];
        if (rect && rect.width > 0)
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
    }
    return null;
  });
  if (!point) return false;
  await page.mouse.move(point.x - 2, point.y);
  await page.mouse.move(point.x, point.y);
  return page
    .waitForFunction(
      (tag) =>
        !!document.getElementsByTagName(tag)[0]?.shadowRoot?.querySelector('[role="dialog"]'),
      OWN_HOST_TAG,
      { timeout: 3_000 },
    )
    .then(
      () => true,
      () => false,
    );
}

test('the recorder sees requests from pages, extension pages and the background worker', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/fixtures/canary-page`);
  await page.evaluate(() => fetch('/fixtures/canary-fetch').catch(() => undefined));
  await browser.background.evaluate(
    (origin) => fetch(`${origin}/fixtures/canary-worker`).catch(() => undefined),
    server.origin,
  );
  const popup = await browser.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.evaluate(
    (origin) => fetch(`${origin}/fixtures/canary-popup`).catch(() => undefined),
    server.origin,
  );
  await expect
    .poll(() => recorded.map((r) => new URL(r.url).pathname))
    .toEqual(
      expect.arrayContaining([
        '/fixtures/canary-page',
        '/fixtures/canary-fetch',
        '/fixtures/canary-worker',
        '/fixtures/canary-popup',
      ]),
    );
  const worker = recorded.find((r) => r.url.endsWith('/canary-worker'));
  expect(worker?.from).toMatch(/^service worker chrome-extension:/);
  await page.close();
  await popup.close();
  recorded.length = 0;
});

test('browsing every fixture page and the extension pages makes no request off the test server', async () => {
  const fixtures = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));
  expect(fixtures.length).toBeGreaterThan(0);
  const page = await browser.newPage();
  let annotated = 0;
  let cards = 0;
  for (const file of fixtures) {
    await page.goto(`${server.origin}/fixtures/${file}`);
    const marks = await settle(page);
    if (Object.keys(marks).length > 0) annotated++;
    if (await hoverFirstMark(page)) cards++;
    await page.keyboard.press('Escape');
  }
  for (const path of ['popup.html', 'options.html', 'corpus.html']) {
    const extensionPage = await browser.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await extensionPage.waitForLoadState('networkidle');
    await extensionPage.close();
  }
  await page.close();
  expect(recorded.filter((r) => !isAllowed(r.url))).toEqual([]);
  // The run only proves something if the extension was doing its work on these pages.
  expect(annotated).toBeGreaterThan(0);
  expect(cards).toBeGreaterThan(0);
  expect(browser.pageErrors).toEqual([]);
});
