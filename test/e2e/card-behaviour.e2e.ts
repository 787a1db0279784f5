/**
 * How the hover card behaves in Chromium with the built extension (issue 4): Escape and the
 * grace period close it, moving between names replaces it without a flicker, reduced motion
 * drops its animation, it stays inside the viewport next to a name at each corner, and its UI
 * loads while the pointer dwells.
 */
import { expect, test } from 'vitest';
import { chromiumSuite } from './support/suite';
import {
  CARD_TIMEOUT,
  cardDialog,
  expectedCard,
  hoverMark,
  markBoxes,
  openFixture,
  patchSettings,
  pointAt,
  pointAway,
} from './card-support';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE } from '../../lib/settings/schema';

const suite = chromiumSuite({ viewport: { width: 1024, height: 720 } });

const open = (fixture: string, viewport?: { width: number; height: number }) =>
  openFixture(suite.browser, suite.server, fixture, viewport);

test('Escape closes the card, and the pointer leaving closes it after the grace period', async () => {
  const page = await open('en-talks.html');
  await hoverMark(page, 'geneva');
  await cardDialog(page).waitFor({ timeout: CARD_TIMEOUT });
  await page.keyboard.press('Escape');
  await cardDialog(page).waitFor({ state: 'hidden', timeout: 2_000 });
  await pointAway(page);
  await hoverMark(page, 'nato');
  await cardDialog(page).waitFor({ timeout: CARD_TIMEOUT });
  await pointAway(page);
  await cardDialog(page).waitFor({ state: 'hidden', timeout: 2_000 });
  await page.close();
});

test('the pointer can travel from the name into the card, which then stays open', async () => {
  const page = await open('en-talks.html');
  await hoverMark(page, 'sergei-ryabkov');
  const dialog = cardDialog(page);
  await dialog.waitFor({ timeout: CARD_TIMEOUT });
  const box = (await dialog.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
  await page.waitForTimeout(1_000);
  await expect(dialog.isVisible()).resolves.toBe(true);
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(500);
  await expect(dialog.isVisible()).resolves.toBe(true);
  await pointAway(page);
  await dialog.waitFor({ state: 'hidden', timeout: 2_000 });
  await page.close();
});

test('moving from one name to the next replaces the card without hiding it (no flicker)', async () => {
  const page = await open('en-talks.html');
  await hoverMark(page, 'wendy-sherman');
  await page
    .getByRole('dialog', { name: expectedCard('wendy-sherman', 'en').name })
    .waitFor({ timeout: CARD_TIMEOUT });
  await page.evaluate(() => {
    const layer = document.querySelector('geneva-lens')!.shadowRoot!.querySelector('.float')!;
    const seen: boolean[] = [];
    (window as unknown as { __glHidden: boolean[] }).__glHidden = seen;
    new MutationObserver(() => seen.push((layer as HTMLElement).hidden)).observe(layer, {
      attributes: true,
      attributeFilter: ['hidden'],
    });
  });
  const to = (await markBoxes(page, 'sergei-ryabkov'))[0]!;
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page
    .getByRole('dialog', { name: expectedCard('sergei-ryabkov', 'en').name })
    .waitFor({ timeout: CARD_TIMEOUT });
  await expect(
    page.evaluate(() => (window as unknown as { __glHidden: boolean[] }).__glHidden),
  ).resolves.toEqual([]);
  await page.close();
});

test('reduced motion: the card appears without animation', async () => {
  const page = await open('en-talks.html');
  const animation = async () => {
    await hoverMark(page, 'geneva');
    const dialog = cardDialog(page);
    await dialog.waitFor({ timeout: CARD_TIMEOUT });
    const name = await dialog.evaluate((el) => getComputedStyle(el).animationName);
    await page.keyboard.press('Escape');
    await pointAway(page);
    return name;
  };
  await expect(animation()).resolves.toBe('appear');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(animation()).resolves.toBe('none');
  await page.close();
});

test('the card stays inside the viewport next to a name at each corner', async () => {
  const viewport = { width: 800, height: 600 };
  const page = await open('card-corners.html', viewport);
  const corners = [
    { entity: 'sergei-ryabkov', where: (b: { x: number; y: number }) => b.x < 100 && b.y < 100 },
    { entity: 'wendy-sherman', where: (b: { x: number; y: number }) => b.x > 500 && b.y < 100 },
    { entity: 'geneva', where: (b: { x: number; y: number }) => b.x < 100 && b.y > 500 },
    { entity: 'nato', where: (b: { x: number; y: number }) => b.x > 600 && b.y > 500 },
  ];
  for (const { entity, where } of corners) {
    const box = (await markBoxes(page, entity)).find(where);
    expect(box, `${entity} at its corner`).toBeDefined();
    await pointAway(page);
    await cardDialog(page).waitFor({ state: 'hidden', timeout: 2_000 });
    await pointAt(page, box!);
    const dialog = page.getByRole('dialog', { name: expectedCard(entity, 'en').name });
    await dialog.waitFor({ timeout: CARD_TIMEOUT });
    await page.waitForTimeout(100);
    const card = (await dialog.boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
    expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);
    // Next to its name: the card touches the name's row or column, not the far side.
    const near =
      Math.abs(card.y - (box!.y + box!.height)) < 40 ||
      Math.abs(card.y + card.height - box!.y) < 40;
    expect(near, `${entity} card beside its name`).toBe(true);
  }
  await page.close();
});

test('while the pointer dwells on a name, the card UI loads; the page gets nothing until it opens', async () => {
  await patchSettings(suite.browser, { hoverDelayMs: HOVER_DELAY_RANGE.max });
  try {
    const page = await open('en-talks.html');
    // The content script's world imports card-ui.js: the debugger sees every world's scripts.
    const cdp = await page.context().newCDPSession(page);
    let parsedAt = 0;
    cdp.on('Debugger.scriptParsed', (e) => {
      if (/\/card-ui\.js$/.test(e.url)) parsedAt ||= Date.now();
    });
    await cdp.send('Debugger.enable');
    await hoverMark(page, 'geneva');
    await expect.poll(() => parsedAt, { timeout: CARD_TIMEOUT }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.getElementsByTagName('geneva-lens').length)).toBe(0);
    await cardDialog(page).waitFor({ timeout: CARD_TIMEOUT });
    // Loaded at the start of the dwell, not at its end: the card opened long after.
    expect(Date.now() - parsedAt).toBeGreaterThan(HOVER_DELAY_RANGE.max / 2);
    await page.close();
  } finally {
    await patchSettings(suite.browser, { hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
  }
});

test('no page threw an error', () => {
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});
