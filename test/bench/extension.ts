/**
 * Measures the built extension on a page, from the page's main world: the content script's
 * performance.measure entries (`geneva-lens:gate`, `geneva-lens:annotate`; the performance
 * timeline is per document, so an isolated world's entries show there) and its marks
 * (CSS.highlights `gl-*`, the DESIGN.md contract).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const GATE = 'geneva-lens:gate';
export const ANNOTATE = 'geneva-lens:annotate';
/** Mark: the content script's queued work is done (after the gate or a full scan). */
export const SETTLED = 'geneva-lens:settled';

/** Long tasks (≥ 50 ms) of the page, recorded from the start of every document. */
const LONG_TASK_OBSERVER = `(() => {
  const seen = (window.__glBenchLongTasks = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})()`;

export interface ExtensionLoad {
  /** Sum of the gate measures, ms; null when the content script recorded none. */
  gateMs: number | null;
  /** Sum of the annotate measures (a sliced annotation records one per slice), ms. */
  annotateMs: number | null;
  /** The part of those our code ran (the measures' `detail.busy`), ms. */
  annotateBusyMs: number | null;
  annotateEntries: number;
  marks: number;
  /** Longest long task overlapping the content script's work (gate start → settled), or 0. */
  longTaskMs: number;
}

/** How long the measures must stay unchanged before a load counts as finished. */
const QUIET_MS = 100;
const GIVE_UP_MS = 15_000;

interface PageState {
  gate: number[];
  annotate: number[];
  busy: number[];
  settled: number;
  marks: number;
  longTask: number;
}

const READ_STATE = `(() => {
  const sum = (name) => performance.getEntriesByName(name, 'measure').map((e) => e.duration);
  let marks = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('gl-')) marks += h.size;
  const settledMarks = performance.getEntriesByName(${JSON.stringify(SETTLED)}, 'mark');
  const ours = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('geneva-lens:'));
  const from = Math.min(...ours.map((e) => e.startTime));
  const to = Math.max(...ours.map((e) => e.startTime + e.duration), ...settledMarks.map((e) => e.startTime));
  let longTask = 0;
  for (const [start, duration] of window.__glBenchLongTasks ?? []) {
    if (start < to && start + duration > from) longTask = Math.max(longTask, duration);
  }
  return {
    gate: sum(${JSON.stringify(GATE)}),
    annotate: sum(${JSON.stringify(ANNOTATE)}),
    busy: performance
      .getEntriesByName(${JSON.stringify(ANNOTATE)}, 'measure')
      .map((e) => e.detail?.busy ?? e.duration),
    settled: settledMarks.length,
    marks,
    longTask,
  };
})()`;

const total = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) : null);

/** An extension page's first renders over fresh opens, ms from navigation start (firstRenders). */
export interface FirstRenders {
  /** First contentful paint. */
  paint: number[];
  /** The page's own measure: the frame after its first render. */
  frame: number[];
}

export class ExtensionRunner {
  private page: Page | undefined;
  private fresh: Page | undefined;

  constructor(private readonly context: BrowserContext) {}

  /** Starts the long-task observer in every page of the context, before any page script. */
  async install(): Promise<void> {
    await this.context.addInitScript(LONG_TASK_OBSERVER);
  }

  /**
   * One fresh load, waited on until the content script says it has settled (or, without
   * that mark, has recorded the gate and, if expected, the annotation) and its measures and
   * marks stay unchanged for QUIET_MS; `giveUpMs` at most.
   */
  async once(
    url: string,
    expectAnnotation: boolean,
    giveUpMs = GIVE_UP_MS,
  ): Promise<ExtensionLoad> {
    this.page ??= await this.context.newPage();
    const page = this.page;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const started = Date.now();
    let last = '';
    let stableSince = Date.now();
    let state: PageState = { gate: [], annotate: [], busy: [], settled: 0, marks: 0, longTask: 0 };
    while (Date.now() - started < giveUpMs) {
      state = (await page.evaluate(READ_STATE)) as PageState;
      const key = JSON.stringify(state);
      if (key !== last) {
        last = key;
        stableSince = Date.now();
      }
      const seen =
        state.settled > 0 ||
        (state.gate.length > 0 && (!expectAnnotation || state.annotate.length > 0));
      if (seen && Date.now() - stableSince >= QUIET_MS) break;
      await page.waitForTimeout(25);
    }
    return {
      gateMs: total(state.gate),
      annotateMs: total(state.annotate),
      annotateBusyMs: total(state.busy),
      annotateEntries: state.annotate.length,
      marks: state.marks,
      longTaskMs: state.longTask,
    };
  }

  /** The page for a traced load (tracing is started on it by the caller). */
  async pageFor(): Promise<Page> {
    this.page ??= await this.context.newPage();
    return this.page;
  }

  /** A new tab, so a new renderer, for a traced load; the previous one is closed. */
  async freshPage(): Promise<Page> {
    await this.fresh?.close();
    this.fresh = await this.context.newPage();
    return this.fresh;
  }

  /**
   * An extension page's first render over `opens` fresh opens in a row (the first is the cold
   * one after the extension's pages were last used, which the report shows apart), two ways:
   * `paint`, its first contentful paint (Paint Timing), when the view is first on screen; and
   * `frame`, its own measure from navigation start to the frame after its first render, which
   * also waits for whatever Preact's effects queued before it. Empty when not recorded.
   */
  async firstRenders(
    extensionId: string,
    opens: number,
    page = 'popup.html',
  ): Promise<FirstRenders> {
    const found: FirstRenders = { paint: [], frame: [] };
    for (let i = 0; i < opens; i++) {
      const popup = await this.context.newPage();
      try {
        await popup.goto(`chrome-extension://${extensionId}/${page}`, { waitUntil: 'load' });
        await popup.waitForTimeout(1_000);
        const [frame, paint] = (await popup.evaluate(
          `[performance.getEntriesByName('geneva-lens:popup-first-render')[0]?.duration,
            performance.getEntriesByName('first-contentful-paint')[0]?.startTime]`,
        )) as (number | undefined)[];
        if (frame === undefined || paint === undefined) return found;
        found.frame.push(frame);
        found.paint.push(paint);
      } finally {
        await popup.close();
      }
    }
    return found;
  }

  async close(): Promise<void> {
    await this.page?.close();
    await this.fresh?.close();
  }
}

/**
 * The popup's peer: an extension page that renders one paragraph and records the same
 * measure the same way (a module script, the frame after it ran). Written into the bench's
 * copy of the build only, never shipped: what Chromium itself takes to open an extension page
 * on this machine, which the popup cannot go below.
 */
export const BLANK_PAGE = 'bench-blank.html';

export function writeBlankPage(buildDir: string): void {
  writeFileSync(
    join(buildDir, BLANK_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>' +
      '<body><p>Blank</p><script type="module" src="/bench-blank.js"></script></body></html>',
  );
  writeFileSync(
    join(buildDir, 'bench-blank.js'),
    'requestAnimationFrame(() => setTimeout(() => performance.measure(' +
      "'geneva-lens:popup-first-render', { start: 0, end: performance.now() })));",
  );
}
