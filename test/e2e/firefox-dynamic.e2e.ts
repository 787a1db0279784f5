/**
 * A page that changes under the add-on, in Firefox ESR (issue 6; the Chromium suite is
 * annotate-dynamic.e2e.ts): items added in bulk, text nodes replaced by a re-render, text
 * removed, a pushState navigation and text the reader reveals are all followed by the marks.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchFirefoxWithAddon,
  readMarks,
  settledMarks,
  type FirefoxWithAddon,
} from './support/firefox';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let firefox: FirefoxWithAddon;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithAddon();
  page = await firefox.newPage();
  await page.goto(`${server.origin}/fixtures/dynamic.html`);
  await settledMarks(page);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const POLL = { timeout: 10_000, interval: 50 };

async function counts(): Promise<Record<string, number>> {
  const marks = await readMarks(page);
  return Object.fromEntries(Object.entries(marks).map(([id, texts]) => [id, texts.length]));
}

/** Calls one of dynamic.html's own functions in the page. */
function call(name: string, ...args: unknown[]): Promise<void> {
  return page.evaluate(
    (fn, rest) => (window as unknown as Record<string, (...a: unknown[]) => void>)[fn]!(...rest),
    name,
    args,
  );
}

test('the page as loaded is marked', async () => {
  expect(await counts()).toEqual({ 'wendy-sherman': 1, 'sergei-ryabkov': 2, geneva: 1 });
});

test('100 items added at once are all marked', async () => {
  await call('addItems', 100);
  await expect
    .poll(counts, POLL)
    .toEqual({ 'wendy-sherman': 1, 'sergei-ryabkov': 102, geneva: 1, nato: 100 });
});

test('a re-render replacing text nodes is marked again, and marks go with the text', async () => {
  await call('rerender', ['Sergei ', 'Ryabkov', ' briefed ', 'NATO', ' envoys.']);
  await expect.poll(async () => (await counts()).nato, POLL).toBe(101);
  expect((await readMarks(page))['sergei-ryabkov']).toContain('Sergei Ryabkov');
  await call('rerender', ['No statement yet.']);
  await expect.poll(async () => (await counts()).nato, POLL).toBe(100);
});

test('removed text takes its marks with it', async () => {
  await call('removeLead');
  await expect.poll(counts, POLL).toEqual({ 'sergei-ryabkov': 101, nato: 100 });
});

test('a pushState navigation shows only the new page’s marks', async () => {
  await call('navigate', 'Wendy Sherman left Geneva for talks in Brussels.');
  await expect
    .poll(() => readMarks(page), POLL)
    .toEqual({ 'wendy-sherman': ['Wendy Sherman'], geneva: ['Geneva'], brussels: ['Brussels'] });
  expect(firefox.pageErrors.map(String)).toEqual([]);
});

test('a new view rendered after the navigation needs its own trigger', async () => {
  // The view comes 300 ms after the location change, which Firefox ESR 153 reports at once
  // (Navigation API); WXT's once-a-second polling is for browsers without one.
  await call('navigateLater', 'Officials in Moscow declined to comment.', 300);
  const main = () => page.evaluate(() => document.getElementById('main')!.textContent);
  await expect.poll(main, POLL).toContain('Moscow');
  await expect.poll(() => readMarks(page), POLL).toEqual({});
  await call('appendParagraph', 'Sergei Ryabkov flew home.');
  await expect
    .poll(() => readMarks(page), POLL)
    .toEqual({ 'sergei-ryabkov': ['Sergei Ryabkov'], moscow: ['Moscow'] });
  expect(firefox.pageErrors.map(String)).toEqual([]);
});

test('names a "Read more" reveals (a class dropped, no text changed) are marked', async () => {
  const reveal = await firefox.newPage();
  await reveal.goto(`${server.origin}/fixtures/reveal.html`);
  await settledMarks(reveal);
  expect(await readMarks(reveal)).toEqual({});
  await reveal.click('#more');
  await expect
    .poll(() => readMarks(reveal), POLL)
    .toEqual({
      'wendy-sherman': ['Wendy Sherman'],
      'sergei-ryabkov': ['Sergei Ryabkov'],
      geneva: ['Geneva'],
      brussels: ['Brussels'],
      nato: ['NATO'],
    });
  await reveal.close();
  expect(firefox.pageErrors.map(String)).toEqual([]);
});

test('a page that hid its text while loading is marked once it shows it, with no reader action', async () => {
  const shown = await firefox.newPage();
  await shown.goto(`${server.origin}/fixtures/self-reveal.html`);
  await settledMarks(shown);
  expect(await readMarks(shown)).toEqual({});
  await shown.evaluate(() => (window as unknown as { revealPage(): void }).revealPage());
  await expect
    .poll(() => readMarks(shown), POLL)
    .toEqual({
      'wendy-sherman': ['Wendy Sherman'],
      'sergei-ryabkov': ['Sergei Ryabkov'],
      geneva: ['Geneva'],
    });
  await shown.close();
  expect(firefox.pageErrors.map(String)).toEqual([]);
});
