/**
 * A page whose gate stayed closed, before the annotator was ever loaded: the text the page
 * adds later (an infinite scroll, an SPA's next view) goes through the same cheap gate, in
 * batches, and the first batch that may hold a trigger hands over to the annotator, which
 * then watches the page itself (annotator.ts). What the reader reveals (reveal-watch.ts) goes
 * through the gate too, over all the page renders then: 0.3 ms on the largest saved pages.
 */
import type { ContentScriptContext } from '#imports';
import { addedProse } from './added-prose';
import { MARK_SETTLED, markLatest } from './marks';
import { MutationBatcher, OBSERVE } from './mutation-batch';
import type { PageGate } from './page-gate';
import { RevealWatch } from './reveal-watch';

export class QuietWatch {
  /** Built on the first watch: a page that opens its gate never needs them. */
  private parts: { batches: MutationBatcher; reveals: RevealWatch } | undefined;
  private watching = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly gate: PageGate,
    private readonly onMaybeTrigger: () => void,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  /** Watches the page; like every pass of the annotator's, this one ends with MARK_SETTLED. */
  watch(): void {
    markLatest(MARK_SETTLED);
    if (this.watching) return;
    this.watching = true;
    this.parts ??= {
      batches: new MutationBatcher(this.ctx, OBSERVE, (records) => this.onBatch(records)),
      reveals: new RevealWatch(this.ctx, () => this.onReveal()),
    };
    this.parts.batches.observe(document);
    this.parts.reveals.start();
  }

  stop(): void {
    this.watching = false;
    this.parts?.batches.disconnect();
    this.parts?.reveals.stop();
  }

  private onBatch(records: MutationRecord[]): void {
    if (!this.gate.addedMightTrigger(addedProse(records))) return markLatest(MARK_SETTLED);
    this.stop();
    this.onMaybeTrigger();
  }

  private onReveal(): void {
    if (!this.watching) return;
    if (!this.gate.revealsTrigger()) return markLatest(MARK_SETTLED);
    this.stop();
    this.onMaybeTrigger();
  }
}
