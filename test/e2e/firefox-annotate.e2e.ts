/**
 * Annotation in Firefox ESR (issue 6): the built add-on, installed over WebDriver BiDi, marks
 * every fixture page exactly as its `<page>.expected.json` says (the same expectations the
 * Chromium suite checks), negative pages get no mark and no element, and the add-on causes no
 * page error (errorsAddedByAddon: compared with the same pages once it is uninstalled).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OWN_HOST_TAG } from '../../entrypoints/content/own-host';
import {
  fixtureExpectations,
  launchFirefoxWithAddon,
  settledMarks,
  sortedMarks,
  type FirefoxWithAddon,
} from './support/firefox';
import { errorsAddedByAddon, pageErrorsSince } from './support/firefox-errors';
import { startServer, type TestServer } from './support/server';

const fixtures = fixtureExpectations();
/** Page errors per fixture URL while the add-on was installed. */
const errorsWithAddon = new Map<string, string[]>();
let server: TestServer;
let firefox: FirefoxWithAddon;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithAddon();
  page = await firefox.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('the fixtures hold both pages with trigger names and pages without', () => {
  const empty = fixtures.filter((f) => Object.keys(f.marks).length === 0);
  expect(empty.length).toBeGreaterThan(0);
  expect(fixtures.length - empty.length).toBeGreaterThan(0);
});

describe.each(fixtures)('$page in Firefox', ({ page: file, marks: expected }) => {
  const negative = Object.keys(expected).length === 0;
  const title = negative
    ? 'gets no mark and no element'
    : `marks ${Object.keys(expected).join(', ')}`;
  test(title, async () => {
    const url = `${server.origin}/fixtures/${file}`;
    const from = firefox.pageErrors.length;
    await page.goto(url);
    const marks = await settledMarks(page);
    errorsWithAddon.set(url, pageErrorsSince(firefox, from));
    expect(sortedMarks(marks)).toEqual(sortedMarks(expected));
    if (negative) {
      // Without a card shown, the add-on has added nothing at all to the page.
      const hosts = await page.evaluate(
        (tag) => document.getElementsByTagName(tag).length,
        OWN_HOST_TAG,
      );
      expect(hosts).toBe(0);
    }
  });
});

// Before the next test, which uninstalls the add-on.
test('a page hears no message from the add-on while it is annotated (quiet-context.ts)', async () => {
  const listening = await firefox.newPage();
  try {
    await listening.evaluateOnNewDocument(() => {
      const heard: string[] = [];
      Object.defineProperty(window, '__heard', { value: heard });
      window.addEventListener('message', (e) => heard.push(JSON.stringify(e.data)));
    });
    await listening.goto(`${server.origin}/fixtures/en-talks.html`);
    expect(Object.keys(await settledMarks(listening)).length).toBeGreaterThan(0);
    // The canary proves the recorder hears what is posted to the page.
    await listening.evaluate(() => window.postMessage('canary', '*'));
    const heard = () =>
      listening.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    await expect.poll(heard).toContain('"canary"');
    expect(await heard()).toEqual(['"canary"']);
  } finally {
    await listening.close();
  }
});

test('the add-on adds no page error: the same pages without it report the same', async () => {
  expect(errorsWithAddon.size).toBe(fixtures.length);
  await expect(errorsAddedByAddon(firefox, errorsWithAddon)).resolves.toEqual({});
});
