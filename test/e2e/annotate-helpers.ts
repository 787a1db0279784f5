/**
 * Shared by the annotate-*.e2e.ts and real-pages suites: waiting for the content script to
 * settle (it records User Timing entries the page can read, entrypoints/content/marks.ts),
 * reading marks in a comparable form, and recording what changed in the page's DOM.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readMarks } from './support/chromium';
import { FIXTURE_PAGES } from './support/server';

const SETTLED = 'geneva-lens:settled';

/** Expected marks of a fixture page: entity → exact texts (whitespace runs read as one space). */
export type ExpectedMarks = Record<string, string[]>;

export function expectedMarks(page: string): ExpectedMarks {
  const file = join(FIXTURE_PAGES, page.replace(/\.html$/, '.expected.json'));
  if (!existsSync(file)) throw new Error(`${page} has no expected marks (${file})`);
  return JSON.parse(readFileSync(file, 'utf8')) as ExpectedMarks;
}

/** Marks as sorted, whitespace-collapsed texts per entity, for comparison with expectations. */
export async function marksOf(page: Page): Promise<ExpectedMarks> {
  const raw = await readMarks(page);
  const out: ExpectedMarks = {};
  for (const [entity, texts] of Object.entries(raw)) {
    out[entity] = texts.map((t) => t.replace(/\s+/g, ' ')).sort();
  }
  return out;
}

export function normalise(expected: ExpectedMarks): ExpectedMarks {
  const out: ExpectedMarks = {};
  for (const [entity, texts] of Object.entries(expected)) out[entity] = [...texts].sort();
  return out;
}

/** The page's clock: pass it to waitSettled to wait for a pass that ends after this moment. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Waits until the content script has finished a pass after the page-clock time `after` (it
 * keeps only its latest `geneva-lens:settled` mark).
 */
export async function waitSettled(page: Page, after = -1, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ([name, t]) =>
      performance.getEntriesByName(name as string).some((e) => e.startTime > (t as number)),
    [SETTLED, after] as const,
    { timeout, polling: 25 },
  );
}

/**
 * Installed before any page script: from the load event on, records every element added
 * and every attribute changed anywhere in the page, so a test can prove the extension never
 * touched the DOM; also records long tasks.
 */
export const RECORDER = `(() => {
  const w = window;
  w.__glAdded = [];
  w.__glAttributes = [];
  w.__glLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__glLongTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('load', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') w.__glAttributes.push(r.target.nodeName + '@' + r.attributeName);
        for (const n of r.addedNodes) if (n.nodeType === 1) w.__glAdded.push(n.nodeName);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
})();`;

export interface DomChanges {
  added: string[];
  attributes: string[];
  longTasks: number[];
}

export const domChanges = (page: Page): Promise<DomChanges> =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, string[] & number[]>;
    return { added: w.__glAdded!, attributes: w.__glAttributes!, longTasks: w.__glLongTasks! };
  });
