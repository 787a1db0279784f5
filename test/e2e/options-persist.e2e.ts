/**
 * Options (issue 5): every control saves at once, survives a browser restart (same profile),
 * a corrupt stored value is repaired instead of breaking the page, and the UI language
 * switches open extension pages live.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

type StorageApi = {
  storage: {
    local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
};
const profile = mkdtempSync(join(tmpdir(), 'gl-options-'));
let browser: ExtensionBrowser | undefined;
afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

const stored = (b: ExtensionBrowser) =>
  b.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: StorageApi };
    return (await chrome.storage.local.get('settings')).settings;
  });

async function openOptions(b: ExtensionBrowser): Promise<Page> {
  const page = await b.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.locator('form').waitFor();
  return page;
}

test('changes are saved at once and survive a browser restart', async () => {
  browser = await launchWithExtension({ userDataDir: profile });
  const page = await openOptions(browser);
  await page.getByLabel('Every page').check();
  await page.getByLabel('Places').uncheck();
  await page.getByLabel('Both').check();
  const delay = page.getByRole('slider', { name: 'Wait before showing a card' });
  await delay.focus();
  await delay.press('ArrowRight');
  await delay.press('ArrowRight');
  await page.getByLabel('Mark names on web pages').uncheck();
  await expect
    .poll(() => stored(browser!))
    .toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      triggerMode: 'all',
      types: { person: true, place: false, organisation: true },
      style: 'both',
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs + 100,
    });
  expect(await page.locator('[role=status]').textContent()).toContain('Saved');
  await browser.close();

  browser = await launchWithExtension({ userDataDir: profile });
  const again = await openOptions(browser);
  expect(await again.getByLabel('Mark names on web pages').isChecked()).toBe(false);
  expect(await again.getByLabel('Every page').isChecked()).toBe(true);
  expect(await again.getByLabel('Places').isChecked()).toBe(false);
  expect(await again.getByLabel('People').isChecked()).toBe(true);
  expect(await again.getByLabel('Both').isChecked()).toBe(true);
  expect(await again.locator('output').textContent()).toBe(
    `${DEFAULT_SETTINGS.hoverDelayMs + 100} ms`,
  );
  // Controls that depend on annotation being on are disabled while it is off.
  expect(await again.getByLabel('Every page').isDisabled()).toBe(true);
});

test('a corrupt stored value shows the defaults for its bad fields and is repaired', async () => {
  browser ??= await launchWithExtension({ userDataDir: profile });
  await browser.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: StorageApi };
    await chrome.storage.local.set({
      settings: {
        enabled: 'yes',
        style: 'background',
        hoverDelayMs: 99_999,
        pausedSites: [null, 'Example.COM', 4],
      },
    });
  });
  const page = await openOptions(browser);
  expect(await page.getByLabel('Mark names on web pages').isChecked()).toBe(true);
  expect(await page.getByLabel('Background').isChecked()).toBe(true);
  expect(await page.locator('output').textContent()).toBe(`${DEFAULT_SETTINGS.hoverDelayMs} ms`);
  expect(await page.locator('.paused-sites li span').allTextContents()).toEqual(['example.com']);
  await expect
    .poll(() => stored(browser!))
    .toEqual({
      ...DEFAULT_SETTINGS,
      style: 'background',
      pausedSites: ['example.com'],
    });
  await page.getByRole('button', { name: 'Resume on example.com' }).click();
  await expect.poll(() => page.locator('.paused-sites').count()).toBe(0);
  expect(await page.getByText('No site is paused.').count()).toBe(1);
});

test('choosing Icelandic switches the open corpus page and popup without a reload', async () => {
  browser ??= await launchWithExtension({ userDataDir: profile });
  const corpus = await browser.newPage();
  await corpus.goto(`chrome-extension://${browser.extensionId}/corpus.html#/entity/sergei-ryabkov`);
  await expect.poll(() => corpus.locator('#entity-title').textContent()).toBe('Sergei Ryabkov');
  const popup = await browser.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('tab', { name: 'Articles' }).waitFor();
  const page = await openOptions(browser);
  await page.getByLabel('Language of Geneva Lens').selectOption('is');
  await expect.poll(() => page.locator('h1').textContent()).toBe('Stillingar Geneva Lens');
  await expect.poll(() => corpus.locator('#entity-title').textContent()).toBe('Sergej Rjabkov');
  expect(await corpus.evaluate(() => document.documentElement.lang)).toBe('is');
  expect(await corpus.locator('nav a').first().textContent()).toBe('Greinar og nöfn');
  await expect.poll(() => popup.getByRole('tab', { name: 'Greinar' }).count()).toBe(1);
  await page.getByLabel('Tungumál Geneva Lens').selectOption('browser');
  await expect.poll(() => corpus.locator('#entity-title').textContent()).toBe('Sergei Ryabkov');
  expect(browser.pageErrors).toEqual([]);
});
