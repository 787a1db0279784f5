/**
 * The hover card in Firefox ESR (issue 6): pointing at a mark opens a dialog named after the
 * entity, inside the open shadow root of the one host element the add-on adds, styled even
 * under a strict CSP or Trusted Types; Escape closes it. The add-on's own pages (popup,
 * options, corpus reader) open and render too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { OWN_HOST_TAG } from '../../entrypoints/content/own-host';
import { launchFirefoxWithAddon, settledMarks, type FirefoxWithAddon } from './support/firefox';
import { errorsAddedByAddon, pageErrorsSince } from './support/firefox-errors';
import { REPO_ROOT, startServer, type TestServer } from './support/server';

let server: TestServer;
let firefox: FirefoxWithAddon;
/** Page errors per page URL while the add-on was installed. */
const errorsWithAddon = new Map<string, string[]>();

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithAddon();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

function displayName(entity: string): string {
  const seed = join(REPO_ROOT, 'seeds/entities', `${entity}.json`);
  return (JSON.parse(readFileSync(seed, 'utf8')) as { name: { en: string } }).name.en;
}

/** The open card's accessible name (aria-labelledby inside the shadow root), or null. */
function openCardName(page: Page): Promise<string | null> {
  return page.evaluate((tag) => {
    const root = document.getElementsByTagName(tag)[0]?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!root || !dialog || dialog.closest('[hidden]')) return null;
    const ids = dialog.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
    const named = ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    return named || dialog.getAttribute('aria-label');
  }, OWN_HOST_TAG);
}

/** Points at the middle of the entity's first mark, as a reader's mouse would. */
async function hoverMark(page: Page, entity: string): Promise<void> {
  const point = await page.evaluate((name) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const [first] = registry.get(name) ?? [];
    const rect = first && (first as Range).getClientRects()[0];
    return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  }, `gl-${entity}`);
  if (!point) throw new Error(`no mark of ${entity} on ${page.url()}`);
  await page.mouse.move(point.x - 3, point.y);
  await page.mouse.move(point.x, point.y);
}

const elementCount = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

test.each([
  { fixture: 'en-talks.html', entity: 'wendy-sherman' },
  { fixture: 'is-talks.html', entity: 'sergei-ryabkov' },
  { fixture: 'strict-csp.html', entity: 'geneva' },
  { fixture: 'trusted-types.html', entity: 'nato' },
])('hovering $entity on $fixture opens its card; Escape closes it', async ({ fixture, entity }) => {
  const page = await firefox.newPage();
  const url = `${server.origin}/fixtures/${fixture}`;
  const from = firefox.pageErrors.length;
  await page.goto(url);
  await settledMarks(page);
  const before = await elementCount(page);

  await hoverMark(page, entity);
  await page.waitForFunction(
    (tag) => !!document.getElementsByTagName(tag)[0]?.shadowRoot?.querySelector('[role="dialog"]'),
    { timeout: 5_000, polling: 50 },
    OWN_HOST_TAG,
  );
  await expect(openCardName(page)).resolves.toBe(displayName(entity));
  // Styled by its constructed stylesheet even where the page's CSP forbids styles: the card
  // floats (position: fixed) instead of landing in the page's flow.
  const position = await page.evaluate((tag) => {
    const dialog = document
      .getElementsByTagName(tag)[0]
      ?.shadowRoot?.querySelector('[role="dialog"]');
    return dialog?.parentElement ? getComputedStyle(dialog.parentElement).position : null;
  }, OWN_HOST_TAG);
  expect(position).toBe('fixed');
  // The host is the only element added; the card lives in its shadow root.
  expect(await elementCount(page)).toBe(before + 1);
  expect(
    await page.evaluate((tag) => document.getElementsByTagName(tag).length, OWN_HOST_TAG),
  ).toBe(1);

  await page.keyboard.press('Escape');
  await page.waitForFunction(
    (tag) => {
      const dialog = document
        .getElementsByTagName(tag)[0]
        ?.shadowRoot?.querySelector('[role="dialog"]');
      return !dialog || !!dialog.closest('[hidden]');
    },
    { timeout: 5_000, polling: 50 },
    OWN_HOST_TAG,
  );
  await expect(openCardName(page)).resolves.toBe(null);
  errorsWithAddon.set(url, pageErrorsSince(firefox, from));
  await page.close();
});

test.each(['popup.html', 'options.html', 'corpus.html'])(
  '%s opens as an extension page in Firefox and renders, without errors',
  async (path) => {
    const from = firefox.pageErrors.length;
    const page = await firefox.openExtensionPage(path);
    await page.waitForFunction(() => (document.body.textContent ?? '').trim().length > 0, {
      timeout: 5_000,
    });
    await page.close();
    expect(pageErrorsSince(firefox, from)).toEqual([]);
  },
);

test('the add-on adds no page error: the same pages without it report the same', async () => {
  expect(errorsWithAddon.size).toBe(4);
  await expect(errorsAddedByAddon(firefox, errorsWithAddon)).resolves.toEqual({});
});
