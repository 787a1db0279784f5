/**
 * The corpus page's deep links (issue 5): article + sentence, entity, search; back/forward;
 * mentions painted in the reader with CSS.highlights like on the web, and clickable.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildCorpus } from '../../lib/corpus/build';
import { readSeedFiles } from '../../lib/corpus/seed-files';
import { launchWithExtension, readMarks, type ExtensionBrowser } from './support/chromium';
import { REPO_ROOT } from './support/server';

const bundle = buildCorpus(readSeedFiles(join(REPO_ROOT, 'seeds')));
const ryabkov = bundle.entities.find((e) => e.id === 'sergei-ryabkov')!;
const ref = ryabkov.articles.find((a) => a.article === '002_ec0cd77a669150c2')!;
const article = bundle.articles.find((a) => a.id === ref.article)!;
const sentence = Math.max(...ref.sentences);

let browser: ExtensionBrowser;
let page: Page;
let base: string;
beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.newPage();
  base = `chrome-extension://${browser.extensionId}/corpus.html`;
});
afterAll(async () => {
  await browser?.close();
});

const heading = () => page.locator('main h1').first().textContent();

test('#/article/<id>/s/<n> opens the article on that sentence, emphasised, focused and in view', async () => {
  await page.goto(`${base}#/article/${article.id}/s/${sentence}`);
  await expect.poll(heading).toBe(article.meta.title.text);
  const focus = page.locator('.s.focus');
  const s = article.sentences[sentence]!;
  expect(await focus.textContent()).toBe(article.text.slice(s.start, s.end));
  expect(await focus.textContent()).toContain('Ryabkov');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`s-${sentence}`);
  const box = (await focus.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(await page.title()).toBe(`${article.meta.title.text} · Geneva Lens`);
});

test('the reader paints every mention of the article as gl-<entity> highlights', async () => {
  const want: Record<string, string[]> = {};
  for (const m of bundle.mentions
    .filter((x) => x.article === article.id)
    .sort((a, b) => a.start - b.start)) {
    (want[m.entity] ??= []).push(article.text.slice(m.start, m.end));
  }
  await expect.poll(() => readMarks(page)).toEqual(want);
});

/** Centre of the first painted mention of an entity, scrolled into view. */
const mentionPoint = (entity: string) =>
  page.evaluate((name) => {
    const range = [...CSS.highlights.get(`gl-${name}`)!][0] as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, entity);

test('hovering a mention in the reader shows its card; Escape closes it', async () => {
  const point = await mentionPoint('sergei-ryabkov');
  // No card opens while the page scrolls (the hover machine's scroll suppression): let it settle.
  await page.waitForTimeout(400);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const card = page.getByRole('dialog', { name: 'Sergei Ryabkov' });
  await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => card.count()).toBe(0);
  await page.mouse.move(1, 1);
});

test('clicking a painted mention opens its entity', async () => {
  const point = await mentionPoint('sergei-ryabkov');
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/entity/sergei-ryabkov');
});

test('#/entity/<id> shows everything: facts, every article with its sentences, quotes, events', async () => {
  await page.goto(`${base}#/entity/sergei-ryabkov`);
  await expect.poll(heading).toBe('Sergei Ryabkov');
  expect(await page.locator('section[aria-labelledby=facts-title] > .facts > .fact').count()).toBe(
    ryabkov.facts.length,
  );
  expect(await page.locator('.mentions-in').count()).toBe(ryabkov.articles.length);
  const sentences = ryabkov.articles.reduce((n, a) => n + a.sentences.length, 0);
  expect(await page.locator('.mentions-in .sentences > li').count()).toBe(sentences);
  expect(await page.locator('.mentions-in mark').count()).toBe(ryabkov.mentionCount);
  expect(await page.locator('.quotes > li').count()).toBe(
    bundle.quotes.filter((q) => q.speaker === ryabkov.id).length,
  );
  expect(await page.locator('.related a').count()).toBe(ryabkov.related.length);
});

test('back and forward move between views', async () => {
  await page.goto(`${base}#/entity/geneva`);
  await expect.poll(heading).toBe('Geneva');
  const first = page.locator('.mentions-in h3 a').first();
  const title = await first.textContent();
  await first.click();
  await expect.poll(heading).toBe(title);
  await page.goBack();
  await expect.poll(heading).toBe('Geneva');
  await page.goForward();
  await expect.poll(heading).toBe(title);
});

test('#/search/<query> searches; typing refines the URL without a history entry per key', async () => {
  await page.goto(`${base}#/search/Genf`);
  const first = page.locator('.results section').first().locator('a').first();
  await expect.poll(() => first.textContent()).toBe('Geneva');
  const length = await page.evaluate(() => history.length);
  await page.getByRole('searchbox').fill('Рябков');
  await expect.poll(() => first.textContent()).toBe('Sergei Ryabkov');
  expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe('#/search/Рябков');
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('#/timeline lists every event in date order', async () => {
  await page.goto(`${base}#/timeline`);
  await expect.poll(heading).toBe('Timeline');
  const dates = await page
    .locator('.timeline > li > time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  expect(dates).toEqual(bundle.events.map((e) => e.date).sort());
});

test('weekdays that do not match their date are flagged in the reader and underlined in the text', async () => {
  const withWrong = bundle.articles.find((a) => a.weekdayClaims.some((w) => !w.matches))!;
  const wrong = withWrong.weekdayClaims.filter((w) => !w.matches);
  await page.goto(`${base}#/article/${withWrong.id}`);
  await expect.poll(() => page.locator('.flags li').count()).toBe(wrong.length);
  expect(await page.locator('.flags li').first().textContent()).toContain(wrong[0]!.actual);
  const flagged = await page.evaluate(() =>
    [...(CSS.highlights.get('geneva-lens-weekday') ?? [])].map((r) => (r as Range).toString()),
  );
  expect(flagged).toEqual(wrong.map((w) => withWrong.text.slice(w.start, w.end)));
});

test('an unknown id says so instead of breaking', async () => {
  await page.goto(`${base}#/entity/no-such-entity`);
  await expect.poll(() => page.locator('main .status').textContent()).toContain('Nothing here');
  expect(browser.pageErrors).toEqual([]);
});
