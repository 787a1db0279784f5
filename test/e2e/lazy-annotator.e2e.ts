/**
 * The script every page evaluates is the trigger gate and little else; the annotator
 * (page-annotator.js: walk, match, paint, hover) is loaded only into a page that may hold a
 * trigger (issue 3, principle 3). The debugger sees the scripts of every world, the content
 * script's included, so a test can tell whether the annotator was ever parsed in a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { REPO_ROOT } from './support/server';
import { chromiumSuite } from './support/suite';
import { expectedMarks, marksOf, normalise, pageNow, waitSettled } from './annotate-helpers';

const suite = chromiumSuite();
const POLL = { timeout: 10_000, interval: 50 };

interface Watched {
  page: Page;
  /** How many times page-annotator.js was parsed in the page so far. */
  annotatorParsed(): number;
  cdp: CDPSession;
}

/** A new tab whose parsed scripts are watched from before its first load. */
async function watchedPage(): Promise<Watched> {
  const page = await suite.browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  let parsed = 0;
  cdp.on('Debugger.scriptParsed', (e) => {
    if (/\/page-annotator\.js$/.test(e.url)) parsed++;
  });
  await cdp.send('Debugger.enable');
  return { page, cdp, annotatorParsed: () => parsed };
}

const QUIET_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council minutes</title>' +
  '</head><body><main><p>The parish council met on Tuesday to discuss the new footbridge.</p>' +
  '<p>The minutes were approved without a vote.</p></main></body></html>';

async function openQuiet(name: string): Promise<Watched> {
  suite.server.generated.set(name, QUIET_PAGE);
  const watched = await watchedPage();
  await watched.page.goto(`${suite.server.origin}/generated/${name}`);
  await waitSettled(watched.page);
  return watched;
}

test('a page without a trigger never loads the annotator', async () => {
  const { page, annotatorParsed } = await openQuiet('quiet.html');
  // Later text without a trigger goes through the same cheap gate, and loads nothing either.
  const passes = await pageNow(page);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Officials in Moscow were not available for comment.';
    document.querySelector('main')!.append(p);
  });
  await waitSettled(page, passes);
  expect(annotatorParsed()).toBe(0);
  expect(await marksOf(page)).toEqual({});
  await page.close();
});

test('a page with a trigger loads the annotator once and gets its marks', async () => {
  const { page, annotatorParsed } = await watchedPage();
  await page.goto(`${suite.server.origin}/fixtures/en-talks.html`);
  await waitSettled(page);
  expect(await marksOf(page)).toEqual(normalise(expectedMarks('en-talks.html')));
  expect(annotatorParsed()).toBe(1);
  await page.close();
});

test('the annotator and the card ask V8 to compile them whole as they load; the script on every page does not', () => {
  const built = (file: string) => readFileSync(join(REPO_ROOT, '.output/chrome-mv3', file), 'utf8');
  // wxt.config.ts, compileEagerly: a scan calls nearly all of the annotator, a card all its UI.
  for (const lazy of ['page-annotator.js', 'card-ui.js']) {
    expect(built(lazy).startsWith('//# allFunctionsCalledOnLoad\n'), lazy).toBe(true);
  }
  expect(built('content-scripts/content.js')).not.toContain('allFunctionsCalledOnLoad');
});

test('a quiet page loads the annotator when a trigger arrives', async () => {
  const { page, annotatorParsed } = await openQuiet('quiet-then-talks.html');
  expect(annotatorParsed()).toBe(0);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Sergei Ryabkov met Wendy Sherman in Geneva.';
    document.querySelector('main')!.append(p);
  });
  await expect
    .poll(() => marksOf(page), POLL)
    .toEqual({
      'sergei-ryabkov': ['Sergei Ryabkov'],
      'wendy-sherman': ['Wendy Sherman'],
      geneva: ['Geneva'],
    });
  expect(annotatorParsed()).toBe(1);
  await page.close();
});

test('no page threw an error', () => {
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});
