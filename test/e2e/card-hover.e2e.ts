/**
 * The hover card in Chromium with the built extension (issue 4): hovering a mark on an
 * English, an Icelandic and a strict-CSP page opens a dialog named after the entity, with the
 * corpus's content and citations, in the UI language of the settings; its links open the
 * corpus page and related cards in place; no page throws. How it shows, moves and closes is
 * in card-behaviour.e2e.ts, the keyboard path in card-keyboard.e2e.ts.
 */
import { describe, expect, test } from 'vitest';
import { chromiumSuite } from './support/suite';
import { CARD_TIMEOUT, expectedCard, hoverMark, openFixture, setUiLanguage } from './card-support';

const suite = chromiumSuite({ viewport: { width: 1024, height: 720 } });

const open = (fixture: string, viewport?: { width: number; height: number }) =>
  openFixture(suite.browser, suite.server, fixture, viewport);

describe('hovering a name opens its card', () => {
  test('English page: Sergei Ryabkov, role, corpus articles and citations', async () => {
    const page = await open('en-talks.html');
    const model = expectedCard('sergei-ryabkov', 'en');
    await hoverMark(page, 'sergei-ryabkov');
    const dialog = page.getByRole('dialog', { name: model.name });
    await dialog.waitFor({ timeout: CARD_TIMEOUT });
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
    await dialog.waitFor({ timeout: CARD_TIMEOUT });
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
    await dialog.waitFor({ timeout: CARD_TIMEOUT });
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
  await setUiLanguage(suite.browser, 'is');
  try {
    const page = await open('is-talks.html');
    const model = expectedCard('sergei-ryabkov', 'is');
    await hoverMark(page, 'sergei-ryabkov');
    const dialog = page.getByRole('dialog', { name: model.name });
    await dialog.waitFor({ timeout: CARD_TIMEOUT });
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Persóna');
    expect(text).toContain('Í greinasafninu');
    await expect(dialog.getByRole('button', { name: 'Loka' }).count()).resolves.toBe(1);
    await page.close();
  } finally {
    await setUiLanguage(suite.browser, 'browser');
  }
});

test('"Open in the corpus" opens the corpus page at that sentence, in a new tab', async () => {
  const page = await open('en-talks.html');
  const model = expectedCard('sergei-ryabkov', 'en');
  const article = model.articles[0]!;
  await hoverMark(page, 'sergei-ryabkov');
  const dialog = page.getByRole('dialog', { name: model.name });
  await dialog.waitFor({ timeout: CARD_TIMEOUT });
  const link = dialog
    .getByRole('listitem')
    .filter({ hasText: article.title })
    .getByRole('link', { name: 'Open in the corpus' });
  const [corpusPage] = await Promise.all([
    suite.browser.context.waitForEvent('page', { timeout: CARD_TIMEOUT }),
    link.click(),
  ]);
  expect(corpusPage.url()).toBe(
    `chrome-extension://${suite.browser.extensionId}/corpus.html#/article/${article.article}/s/${article.sentence!.index}`,
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
  await dialog.waitFor({ timeout: CARD_TIMEOUT });
  await dialog.getByRole('button', { name: /^More/ }).click();
  await dialog.getByRole('button', { name: related!.name, exact: true }).click();
  const next = page.getByRole('dialog', { name: related!.name });
  await next.waitFor({ timeout: CARD_TIMEOUT });
  await next.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('dialog', { name: model.name }).waitFor({ timeout: CARD_TIMEOUT });
  await page.close();
});

test('no page threw an error', () => {
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});
