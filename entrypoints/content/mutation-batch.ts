/**
 * How the content script watches a page's changes: what it observes, and the batches its
 * passes handle (the quiet watch before a trigger, the annotator after), so that a page that
 * changes a thousand nodes in a frame costs one pass, not a thousand.
 */
import type { ContentScriptContext } from '#imports';
import { OWN_HOST_TAG } from './own-host';
import { SKIPPING_ATTRIBUTES } from './walk';

/** How long page mutations are collected before one pass handles them together. */
const MUTATION_BATCH_MS = 40;

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

const addsPageNodes = (record: MutationRecord): boolean =>
  record.type === 'childList' &&
  [...record.addedNodes].some((node) => (node as Partial<Element>).localName !== OWN_HOST_TAG);

/** Watches the page and hands over its mutations in batches, MUTATION_BATCH_MS after the first. */
export class MutationBatcher {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: number | undefined;
  /**
   * The page clock's time of the latest batch of records that added nodes other than the
   * card's host: what a router's new view does (view-settle.ts asks). Attribute flips, text
   * edits and removals (a ticker, a drawer closing) are not a view.
   */
  lastAdded = Number.NEGATIVE_INFINITY;

  constructor(
    ctx: ContentScriptContext,
    private readonly options: MutationObserverInit,
    private readonly onBatch: (records: MutationRecord[]) => void,
  ) {
    this.observer = new MutationObserver((records) => {
      if (records.some(addsPageNodes)) this.lastAdded = performance.now();
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
