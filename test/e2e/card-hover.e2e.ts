/**
 * The hover card in Chromium with the built extension (issue 4): hovering a mark on an
 * English, an Icelandic and a strict-CSP page opens a dialog named after the entity, with the
 * corpus's content and citations, in the UI language of the settings; Escape and the grace
 * period close it; related entities open in place with Back; the card stays in the viewport at
 * every corner; and no page throws. The keyboard path is in card-keyboard.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import {
  cardDialog,
  expectedCard,
  hoverMark,
  markBoxes,
  openFixture,
  pointAt,
  pointAway,
  setUiLanguage,
} from './card-support';

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ viewport: { width: 1024, height: 720 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (fixture: string, viewport?: { width: number; height: number }) =>
  openFixture(browser, server, fixture, viewport);

describe('hovering a name opens its card', () => {
  test('English page: Sergei Ryabkov, role, corpus articles and citations', async () => {
    const page = await open('en-talks.html');
    const model = expectedCard('sergei-ryabkov', 'en');
    await hoverMark(page, 'sergei-ryabkov');
    const dialog = page.getByRole('dialog', { name: model.name });
    await dialog.waitFor({ timeout: 5_000 });
    await expect(dialog.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(model.name);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Person');
    if (model.role) expect(text).toContain(model.role.text);
    expect(model.articles.length).toBeGreaterThan(0);
    // The first articles show with their source and their best sentence, verbatim.
    for (const article of model.articles.slice(0, 2)) {
      expect(text).toContain(article.title);
      expect(text).toContain(article.source);
      if (article.sentence) expect(text).toContain(article.sentence.text);
    }
    const firstCite = model.facts[0]?.cites[0];
    if (firstCite) expect(text).toContain(firstCite.source);
    // The name is emphasised inside the sentence.
    const marked = await dialog.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    await page.close();
  });

  test('Icelandic page: the card names the entity and quotes Icelandic sentences as written', async () => {
    const page = await open('is-talks.html');
    const model = expectedCard('sergei-ryabkov', 'en');
    await hoverMark(page, 'sergei-ryabkov');
    const dialog = page.getByRole('dialog', { name: model.name });
    await dialog.waitFor({ timeout: 5_000 });
    const icelandic = model.articles.find((a) => a.language === 'is' && a.sentence);
    expect(icelandic, 'an Icelandic article mentions Ryabkov').toBeDefined();
    const more = dialog.getByRole('button', { name: /^More/ });
    if (await more.count()) await more.click();
    const sentence = dialog.locator('q.sentence[lang="is"]', {
      hasText: icelandic!.sentence!.text,
    });
    await expect(sentence.count()).resolves.toBe(1);
    await page.close();
  });

  test('strict CSP page: the card shows, styled by its constructed stylesheet', async () => {
    const page = await open('strict-csp.html');
    await hoverMark(page, 'wendy-sherman');
    const dialog = page.getByRole('dialog', { name: expectedCard('wendy-sherman', 'en').name });
    await dialog.waitFor({ timeout: 5_000 });
    const style = await dialog.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        radius: s.borderTopLeftRadius,
        overflow: s.overflow,
        position: getComputedStyle(el.parentElement!).position,
      };
    });
    expect(style).toEqual({ radius: '12px', overflow: 'hidden', position: 'fixed' });
    await page.close();
  });
});

test('Icelandic UI (settings.uiLanguage): Icelandic name, type and section headings', async () => {
  await setUiLanguage(browser, 'is');
  try {
    const page = await open('is-talks.html');
    const model = expectedCard('sergei-ryabkov', 'is');
    await hoverMark(page, 'sergei-ryabkov');
    const dialog = page.getByRole('dialog', { name: model.name });
    await dialog.waitFor({ timeout: 5_000 });
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Persóna');
    expect(text).toContain('Í greinasafninu');
    await expect(dialog.getByRole('button', { name: 'Loka' }).count()).resolves.toBe(1);
    await page.close();
  } finally {
    await setUiLanguage(browser, 'browser');
  }
});

test('Escape closes the card, and the pointer leaving closes it after the grace period', async () => {
  const page = await open('en-talks.html');
  await hoverMark(page, 'geneva');
  await cardDialog(page).waitFor({ timeout: 5_000 });
  await page.keyboard.press('Escape');
  await cardDialog(page).waitFor({ state: 'hidden', timeout: 2_000 });
  await pointAway(page);
  await hoverMark(page, 'nato');
  await cardDialog(page).waitFor({ timeout: 5_000 });
  await pointAway(page);
  await cardDialog(page).waitFor({ state: 'hidden', timeout: 2_000 });
  await page.close();
});

test('moving from one name to the next replaces the card without hiding it (no flicker)', async () => {
  const page = await open('en-talks.html');
  await hoverMark(page, 'wendy-sherman');
  await page.getByRole('dialog', { name: expectedCard('wendy-sherman', 'en').name }).waitFor();
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
  await page.getByRole('dialog', { name: expectedCard('sergei-ryabkov', 'en').name }).waitFor();
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
    await dialog.waitFor({ timeout: 5_000 });
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

test('"Open in the corpus" opens the corpus page at that sentence, in a new tab', async () => {
  const page = await open('en-talks.html');
  const model = expectedCard('sergei-ryabkov', 'en');
  const article = model.articles[0]!;
  await hoverMark(page, 'sergei-ryabkov');
  const dialog = page.getByRole('dialog', { name: model.name });
  await dialog.waitFor({ timeout: 5_000 });
  const link = dialog
    .getByRole('listitem')
    .filter({ hasText: article.title })
    .getByRole('link', { name: 'Open in the corpus' });
  const [corpusPage] = await Promise.all([
    browser.context.waitForEvent('page', { timeout: 5_000 }),
    link.click(),
  ]);
  expect(corpusPage.url()).toBe(
    `chrome-extension://${browser.extensionId}/corpus.html#/article/${article.article}/s/${article.sentence!.index}`,
  );
  await corpusPage.close();
  await page.close();
});

test('a related entity opens in place, and Back returns', async () => {
  const page = await open('en-talks.html');
  const model = expectedCard('sergei-ryabkov', 'en');
  const related = model.related[0];
  expect(related).toBeDefined();
  await hoverMark(page, 'sergei-ryabkov');
  const dialog = page.getByRole('dialog', { name: model.name });
  await dialog.waitFor({ timeout: 5_000 });
  await dialog.getByRole('button', { name: /^More/ }).click();
  await dialog.getByRole('button', { name: related!.name, exact: true }).click();
  const next = page.getByRole('dialog', { name: related!.name });
  await next.waitFor({ timeout: 5_000 });
  await next.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('dialog', { name: model.name }).waitFor({ timeout: 5_000 });
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
    await dialog.waitFor({ timeout: 5_000 });
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

test('no page threw an error', () => {
  expect(browser.pageErrors.map(String)).toEqual([]);
});
