/**
 * The 68 saved real news pages (../shared/pages-real, see its SOURCE.md) with the built
 * extension (issue 3): none has a trigger, so none may get a single mark or a card host, and
 * the content script must finish on each without an error. One browser, pages in sequence;
 * each page is done when the content script records that it settled.
 *
 * Then a sentence with triggers is added to each page, as a live blog or a comment thread
 * would add it: the page is now annotated, and every mark outside the sentence must be a name
 * the page really holds, as listed in test/fixtures/real-pages-triggered.expected.json (each
 * one read in context: bylines of The New York Times, Reuters credits, Joe Biden, the EU,
 * Kiev…). Real pages are where "Washington", "Paris" or "Berlin" stand for something else,
 * and where an ambiguous name must not be marked on a trigger alone.
 *
 * The saved pages' own scripts are switched off (a `script-src 'none'` policy added to each
 * response): offline they only fail on missing resources, and a page error of theirs would
 * hide one of ours. Our content script is not subject to the page's CSP, so nothing else
 * changes for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, readMarks, type ExtensionBrowser } from './support/chromium';
import { REAL_PAGES, REPO_ROOT, startServer, type TestServer } from './support/server';
import { pageNow, waitSettled, type ExpectedMarks } from './annotate-helpers';

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

/** Fresh text (not a corpus sentence) naming three triggers unambiguously. */
const TRIGGER_SENTENCE =
  'Wendy Sherman and Sergei Ryabkov met again in Geneva on Monday, a NATO diplomat said.';
const SENTENCE_MARKS: ExpectedMarks = {
  geneva: ['Geneva'],
  nato: ['NATO'],
  'sergei-ryabkov': ['Sergei Ryabkov'],
  'wendy-sherman': ['Wendy Sherman'],
};

/**
 * Pages whose stylesheet hides everything until their own scripts run (switched off here):
 * engadget's `html { display: none }`. The reader sees nothing, so the added sentence
 * triggers nothing and the page stays unannotated.
 */
const HIDDEN_WITHOUT_SCRIPTS = new Set(['engadget.html']);

/** Per page, the marks outside the added sentence; a page not listed must have none. */
const EXPECTED = JSON.parse(
  readFileSync(join(REPO_ROOT, 'test/fixtures/real-pages-triggered.expected.json'), 'utf8'),
) as Record<string, ExpectedMarks>;

/** Appends the sentence in a paragraph of its own, through the DOM (never as HTML). */
function addSentence(sentence: string): void {
  const p = document.createElement('p');
  p.id = 'gl-test-trigger';
  p.textContent = sentence;
  (document.body ?? document.documentElement).append(p);
}

/** The marks inside and outside the added sentence, as sorted, whitespace-collapsed texts. */
function marksAround(): {
  shown: boolean;
  inside: Record<string, string[]>;
  outside: Record<string, string[]>;
} {
  const sentence = document.getElementById('gl-test-trigger');
  const out = {
    shown: sentence?.checkVisibility() ?? false,
    inside: {} as Record<string, string[]>,
    outside: {} as Record<string, string[]>,
  };
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('gl-')) continue;
    for (const range of highlight as Highlight) {
      if (!(range instanceof Range)) continue;
      const side = sentence?.contains(range.startContainer) ? out.inside : out.outside;
      (side[name.slice(3)] ??= []).push(range.toString().replace(/\s+/g, ' '));
    }
  }
  for (const side of [out.inside, out.outside])
    for (const texts of Object.values(side)) texts.sort();
  return out;
}

test('all 68 saved pages are here, and every page with expected marks is one of them', () => {
  expect(PAGES).toHaveLength(68);
  expect(Object.keys(EXPECTED).filter((name) => !PAGES.includes(name))).toEqual([]);
});

test.each(PAGES)(
  '%s: no mark, no card host, no error; with a trigger added, only the names it holds',
  async (name) => {
    browser.pageErrors.length = 0;
    await page.goto(`${server.origin}/real/${name}`, { waitUntil: 'domcontentloaded' });
    await waitSettled(page);
    expect(await readMarks(page)).toEqual({});
    expect(await page.locator('geneva-lens').count()).toBe(0);

    const before = await pageNow(page);
    await page.evaluate(addSentence, TRIGGER_SENTENCE);
    await waitSettled(page, before);
    const marks = await page.evaluate(marksAround);
    const hidden = HIDDEN_WITHOUT_SCRIPTS.has(name);
    expect(marks.shown).toBe(!hidden);
    expect(marks.inside).toEqual(hidden ? {} : SENTENCE_MARKS);
    expect(marks.outside).toEqual(hidden ? {} : (EXPECTED[name] ?? {}));
    expect(browser.pageErrors.map(String)).toEqual([]);
  },
);
