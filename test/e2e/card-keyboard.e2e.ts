/**
 * The keyboard path to the cards in Chromium with the built extension (issue 4): the manifest
 * commands reach the page as `step-mention` from the background, the popup's `focus-entity`
 * too; the card opens on the mention with focus, Tab walks its links, Escape closes it and
 * gives focus back.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { chromiumSuite } from './support/suite';
import {
  CARD_TIMEOUT,
  cardDialog,
  expectedCard,
  focusedInCard,
  openFixture,
  sendToActiveTab,
} from './card-support';

const suite = chromiumSuite({ viewport: { width: 1024, height: 720 } });

const open = (fixture: string) => openFixture(suite.browser, suite.server, fixture);

/** Entity ids of the page's marks in document order, as the content script steps through them. */
function marksInOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const all = [...registry].flatMap(([name, set]) =>
      name.startsWith('gl-')
        ? [...set].map((r) => ({ entity: name.slice(3), range: r as Range }))
        : [],
    );
    all.sort((x, y) => x.range.compareBoundaryPoints(Range.START_TO_START, y.range));
    return all.map((m) => m.entity);
  });
}

const step = (page: Page, direction: 1 | -1) =>
  sendToActiveTab(suite.browser, page, { type: 'step-mention', direction });

test('step-mention opens the next name with focus; Tab walks the card; Escape returns focus', async () => {
  const page = await open('en-talks.html');
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'before';
    button.textContent = 'page button';
    document.body.prepend(button);
    button.focus();
  });
  const order = await marksInOrder(page);
  const [first, second] = order.map((id) => expectedCard(id, 'en').name);
  expect(order.length).toBeGreaterThan(2);

  await expect(step(page, 1)).resolves.toBe(true);
  await page.getByRole('dialog', { name: first }).waitFor({ timeout: CARD_TIMEOUT });
  await expect(focusedInCard(page)).resolves.toBe('section[role=dialog]');
  await page.keyboard.press('Tab');
  await expect(focusedInCard(page)).resolves.toMatch(/^(a|button|summary)$/);

  await expect(step(page, 1)).resolves.toBe(true);
  await page.getByRole('dialog', { name: second }).waitFor({ timeout: CARD_TIMEOUT });
  await expect(step(page, -1)).resolves.toBe(true);
  await page.getByRole('dialog', { name: first }).waitFor({ timeout: CARD_TIMEOUT });

  await page.keyboard.press('Escape');
  await cardDialog(page).waitFor({ state: 'hidden', timeout: 2_000 });
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('before');
  // After Escape, stepping continues from the last name rather than starting over.
  await expect(step(page, 1)).resolves.toBe(true);
  await page.getByRole('dialog', { name: second }).waitFor({ timeout: CARD_TIMEOUT });
  await page.close();
});

test('focus-entity (the popup) scrolls to that entity and opens its card with focus', async () => {
  const page = await open('en-talks.html');
  const opened = await sendToActiveTab(suite.browser, page, {
    type: 'focus-entity',
    entity: 'vienna',
  });
  expect(opened).toBe(true);
  const name = expectedCard('vienna', 'en').name;
  await page.getByRole('dialog', { name }).waitFor({ timeout: CARD_TIMEOUT });
  await expect(focusedInCard(page)).resolves.toBe('section[role=dialog]');
  await page.close();
});

test('no page threw an error', () => {
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});
