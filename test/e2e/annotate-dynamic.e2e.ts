/**
 * A page that changes under the content script (issue 3, dynamic pages): paragraphs added
 * in bulk (infinite scroll), text nodes replaced by a re-render, text edited in place, text
 * removed, and a history.pushState navigation. Marks must follow every change, and the
 * extension must still add nothing to the page.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { chromiumSuite } from './support/suite';
import {
  domChanges,
  expectedMarks,
  marksOf,
  normalise,
  RECORDER,
  pageNow,
  waitSettled,
} from './annotate-helpers';

const suite = chromiumSuite();
let page: Page;

beforeAll(async () => {
  page = await suite.browser.newPage();
  await page.addInitScript(RECORDER);
  await page.goto(`${suite.server.origin}/fixtures/dynamic.html`);
  await waitSettled(page);
});

type Counts = Record<string, number>;

async function counts(): Promise<Counts> {
  const out: Counts = {};
  for (const [entity, texts] of Object.entries(await marksOf(page))) out[entity] = texts.length;
  return out;
}

const POLL = { timeout: 10_000, interval: 50 };

/** Calls one of the page's own functions (dynamic.html) in the page's world. */
const call = (fn: string, ...args: unknown[]) =>
  page.evaluate(
    ([name, rest]) =>
      (window as unknown as Record<string, (...a: unknown[]) => void>)[name as string]!(
        ...(rest as unknown[]),
      ),
    [fn, args] as const,
  );

test('the page as loaded has its expected marks', async () => {
  expect(await marksOf(page)).toEqual(normalise(expectedMarks('dynamic.html')));
});

test('infinite scroll: 400 items added at once are all annotated', async () => {
  await call('addItems', 400);
  await expect.poll(counts, POLL).toEqual({
    'wendy-sherman': 1,
    'sergei-ryabkov': 402,
    geneva: 1,
    nato: 400,
  });
  const { longTasks } = await domChanges(page);
  console.log(`long tasks during the page's life (ms): ${JSON.stringify(longTasks)}`);
});

test('a re-render replacing text nodes is re-annotated, and marks go when the text goes', async () => {
  await call('rerender', ['Sergei ', 'Ryabkov', ' briefed ', 'NATO', ' envoys.']);
  await expect
    .poll(
      async () =>
        (await marksOf(page))['sergei-ryabkov']?.filter((t) => t === 'Sergei Ryabkov').length,
      POLL,
    )
    .toBe(3);
  expect((await counts()).nato).toBe(401);
  await call('rerender', ['No statement yet.']);
  await expect.poll(async () => (await counts()).nato, POLL).toBe(400);
  expect((await counts())['sergei-ryabkov']).toBe(402);
});

test('text edited in place loses its stale mark', async () => {
  await call('editStale', 'Nobody is expected to speak at noon.');
  await expect.poll(async () => (await counts())['sergei-ryabkov'], POLL).toBe(401);
});

test('removed text takes its marks with it', async () => {
  await call('removeLead');
  await expect.poll(counts, POLL).toEqual({ 'sergei-ryabkov': 400, nato: 400 });
});

test('a pushState navigation shows only the new page’s marks', async () => {
  await call('navigate', 'Wendy Sherman left Geneva for talks in Brussels.');
  await expect
    .poll(() => marksOf(page), POLL)
    .toEqual({
      'wendy-sherman': ['Wendy Sherman'],
      geneva: ['Geneva'],
      brussels: ['Brussels'],
    });
});

test('a page without a trigger is annotated as soon as one arrives, earlier text included', async () => {
  const other = await suite.browser.newPage();
  await other.goto(`${suite.server.origin}/fixtures/neg-genevas.html`);
  await waitSettled(other);
  const append = (text: string) =>
    other.evaluate((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      document.querySelector('article')!.append(p);
    }, text);
  const passes = await pageNow(other);
  await append('Officials in Moscow were not available for comment.');
  await waitSettled(other, passes);
  expect(await marksOf(other)).toEqual({});
  await append('Sergei Ryabkov flew home on Tuesday.');
  // Moscow, in text scanned before the trigger came, is marked too; the other Genevas keep
  // losing to their counter-evidence.
  await expect
    .poll(() => marksOf(other), POLL)
    .toEqual({
      'sergei-ryabkov': ['Sergei Ryabkov'],
      moscow: ['Moscow'],
    });
  await other.close();
});

test('nothing but the page’s own elements was added, no attribute changed, no error', async () => {
  const { added, attributes } = await domChanges(page);
  expect(added.filter((n) => !['ARTICLE', 'H2', 'P', 'B'].includes(n))).toEqual([]);
  expect(attributes).toEqual([]);
  expect(suite.browser.pageErrors.map(String)).toEqual([]);
});

/** When the latest rescan ended (the content script keeps only its latest measure). */
const lastRescan = () =>
  page.evaluate(() => {
    const [entry] = performance.getEntriesByName('geneva-lens:rescan');
    return entry ? entry.startTime + entry.duration : -1;
  });

test('changes that cannot touch prose (an ad frame, an empty element) rescan nothing', async () => {
  const before = await lastRescan();
  const passes = await pageNow(page);
  await page.evaluate(() => {
    document.body.append(document.createElement('iframe'), document.createElement('span'));
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"Wendy Sherman": "Geneva"}';
    document.body.append(script);
  });
  await waitSettled(page, passes);
  expect(await lastRescan()).toBe(before);
  await call('appendParagraph', 'Sergei Ryabkov left.');
  await expect.poll(lastRescan, POLL).toBeGreaterThan(passes);
});

