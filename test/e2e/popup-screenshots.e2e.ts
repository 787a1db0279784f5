/**
 * Screenshots of the popup, the reader and the options page for the README, light and dark.
 * Run with SCREENSHOTS=1; skipped otherwise.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { REPO_ROOT, startServer, type TestServer } from './support/server';

const OUT = join(REPO_ROOT, '.github/screenshots');
type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };

describe.skipIf(!process.env.SCREENSHOTS).each(['light', 'dark'] as const)('%s', (scheme) => {
  const suffix = scheme === 'light' ? '' : '-dark';
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer();
    browser = await launchWithExtension({ colorScheme: scheme });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('popup on an annotated page', async () => {
    const page = await browser.newPage();
    const url = `${server.origin}/fixtures/en-talks.html`;
    await page.goto(url);
    // Tab ids only grow: the fixture is the newest tab (the extension cannot see tab URLs).
    const tabId = await browser.background.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: TabsApi };
      return Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1));
    });
    const popup = await browser.newPage();
    await popup.setViewportSize({ width: 420, height: 560 });
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`,
    );
    await popup.locator('.on-page li').first().waitFor();
    await popup.screenshot({ path: join(OUT, `popup${suffix}.png`) });
    await popup.getByRole('tab', { name: 'Search' }).click();
    await popup.getByRole('searchbox').pressSequentially('Рябков');
    await popup.locator('.hits-sentence mark').first().waitFor();
    await popup.screenshot({ path: join(OUT, `popup-search${suffix}.png`) });
  });

  test('reader at a sentence', async () => {
    const page = await browser.newPage();
    await page.goto(
      `chrome-extension://${browser.extensionId}/corpus.html#/article/002_ec0cd77a669150c2/s/1`,
    );
    await page.locator('.s.focus').waitFor();
    // The sentence is near the top: show the article's heading with it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, `reader${suffix}.png`) });
    const point = await page.evaluate(() => {
      const range = [...CSS.highlights.get('gl-wendy-sherman')!][0] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.waitForTimeout(400);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await page.getByRole('dialog', { name: 'Wendy Sherman' }).waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, `reader-card${suffix}.png`) });
    await page.mouse.move(1, 1);
    await page.goto(`chrome-extension://${browser.extensionId}/corpus.html#/entity/sergei-ryabkov`);
    await page.locator('#entity-title').waitFor();
    await page.screenshot({ path: join(OUT, `entity${suffix}.png`) });
  });

  test('options', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 720, height: 760 });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('form').waitFor();
    await page.screenshot({ path: join(OUT, `options${suffix}.png`) });
    expect(browser.pageErrors).toEqual([]);
  });
});
