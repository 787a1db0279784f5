/**
 * The trigger gate of a page (lib/match `mightTrigger` over what the page renders,
 * gate-text.ts), measured as `geneva-lens:gate`. It runs early, as soon as the page is idle
 * and before the stored settings are read, so a page that may hold a trigger reads the matcher
 * in the same storage read as its settings (index.ts). `start` then uses that answer: it holds
 * until the page changes (and until `forget`, when annotation stops); only a closed
 * gate on a changed page is asked again (an open one may open too often, never too rarely:
 * the full scan still needs a confident trigger).
 */
import { compileGate, gateOpens, type Gate } from '../../lib/match/gate';
import type { MatcherData } from '../../lib/match/types';
import { gateText, isLargeDocument } from './gate-text';
import { MARK_GATE, measureLatest } from './marks';

interface EarlyAnswer {
  opens: boolean;
  changed: boolean;
  watch: MutationObserver;
}

export class PageGate {
  private compiled: Gate | null | undefined;
  private early: EarlyAnswer | undefined;

  constructor(private readonly data: MatcherData) {}

  /** Tests the page now and keeps the answer for `opens`, until the page changes. */
  runEarly(): boolean {
    this.forget();
    const answer: EarlyAnswer = {
      opens: this.test(),
      changed: false,
      watch: new MutationObserver(() => {
        answer.changed = true;
        answer.watch.disconnect();
      }),
    };
    answer.watch.observe(document, { childList: true, characterData: true, subtree: true });
    this.early = answer;
    return answer.opens;
  }

  /** Whether the page may hold a trigger: the early answer while it holds, else a new test. */
  opens(): boolean {
    const early = this.early;
    this.forget();
    if (early && (early.opens || !early.changed)) return early.opens;
    return this.test();
  }

  /** Whether text added to the page may hold a trigger. */
  mightTrigger(text: string): boolean {
    const gate = this.gate();
    return gate ? gateOpens(gate, text) : true;
  }

  forget(): void {
    this.early?.watch.disconnect();
    this.early = undefined;
  }

  private test(): boolean {
    const t0 = performance.now();
    // A very large document is read by the sliced full scan instead (gate-text.ts).
    const opens = isLargeDocument() || this.mightTrigger(gateText());
    measureLatest(MARK_GATE, t0);
    return opens;
  }

  /** Null when the data has no gate: every page may hold a trigger. */
  private gate(): Gate | null {
    if (this.compiled === undefined) {
      this.compiled = this.data.prefilter ? compileGate(this.data.prefilter) : null;
    }
    return this.compiled;
  }
}