test('rewriting the title, a style sheet or the user’s input rescans nothing', async () => {
  // Their block would be <html>: each rewrite used to drop every mark and rescan the page.
  const before = await lastRescan();
  const marks = await marksOf(page);
  const passes = await pageNow(page);
  await page.evaluate(() => {
    document.title = 'Wendy Sherman in Geneva';
    (document.querySelector('title')!.firstChild as Text).data = 'Ryabkov in Genf';
    const style = document.createElement('style');
    document.head.append(style);
    style.append('p { font-family: Geneva, sans-serif }');
    (style.firstChild as Text).data = 'p { font-family: Geneva }';
    const input = document.createElement('div');
    input.contentEditable = 'true';
    document.body.append(input);
  });
  await waitSettled(page, passes);
  const typed = await pageNow(page);
  await page.evaluate(() => {
    document.querySelector('[contenteditable]')!.append('NATO and Ryabkov');
  });
  await waitSettled(page, typed);
  expect(await lastRescan()).toBe(before);
  expect(await marksOf(page)).toEqual(marks);
});

/** When the latest full scan started (the content script keeps only its latest measure). */
const lastFullScan = () =>
  page.evaluate(() => performance.getEntriesByName('geneva-lens:annotate')[0]?.startTime ?? -1);

test('a jump to an anchor keeps the view: no new scan, the marks stay', async () => {
  const scan = await lastFullScan();
  const marks = await marksOf(page);
  expect(scan).toBeGreaterThan(0);
  await page.evaluate(() => (location.hash = '#main'));
  // Longer than the wait for a new view to settle (view-settle.ts): a scan would have run.
  await page.waitForTimeout(2500);
  expect(await lastFullScan()).toBe(scan);
  expect(await marksOf(page)).toEqual(marks);
});

test('a new view rendered after the navigation needs its own trigger', async () => {
  // The old view names Ryabkov; the new one, shown 300 ms later, only Moscow.
  await call('navigateLater', 'Officials in Moscow declined to comment.', 300);
  await expect.poll(() => page.textContent('#main'), POLL).toContain('Moscow');
  await expect.poll(() => marksOf(page), POLL).toEqual({});
  const passes = await pageNow(page);
  await call('appendParagraph', 'Sergei Ryabkov flew home.');
  await waitSettled(page, passes);
  await expect
    .poll(() => marksOf(page), POLL)
    .toEqual({ 'sergei-ryabkov': ['Sergei Ryabkov'], moscow: ['Moscow'] });
});

test('marks leave a subtree the page hides from assistive technology or makes editable, and come back', async () => {
  const marks = await marksOf(page);
  expect(marks).toEqual({ 'sergei-ryabkov': ['Sergei Ryabkov'], moscow: ['Moscow'] });
  const set = (name: string, value: string | null) =>
    page.evaluate(
      ([n, v]) => {
        const main = document.getElementById('main')!;
        if (v === null) main.removeAttribute(n!);
        else main.setAttribute(n!, v);
      },
      [name, value] as const,
    );
  for (const [name, value] of [
    ['aria-hidden', 'TRUE'],
    ['contenteditable', ''],
    ['contenteditable', 'plaintext-only'],
  ] as const) {
    await set(name, value);
    await expect.poll(() => marksOf(page), POLL).toEqual({});
    await set(name, 'false');
    await expect.poll(() => marksOf(page), POLL).toEqual(marks);
    await set(name, null);
  }
  // Setting an attribute that changes no boundary rescans nothing.
  const before = await lastRescan();
  const passes = await pageNow(page);
  await set('aria-hidden', 'false');
  await set('contenteditable', 'false');
  await waitSettled(page, passes);
  expect(await lastRescan()).toBe(before);
});

test('a view rendered before its URL is pushed starts over once quiet, not at the 2 s cap', async () => {
  await call('appendParagraph', 'Sergei Ryabkov spoke again.');
  await expect.poll(async () => (await marksOf(page))['sergei-ryabkov'], POLL).toBeDefined();
  const before = await pageNow(page);
  await call('renderThenNavigate', 'Officials in Moscow had nothing to add.');
  // Moscow is marked at once by the rescan of the old view's session; the new view's own scan
  // then finds no trigger. view-settle.ts waits for 150 ms of quiet; without the change seen
  // just before the report, nothing changes after it and the restart waits for its 2 s cap.
  await expect.poll(() => marksOf(page), POLL).toEqual({});
  expect((await pageNow(page)) - before).toBeLessThan(1500);
});

test('a change well before the URL is pushed is not the new view: a view rendered later is still waited for', async () => {
  await call('appendParagraph', 'Sergei Ryabkov spoke once more.');
  await expect.poll(async () => (await marksOf(page))['sergei-ryabkov'], POLL).toBeDefined();
  // A ticker moves 60 ms before a router pushes its URL and renders the view 300 ms later.
  await page.evaluate(() => {
    const page = window as unknown as Record<string, (...a: unknown[]) => void>;
    page.appendParagraph!('Markets closed higher.');
    setTimeout(() => page.navigateLater!('Officials in Moscow were silent.', 300), 60);
  });
  await expect.poll(() => page.textContent('#main'), POLL).toContain('were silent');
  await expect.poll(() => marksOf(page), POLL).toEqual({});
});

test('a drawer closing as its link is followed is not the new view: a view rendered later is still waited for', async () => {
  await call('appendParagraph', 'Sergei Ryabkov spoke yet again.');
  await call('openDrawer');
  await expect.poll(async () => (await marksOf(page))['sergei-ryabkov'], POLL).toBeDefined();
  // In one task: the drawer is hidden and removed, the URL pushed; the view comes 300 ms later.
  await call('closeDrawerThenNavigateLater', 'Officials in Moscow said nothing more.', 300);
  await expect.poll(() => page.textContent('#main'), POLL).toContain('nothing more');
  await expect.poll(() => marksOf(page), POLL).toEqual({});
});
