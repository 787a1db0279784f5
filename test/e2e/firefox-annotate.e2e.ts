/**
 * Annotation in Firefox ESR (issue 6): the built add-on, installed over WebDriver BiDi, marks
 * every fixture page exactly as its `<page>.expected.json` says (the same expectations the
 * Chromium suite checks), negative pages get no mark and no element, and the add-on causes no
 * page error.
 *
 * Firefox reports a page's Content-Security-Policy violations as page errors, and the strict-CSP
 * and Trusted Types fixtures cause some on purpose (their own inline style and script). So the
 * errors seen with the add-on are compared with those of the same pages after it is
 * uninstalled: any error the add-on adds (say, a style of ours that the page's CSP blocks)
 * fails.
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
import { startServer, type TestServer } from './support/server';

const fixtures = fixtureExpectations();
/** Page errors per fixture page while the add-on was installed. */
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

/** Loads a fixture page and returns the page errors reported while `work` ran on it. */
async function errorsDuring(file: string, work: () => Promise<void>): Promise<string[]> {
  const from = firefox.pageErrors.length;
  await page.goto(`${server.origin}/fixtures/${file}`);
  await work();
  // The browser's own favicon request is neither the page's doing nor ours.
  return firefox.pageErrors
    .slice(from)
    .map((e) => e.message)
    .filter((m) => !m.includes('/favicon.ico'))
    .sort();
}

test('the fixtures hold both pages with trigger names and pages without', () => {
  const empty = fixtures.filter((f) => Object.keys(f.marks).length === 0);
  expect(empty.length).toBeGreaterThan(0);
  expect(fixtures.length - empty.length).toBeGreaterThan(0);
});

describe.each(fixtures)('$page in Firefox', ({ page: file, marks: expected }) => {
  const negative = Object.keys(expected).length === 0;
  test(
    negative ? 'gets no mark and no element' : `marks ${Object.keys(expected).join(', ')}`,
    async () => {
      let marks: Record<string, string[]> = {};
      const errors = await errorsDuring(file, async () => {
        marks = await settledMarks(page);
      });
      errorsWithAddon.set(file, errors);
      expect(sortedMarks(marks)).toEqual(sortedMarks(expected));
      if (negative) {
        // Without a card shown, the add-on has added nothing at all to the page.
        const hosts = await page.evaluate(
          (tag) => document.getElementsByTagName(tag).length,
          OWN_HOST_TAG,
        );
        expect(hosts).toBe(0);
      }
    },
  );
});

test('the add-on adds no page error: the same pages without it report the same', async () => {
  expect(errorsWithAddon.size).toBe(fixtures.length);
  await firefox.browser.uninstallExtension(firefox.addonId);
  const added: Record<string, string[]> = {};
  for (const { page: file } of fixtures) {
    const baseline = await errorsDuring(file, () => new Promise((ok) => setTimeout(ok, 500)));
    const extra = (errorsWithAddon.get(file) ?? []).filter((m) => {
      const at = baseline.indexOf(m);
      if (at >= 0) baseline.splice(at, 1);
      return at < 0;
    });
    if (extra.length) added[file] = extra;
  }
  expect(added).toEqual({});
});
