/**
 * Times the peers (page/peers.ts) in the extension-free context: each measurement on a fresh
 * load of the page, so none of them finds the DOM warmed up or already marked by another.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { PeerAlias, PeerResult } from './page/peers';

export type PeerName = 'floor' | 'naive' | 'markjs';

export interface PeerSamples {
  ms: number[];
  marks: number;
  work: number;
  /** mark.js: keywords in all; `work` < `of` means it stopped at its budget. */
  of?: number;
}

/** mark.js's time budget per run: enough to show the ratio, short enough for a 5-minute bench. */
export const MARKJS_BUDGET_MS = 20_000;

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

function bundlePeers(): string {
  const out = buildSync({
    entryPoints: [join(import.meta.dirname, 'page/peers.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no peers bundle');
  return file.text;
}

export class PeerRunner {
  private readonly scripts: string;
  private page: Page | undefined;

  constructor(
    private readonly context: BrowserContext,
    private readonly aliases: PeerAlias[],
  ) {
    this.scripts = readFileSync(MARK_JS, 'utf8') + '\n' + bundlePeers();
  }

  /**
   * One fresh load of `url`, then one run of `peer`, in the page's own world or, with
   * `isolated`, in a world of its own as an extension's content script runs (there every DOM
   * node the script touches needs a wrapper of that world: the walk costs more).
   */
  async once(url: string, peer: PeerName, isolated = false): Promise<PeerResult> {
    this.page ??= await this.context.newPage();
    await this.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const evaluate = isolated
      ? await this.isolatedWorld(this.page)
      : (code: string) => this.page!.evaluate(code);
    // Evaluated over CDP rather than added as a <script>, so a page's own CSP cannot block it.
    await evaluate(this.scripts);
    const args =
      peer === 'floor'
        ? ''
        : peer === 'naive'
          ? JSON.stringify(this.aliases)
          : `${JSON.stringify(this.aliases.map((a) => a.form))}, ${MARKJS_BUDGET_MS}`;
    const call = `window.__glBenchPeers.${peer}(${args})`;
    return (await evaluate(call)) as PeerResult;
  }

  /** An evaluator in a new isolated world of the page's main frame. */
  private async isolatedWorld(page: Page): Promise<(code: string) => Promise<unknown>> {
    const cdp = await page.context().newCDPSession(page);
    const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId,
      worldName: 'geneva-lens-bench',
    });
    return async (expression: string) => {
      const out = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
      });
      if (out.exceptionDetails) throw new Error(out.exceptionDetails.exception?.description);
      return out.result.value as unknown;
    };
  }

  async samples(url: string, peer: PeerName, runs: number, isolated = false): Promise<PeerSamples> {
    const result: PeerSamples = { ms: [], marks: 0, work: 0 };
    for (let i = 0; i < runs; i++) {
      const { ms, marks, work, of } = await this.once(url, peer, isolated);
      result.ms.push(ms);
      result.marks = marks;
      result.work = work;
      if (of !== undefined) result.of = of;
    }
    return result;
  }

  async close(): Promise<void> {
    await this.page?.close();
  }
}
