/**
 * The popup opened as an extension page (issue 5): the five articles, search across languages
 * as you type, keyboard tabs, names and timeline, and its first-render time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { REPO_ROOT } from './support/server';
import { buildCorpus } from '../../lib/corpus/build';
import { readSeedFiles } from '../../lib/corpus/seed-files';

interface Meta {
  id: string;
  language: string;
  title: { text: string };
  source: { name: string };
  date: { value: string };
}
const seeds = join(REPO_ROOT, 'seeds');
const articles: Meta[] = readdirSync(join(seeds, 'articles'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(seeds, 'articles', f), 'utf8')) as Meta);
const nameOf = (id: string): string =>
  (
    JSON.parse(readFileSync(join(seeds, 'entities', `${id}.json`), 'utf8')) as {
      name: { en: string };
    }
  ).name.en;

type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };

/**
 * The id of the tab opened last (tab ids only grow). Without the "tabs" permission the
 * extension cannot see tab URLs, so tests identify tabs by order.
 */
async function newestTabId(b: ExtensionBrowser): Promise<number> {
  return b.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: TabsApi };
    return Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1));
  });
}

const bundle = buildCorpus(readSeedFiles(seeds));
let browser: ExtensionBrowser;
let popup: Page;
beforeAll(async () => {
  browser = await launchWithExtension({ viewport: { width: 420, height: 560 } });
  popup = await browser.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
});
afterAll(async () => {
  await browser?.close();
});

test('the popup lists the five articles with source, language and date', async () => {
  expect(articles).toHaveLength(5);
  await popup.getByRole('tab', { name: 'Articles' }).click();
  const rows = popup.locator('.articles > li');
  await expect.poll(() => rows.count()).toBe(5);
  const texts = await rows.allInnerTexts();
  for (const a of articles) {
    const row = texts.find((t) => t.startsWith(a.title.text));
    expect(row, a.title.text).toBeDefined();
    expect(row).toContain(a.source.name);
    expect(row).toContain(a.language === 'is' ? 'Icelandic' : 'English');
    expect(row).toContain(String(new Date(a.date.value).getUTCFullYear()));
  }
  const href = await rows.first().locator('a').getAttribute('href');
  expect(href).toMatch(
    new RegExp(
      `^chrome-extension://${browser.extensionId}/corpus\\.html#/article/\\d{3}_[0-9a-f]{16}$`,
    ),
  );
});

test.each([
  ['Genf', 'geneva'],
  ['rjabkov', 'sergei-ryabkov'],
  ['Рябков', 'sergei-ryabkov'],
  ['nato', 'nato'],
  ['Wendy', 'wendy-sherman'],
])('searching "%s" finds %s first, as you type', async (query, entity) => {
  await popup.getByRole('tab', { name: 'Search' }).click();
  const box = popup.getByRole('searchbox', { name: 'Search the corpus' });
  await box.fill('');
  await box.pressSequentially(query, { delay: 20 });
  const first = popup.locator('.results section').first().locator('a').first();
  await expect.poll(() => first.textContent()).toBe(nameOf(entity));
  expect(await first.getAttribute('href')).toMatch(new RegExp(`#/entity/${entity}$`));
  // Sentences that mention it are found too, with the words emphasised.
  expect(await popup.locator('.hits-sentence mark').count()).toBeGreaterThan(0);
});

test('tabs are one tab stop; arrow keys move between them', async () => {
  const tab = popup.getByRole('tab', { name: 'On this page' });
  await tab.click();
  await tab.press('ArrowRight');
  await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Search');
  expect(await popup.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected')).toBe(
    'true',
  );
  await popup.keyboard.press('End');
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.textContent))
    .toBe('Timeline');
  expect(await popup.locator('[role=tab][tabindex="0"]').count()).toBe(1);
});

test('names come by type with mention counts; the timeline marks weekday mismatches', async () => {
  await popup.getByRole('tab', { name: 'Names' }).click();
  const headings = await popup.locator('.entity-groups h2').allTextContents();
  expect(headings.map((h) => h.replace(/\s*\d+$/, ''))).toEqual([
    'People',
    'Places',
    'Organisations',
  ]);
  const ryabkov = popup.locator('li', { has: popup.locator('a[href$="#/entity/sergei-ryabkov"]') });
  expect(await ryabkov.innerText()).toMatch(/\d+ mentions in \d+ articles/);
  await popup.getByRole('tab', { name: 'Timeline' }).click();
  expect(await popup.locator('.timeline > li').count()).toBe(bundle.events.length);
  const mismatches = bundle.events.flatMap((e) => e.weekdayChecks.filter((w) => !w.matches));
  expect(mismatches.length).toBeGreaterThan(0);
  expect(await popup.locator('.timeline .flag.weekday').count()).toBe(mismatches.length);
  const disagreeing = bundle.events.reduce((n, e) => n + e.disagreements.length, 0);
  expect(await popup.locator('.timeline .flag.disagreement').count()).toBe(disagreeing);
});

test('a page the extension cannot reach says so', async () => {
  const blank = await browser.newPage();
  await blank.goto('about:blank');
  const tabId = await newestTabId(browser);
  const p = await browser.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await expect
    .poll(() => p.locator('.status').textContent())
    .toContain('This page cannot be marked');
  expect(await p.getByRole('button', { name: 'Pause on this site' }).count()).toBe(0);
  await p.close();
  await blank.close();
});

test('first render: module start and navigation start to the first painted frame', async () => {
  const render: number[] = [];
  const nav: number[] = [];
  for (let i = 0; i < 7; i++) {
    const p = await browser.newPage();
    await p.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const [r, n] = await p.evaluate(async () => {
      const get = (name: string) => performance.getEntriesByName(name)[0]?.duration;
      while (get('geneva-lens:popup-first-render') === undefined)
        await new Promise((ok) => setTimeout(ok, 10));
      return [get('geneva-lens:popup-render')!, get('geneva-lens:popup-first-render')!];
    });
    render.push(r);
    nav.push(n);
    await p.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  console.log(
    `popup first render (7 runs): module start → first frame median ${median(render).toFixed(1)} ms ` +
      `[${render.map((x) => x.toFixed(0)).join(', ')}]; navigation start → first frame median ` +
      `${median(nav).toFixed(1)} ms [${nav.map((x) => x.toFixed(0)).join(', ')}]`,
  );
  expect(median(render)).toBeLessThan(100);
  expect(browser.pageErrors).toEqual([]);
});
