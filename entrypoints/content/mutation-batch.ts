import type { ContentScriptContext } from '#imports';
import { SKIPPING_ATTRIBUTES } from './walk';

/** How long page mutations are collected before one pass handles them together. */
export const MUTATION_BATCH_MS = 40;

/** What every watch of the page's text observes. */
export const OBSERVE: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
};

/**
 * The annotator's watch also follows the attributes that put a subtree out of bounds: marks go
 * when a page hides a subtree from assistive technology or makes it editable, and come back
 * when it stops. The quiet watches before a trigger leave them out: they only look for text.
 */
export const OBSERVE_ANNOTATED: MutationObserverInit = {
  ...OBSERVE,
  attributes: true,
  attributeOldValue: true,
  attributeFilter: SKIPPING_ATTRIBUTES,
};

/** Watches the page and hands over its mutations in batches, MUTATION_BATCH_MS after the first. */
export class MutationBatcher {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: number | undefined;
  /** The page clock's time of the latest change seen (view-settle.ts asks). */
  lastChange = Number.NEGATIVE_INFINITY;

  constructor(
    ctx: ContentScriptContext,
    private readonly options: MutationObserverInit,
    private readonly onBatch: (records: MutationRecord[]) => void,
  ) {
    this.observer = new MutationObserver((records) => {
      this.lastChange = performance.now();
      this.pending.push(...records);
      this.timer ??= ctx.setTimeout(() => this.flush(), MUTATION_BATCH_MS);
    });
    ctx.onInvalidated(() => this.disconnect());
  }

  /** Watches `target` too (the document, or an open shadow root met by a walk). */
  observe(target: Node): void {
    this.observer.observe(target, this.options);
  }

  /** Stops watching everything and drops what was not handed over yet. */
  disconnect(): void {
    this.observer.disconnect();
    this.pending = [];
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.timer = undefined;
    const records = this.pending;
    this.pending = [];
    if (records.length > 0) this.onBatch(records);
  }
}
