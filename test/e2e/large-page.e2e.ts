/**
 * A very large document (more than LARGE_DOCUMENT_BYTES of HTML) is not read in one
 * `innerText` call, a task of 25–100 ms on such a page: its gate opens unread and the full
 * scan, which reads in slices, decides (issue 3: no task over 50 ms). A smaller page keeps the
 * one cheap read. Chromium with the built extension; the pages are generated here.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { LARGE_DOCUMENT_BYTES } from '../../entrypoints/content/gate-text';
import { MARK_SLICE } from '../../entrypoints/content/marks';
import { marksOf, waitSettled } from './annotate-helpers';
import { chromiumSuite } from './support/suite';

const suite = chromiumSuite();

const FILLER =
  'The harbour committee reviewed the library budget, the ferry timetable and the plans ' +
  'for the winter festival, then adjourned until the spring.';

/** About `bytes` of paragraphs with no corpus name, then `end`. */
function generatedPage(bytes: number, end = ''): string {
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8">'];
  parts.push('<title>Council minutes</title></head><body><main>');
  for (let i = 1, size = 0; size < bytes; i++) {
    const paragraph = `<p>Item ${i}. ${FILLER}</p>\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push(end, '</main></body></html>');
  return parts.join('');
}

async function open(name: string, html: string): Promise<Page> {
  suite.server.generated.set(name, html);
  const page = await suite.browser.newPage();
  await page.goto(`${suite.server.origin}/generated/${name}`);
  await waitSettled(page, -1, 30_000);
  return page;
}

const sliceMarks = (page: Page) =>
  page.evaluate((name) => performance.getEntriesByName(name).length, MARK_SLICE);

const TRIGGER = '<p>Wendy Sherman and Sergei Ryabkov met in Geneva for the security talks.</p>';

test('a large page without a trigger is read in slices, and gets no mark', async () => {
  const page = await open('large-quiet.html', generatedPage(LARGE_DOCUMENT_BYTES + 200_000));
  expect(await marksOf(page)).toEqual({});
  expect(await sliceMarks(page)).toBeGreaterThan(0);
  await page.close();
});

test('a large page with a trigger at its very end gets its marks', async () => {
  const page = await open(
    'large-trigger.html',
    generatedPage(LARGE_DOCUMENT_BYTES + 200_000, TRIGGER),
  );
  expect(await marksOf(page)).toEqual({
    'wendy-sherman': ['Wendy Sherman'],
    'sergei-ryabkov': ['Sergei Ryabkov'],
    geneva: ['Geneva'],
  });
  await page.close();
});

test('a page below the size keeps the one read: no trigger, no scan', async () => {
  const page = await open('below-quiet.html', generatedPage(LARGE_DOCUMENT_BYTES - 300_000));
  expect(await marksOf(page)).toEqual({});
  expect(await sliceMarks(page)).toBe(0);
  await page.close();
});

test('no page threw an error', () => {
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});
