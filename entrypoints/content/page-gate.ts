/**
 * The trigger gate of a page (lib/match `mightTrigger` over what the page renders,
 * gate-text.ts), measured as `geneva-lens:gate`. It runs early, as soon as the page is idle
 * and before the stored settings are read, so a page that may hold a trigger reads the matcher
 * in the same storage read as its settings (index.ts). `opens` then uses that answer: it holds
 * until `forget` (when annotation stops). A closed answer also covers the text the page added
 * after it, tested on its own (added-prose.ts): reading the whole page's `innerText` again
 * costs a layout of the changed page, 2–3 ms on the bench's busiest saved pages. An open
 * answer may open too often, never too rarely: the full scan still needs a confident trigger.
 */
import { compileGate, gateOpens, type Gate } from '../../lib/match/gate';
import type { MatcherData } from '../../lib/match/types';
import { addedProse } from './added-prose';
import { gateText, isLargeDocument } from './gate-text';
import { OBSERVE } from './mutation-batch';
import { MARK_GATE, measureLatest } from './marks';

interface EarlyAnswer {
  opens: boolean;
  /** What the page changed since: a closed answer still has to look at its new text. */
  records: MutationRecord[];
  watch: MutationObserver;
}

/**
 * Once what the page renders may be this long (an endless feed grown since it loaded), it is
 * no longer read in one call after a reveal: as for a large document, the sliced full scan
 * decides. The bench's 2 MB page renders 1.8 million characters, which `innerText` reads in
 * 11–14 ms once laid out (25–46 ms while layout is still pending, gate-text.ts).
 */
const GROWN_CHARS = 1_000_000;

export class PageGate {
  private compiled: Gate | null | undefined;
  private early: EarlyAnswer | undefined;
  /**
   * How long what the page renders may be: the length of the last reading, plus all the prose
   * the watches saw added since. Text a page replaces (a ticker, a re-render) counts again, so
   * this overestimates a churning page, but only until the next reading.
   */
  private readLength = 0;
  private addedSince = 0;

  constructor(private readonly data: MatcherData) {}

  /** Tests the page now and keeps the answer for `opens`. */
  runEarly(): boolean {
    this.forget();
    const opens = this.test();
    const records: MutationRecord[] = [];
    const watch = new MutationObserver((batch) => {
      records.push(...batch);
    });
    // An open answer is final: nothing the page does can close it.
    if (!opens) watch.observe(document, OBSERVE);
    this.early = { opens, records, watch };
    return opens;
  }

  /** Whether the page may hold a trigger: the early answer with what changed since, or a new test. */
  opens(): boolean {
    const early = this.early;
    this.forget();
    if (!early) return this.test();
    if (early.opens) return true;
    const records = [...early.records, ...early.watch.takeRecords()];
    return records.length > 0 && this.addedMightTrigger(addedProse(records));
  }

  /** Whether text the page added may hold a trigger. */
  addedMightTrigger(text: string): boolean {
    this.addedSince += text.length;
    return this.mightTrigger(text);
  }

  /**
   * Whether the page may hold a trigger now that the reader revealed something
   * (reveal-watch.ts): what it renders, read and measured like the first answer.
   */
  revealsTrigger(): boolean {
    return this.readLength + this.addedSince > GROWN_CHARS || this.test();
  }

  forget(): void {
    this.early?.watch.disconnect();
    this.early = undefined;
  }

  private test(): boolean {
    const t0 = performance.now();
    // A very large document is read by the sliced full scan instead (gate-text.ts).
    const opens = isLargeDocument() || this.readOpens();
    measureLatest(MARK_GATE, t0);
    return opens;
  }

  /** What the page renders, through the gate; its length is noted for `revealsTrigger`. */
  private readOpens(): boolean {
    const text = gateText();
    this.readLength = text.length;
    this.addedSince = 0;
    return this.mightTrigger(text);
  }

  private mightTrigger(text: string): boolean {
    const gate = this.gate();
    return gate ? gateOpens(gate, text) : true;
  }

  /** Null when the data has no gate: every page may hold a trigger. */
  private gate(): Gate | null {
    if (this.compiled === undefined) {
      this.compiled = this.data.prefilter ? compileGate(this.data.prefilter) : null;
    }
    return this.compiled;
  }
}
