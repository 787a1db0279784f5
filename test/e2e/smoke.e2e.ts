import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('the built extension loads in Chromium with its background worker', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(page.title()).resolves.toBe('Geneva Lens');
});
