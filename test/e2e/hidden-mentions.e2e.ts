/**
 * Names in text the page hides (display: none, visibility: hidden, a closed <details>) are
 * painted like any other, so they show as soon as the page reveals them, but the keyboard
 * steps and the popup's counts only reach the names a reader can see (rendered.ts): a step
 * never scrolls to nothing, and "On this page" counts what is on the page. Chromium, built
 * extension, fixture test/fixtures/pages/hidden-mentions.html.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { PageStatus } from '../../lib/browser/messages';
import { chromiumSuite } from './support/suite';
import { CARD_TIMEOUT, expectedCard, openFixture, sendToActiveTab } from './card-support';

const suite = chromiumSuite({ viewport: { width: 1024, height: 720 } });

/** The fixture's names a reader can see, in document order; the rest of its marks are hidden. */
const VISIBLE = ['wendy-sherman', 'geneva', 'washington', 'moscow'];

const open = () => openFixture(suite.browser, suite.server, 'hidden-mentions.html');
const send = (page: Page, message: object) => sendToActiveTab(suite.browser, page, message);

async function counts(page: Page): Promise<Record<string, number>> {
  const status = (await send(page, { type: 'page-status' })) as PageStatus;
  if (status.state !== 'annotated') throw new Error(`page not annotated: ${status.state}`);
  return Object.fromEntries(status.entities.map((e) => [e.entity, e.count]));
}

/** Steps once and waits for the card of the entity it must land on. */
async function stepTo(page: Page, direction: 1 | -1, entity: string): Promise<void> {
  await expect(send(page, { type: 'step-mention', direction })).resolves.toBe(true);
  const name = expectedCard(entity, 'en').name;
  await page.getByRole('dialog', { name }).waitFor({ timeout: CARD_TIMEOUT });
}

test('hidden names are painted but not counted for the popup', async () => {
  const page = await open();
  const painted = await page.evaluate(() =>
    [...CSS.highlights.keys()].filter((n) => n.startsWith('gl-')).map((n) => n.slice(3)),
  );
  expect(painted).toEqual(expect.arrayContaining(['nato', 'sergei-ryabkov', 'osce']));
  expect(await counts(page)).toEqual(Object.fromEntries(VISIBLE.map((e) => [e, 1])));
  await page.close();
});

test('stepping goes through the visible names only, wrapping, both ways', async () => {
  const page = await open();
  for (const entity of [...VISIBLE, VISIBLE[0]!]) await stepTo(page, 1, entity);
  await stepTo(page, -1, VISIBLE.at(-1)!);
  await stepTo(page, -1, VISIBLE.at(-2)!);
  await page.close();
});

test('focusing an entity whose names are all hidden finds nothing', async () => {
  const page = await open();
  await expect(send(page, { type: 'focus-entity', entity: 'nato' })).resolves.toBe(false);
  await expect(send(page, { type: 'focus-entity', entity: 'sergei-ryabkov' })).resolves.toBe(false);
  await page.close();
});

test('opening the <details> reveals its names: counted, and reached by a step', async () => {
  const page = await open();
  await page.getByText('Background').click();
  expect(await counts(page)).toEqual({
    ...Object.fromEntries(VISIBLE.map((e) => [e, 1])),
    osce: 1,
    vienna: 1,
  });
  await expect(send(page, { type: 'focus-entity', entity: 'vienna' })).resolves.toBe(true);
  await page.getByRole('dialog', { name: expectedCard('vienna', 'en').name }).waitFor({
    timeout: CARD_TIMEOUT,
  });
  await page.close();
});

test('no page threw an error', () => {
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});
