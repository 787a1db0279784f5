/**
 * A page whose only trigger is hidden stays unannotated, and is annotated once the reader
 * reveals it (entrypoints/content/reveal-watch.ts): a "Read more" that drops a class, a tab
 * opened from the keyboard, a <details> opened. Both states are covered: the quiet one, where
 * nothing the page renders opens the gate (reveal.html), and the annotator's untriggered one,
 * where a visible "Geneva" opened the gate but nothing triggered (neg-hidden.html).
 * Chromium, built extension.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { PageStatus } from '../../lib/browser/messages';
import { chromiumSuite } from './support/suite';
import { openFixture, sendToActiveTab } from './card-support';
import { marksOf, pageNow, waitSettled } from './annotate-helpers';

const suite = chromiumSuite();

/** reveal.html's own function that appends stories to its feed. */
interface Grows {
  growFeed(count: number): void;
}

const open = (fixture: string) => openFixture(suite.browser, suite.server, fixture);

const stateOf = async (page: Page) =>
  ((await sendToActiveTab(suite.browser, page, { type: 'page-status' })) as PageStatus).state;

/** Does `act` and waits for the pass the content script runs after it. */
async function after(page: Page, act: () => Promise<void>): Promise<void> {
  const t = await pageNow(page);
  await act();
  await waitSettled(page, t);
}

/** The page clock's time of the latest reading of the page by the gate (-1: none). */
const lastGate = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('geneva-lens:gate')[0]?.startTime ?? -1);

/** The page clock's time of the latest full scan's start (-1: none). */
const lastScan = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('geneva-lens:scan')[0]?.startTime ?? -1);

/** Every name in reveal.html: once triggered, the names still hidden are painted too. */
const REVEALED = {
  'wendy-sherman': ['Wendy Sherman'],
  'sergei-ryabkov': ['Sergei Ryabkov'],
  geneva: ['Geneva'],
  brussels: ['Brussels'],
  nato: ['NATO'],
};

test('a click that reveals nothing leaves the page alone', async () => {
  const page = await open('reveal.html');
  await after(page, () => page.getByRole('heading').click());
  expect(await marksOf(page)).toEqual({});
  expect(await stateOf(page)).not.toBe('annotated');
  await page.close();
});

test('"Read more" revealing hidden trigger names annotates the page', async () => {
  const page = await open('reveal.html');
  expect(await marksOf(page)).toEqual({});
  const clicked = await pageNow(page);
  await after(page, () => page.getByRole('button', { name: 'Read more' }).click());
  expect(await marksOf(page)).toEqual(REVEALED);
  expect(await stateOf(page)).toBe('annotated');
  // What the page renders was read again, through the gate.
  expect(await lastGate(page)).toBeGreaterThan(clicked);
  await page.close();
});

test('a page grown past a million characters is not read in one call: the sliced scan decides', async () => {
  const page = await open('reveal.html');
  await after(page, () => page.evaluate(() => (window as unknown as Grows).growFeed(1100)));
  expect(await marksOf(page)).toEqual({});
  const clicked = await pageNow(page);
  await after(page, () => page.getByRole('button', { name: 'Read more' }).click());
  expect(await marksOf(page)).toEqual(REVEALED);
  expect(await lastGate(page)).toBeLessThan(clicked);
  await page.close();
});

test('a click the page synthesises is not the reader’s: only a real one makes us look', async () => {
  const page = await open('reveal.html');
  const before = await pageNow(page);
  await page.evaluate(() => document.getElementById('more')!.click());
  // Well past reveal-watch.ts's 250 ms: a look would have read the page through the gate.
  await page.waitForTimeout(800);
  expect(await lastGate(page)).toBeLessThan(before);
  expect(await marksOf(page)).toEqual({});
  await after(page, () => page.getByRole('heading').click());
  expect(await marksOf(page)).toEqual(REVEALED);
  await page.close();
});

test('a tab opened with Enter reveals its trigger names', async () => {
  const page = await open('reveal.html');
  await page.getByRole('tab').focus();
  await after(page, () => page.keyboard.press('Enter'));
  expect(await marksOf(page)).toEqual(REVEALED);
  await page.close();
});

test('on a page the gate opened but nothing triggered, opening <details> annotates it', async () => {
  const page = await open('neg-hidden.html');
  expect(await marksOf(page)).toEqual({});
  const clicked = await pageNow(page);
  await after(page, () => page.getByText('Tickets for the Geneva').click());
  expect(await marksOf(page)).toEqual({});
  // The page was scanned, hidden text included: only the hidden trigger names are looked at.
  expect(await lastGate(page)).toBeLessThan(clicked);
  await after(page, () => page.getByText('More stories').click());
  const marks = await marksOf(page);
  expect(Object.keys(marks)).toEqual(
    expect.arrayContaining(['wendy-sherman', 'sergei-ryabkov', 'geneva', 'nato']),
  );
  expect(await stateOf(page)).toBe('annotated');
  await page.close();
});

