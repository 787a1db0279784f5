/**
 * Screenshots of the install step in each browser for the README (issue 6): Chrome's
 * extensions page in developer mode and Firefox's about:debugging, each with the built
 * extension loaded. Run with SCREENSHOTS=1; skipped otherwise.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { launchWithExtension } from './support/chromium';
import { launchFirefoxWithAddon } from './support/firefox';
import { REPO_ROOT } from './support/server';

const OUT = join(REPO_ROOT, '.github/screenshots');

describe.skipIf(!process.env.SCREENSHOTS)('install screenshots', () => {
  test('Chrome: chrome://extensions, developer mode, Geneva Lens loaded unpacked', async () => {
    mkdirSync(OUT, { recursive: true });
    const browser = await launchWithExtension({ viewport: { width: 720, height: 430 } });
    try {
      const page = await browser.newPage();
      await page.goto('chrome://extensions');
      await page.locator('#devMode').click();
      await expect(page.getByText('Load unpacked').isVisible()).resolves.toBe(true);
      await page.getByText('Geneva Lens', { exact: true }).first().waitFor();
      // Until its icon has loaded, Chrome draws a letter in its place.
      const icon = page.locator('extensions-item img#icon').first();
      await expect
        .poll(() => icon.evaluate((img) => (img as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
      await page.screenshot({ path: join(OUT, 'install-chrome.png') });
    } finally {
      await browser.close();
    }
  });

  test('Firefox: about:debugging, Geneva Lens as a temporary add-on', async () => {
    const firefox = await launchFirefoxWithAddon();
    try {
      const page = await firefox.newPage();
      await page.setViewport({ width: 1000, height: 560 });
      // A privileged page: its load is not reported as a finished goto, and it refuses the
      // script a wait would evaluate, so it gets a moment to render.
      void page.goto('about:debugging#/runtime/this-firefox').catch(() => undefined);
      await new Promise((ok) => setTimeout(ok, 3_000));
      await page.screenshot({ path: join(OUT, 'install-firefox.png') });
    } finally {
      await firefox.close();
    }
  });
});