test('Enter and Space typed in a text field make us look at nothing', async () => {
  const page = await open('reveal.html');
  const before = await pageNow(page);
  await page.focus('#search');
  await page.keyboard.type('harbour budget');
  await page.keyboard.press('Enter');
  // Well past reveal-watch.ts's 250 ms: a look would have read the page through the gate.
  await page.waitForTimeout(800);
  expect(await lastGate(page)).toBeLessThan(before);
  await page.close();
});

test('a <details> the page’s own script opens makes us look at nothing; the reader’s next click does', async () => {
  const page = await open('neg-hidden.html');
  await page.evaluate(() => (document.querySelector('details')!.open = true));
  await page.waitForTimeout(800);
  expect(await marksOf(page)).toEqual({});
  await after(page, () => page.getByRole('heading').click());
  expect(Object.keys(await marksOf(page))).toEqual(
    expect.arrayContaining(['wendy-sherman', 'sergei-ryabkov', 'geneva', 'nato']),
  );
  await page.close();
});

test('a reveal that comes after the first look of a burst is caught by the look after it', async () => {
  const page = await open('reveal.html');
  // The first click starts the 250 ms wait; the second, inside it, reveals 150 ms later.
  await page.getByRole('heading').click();
  await page.waitForTimeout(100);
  await page.getByRole('button', { name: 'Reactions, shortly' }).click();
  await expect.poll(() => marksOf(page), { timeout: 5_000, interval: 50 }).toEqual(REVEALED);
  await page.close();
});

test.each([
  ['neighbours', 'reveal-evidence.html', { washington: ['Washington'], moscow: ['Moscow'] }],
  ['cue words', 'reveal-cue.html', {}],
])(
  'a bare "Geneva" whose only %s are hidden is annotated once the reader shows them',
  async (_, fixture, others) => {
    const page = await open(fixture);
    // The gate opened on "Geneva"; unseen, what says which Geneva it is does not count.
    expect(await marksOf(page)).toEqual({});
    // The visible "Geneva" is not kept for a look: a click revealing nothing scans nothing.
    const clicked = await pageNow(page);
    await after(page, () => page.getByRole('heading').click());
    expect(await lastScan(page)).toBeLessThan(clicked);
    await page.getByRole('button', { name: 'Read more' }).click();
    await expect
      .poll(() => marksOf(page), { timeout: 5_000, interval: 50 })
      .toEqual({ geneva: ['Geneva'], ...others });
    await page.close();
  },
);

/** self-reveal.html's own functions: its loader's reveal, and a class flipped on <body>. */
interface SelfReveals {
  revealPage(): void;
  flipBody(count: number, everyMs: number): Promise<void>;
}

const SELF_REVEALED = {
  'wendy-sherman': ['Wendy Sherman'],
  'sergei-ryabkov': ['Sergei Ryabkov'],
  geneva: ['Geneva'],
};

test.each([
  ['a class on <html>', 'self-reveal.html'],
  ['a style sheet of its own', 'self-reveal.html?hide=sheet'],
])(
  'a page that hid its text while loading by %s is annotated once it shows it, with no reader action',
  async (_, fixture) => {
    const page = await open(fixture);
    expect(await marksOf(page)).toEqual({});
    await page.evaluate(() => (window as unknown as SelfReveals).revealPage());
    await expect.poll(() => marksOf(page), { timeout: 5_000, interval: 50 }).toEqual(SELF_REVEALED);
    await page.close();
  },
);

test('a page hidden whole (html display: none) that opened the gate is annotated once it shows', async () => {
  const page = await open('self-reveal.html?hide=display');
  // innerText reads a page that renders nothing as its whole text: the gate opened, the scan
  // found the triggers hidden, and the page waits in the annotator's untriggered state.
  expect(await marksOf(page)).toEqual({});
  expect(await stateOf(page)).not.toBe('annotated');
  await page.evaluate(() => (window as unknown as SelfReveals).revealPage());
  await expect.poll(() => marksOf(page), { timeout: 5_000, interval: 50 }).toEqual(SELF_REVEALED);
  await page.close();
});

test('a page flipping a <body> class over and over early on costs a few looks, not one per flip', async () => {
  const page = await suite.browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { glGateReads: number };
    w.glGateReads = 0;
    new PerformanceObserver((list) => {
      w.glGateReads += list.getEntriesByName('geneva-lens:gate').length;
    }).observe({ type: 'measure' });
  });
  await page.goto(`${suite.server.origin}/fixtures/self-reveal.html`);
  await waitSettled(page);
  const reads = () =>
    page.evaluate(() => (window as unknown as { glGateReads: number }).glGateReads);
  expect(await reads()).toBe(1);
  // Three seconds of flips, 60 of them: a look every 250 ms would be 12 reads.
  await page.evaluate(() => (window as unknown as SelfReveals).flipBody(60, 50));
  await page.waitForTimeout(600);
  // The first read, four looks asked by the page, and the one after the last burst.
  expect(await reads()).toBeLessThanOrEqual(6);
  expect(await reads()).toBeGreaterThan(1);
  expect(await marksOf(page)).toEqual({});
  await page.close();
});

test('no page threw an error', () => {
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});
