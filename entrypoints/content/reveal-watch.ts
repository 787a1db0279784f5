/**
 * Text a page reveals without changing it: a "Read more" that drops a class, a `<details>`
 * opened, a tab panel shown. No text mutation reaches the page observers, and hidden text
 * neither opens the gate nor triggers the page (rendered.ts), so a page whose only trigger was
 * hidden would stay unannotated after the reader revealed it. Watching `class` and `style` on
 * every element would wake the extension on every animation of a busy page; a reveal almost
 * always follows the reader's own action, so the page is looked at again a moment after one: a
 * click (a `<summary>` or a popover button raises one too, from the keyboard as well), or Enter
 * or Space outside a text field. Until the reader acts, nothing runs.
 *
 * Only events the browser raised for the reader count: a page's synthetic clicks, and the
 * `toggle` events its own script causes, cannot keep us busy. The look comes REVEAL_SETTLE_MS
 * after the first event of a burst, so a stream of them cannot put it off, and once more after
 * the last one, in case what the burst's end revealed came later.
 *
 * One reveal comes without the reader: in a page's first moments, an anti-flicker or
 * font-loading snippet may hide the whole page (`html.wf-loading p { visibility: hidden }`,
 * `html { display: none }`) until its scripts or fonts are ready, then drop a class. So until
 * EARLY_MS after the navigation, a change of the class, style or `hidden` attribute of <html>
 * or <body>, or a style sheet added to or removed from <head>, counts as an event too; at most
 * EARLY_LOOKS times, so a page toggling a body class as the reader scrolls costs a few looks.
 */
import type { ContentScriptContext } from '#imports';

/** Long enough for a page's handler and its style change, short enough to feel immediate. */
const REVEAL_SETTLE_MS = 250;

const INTERACTIONS = ['click', 'keydown'] as const;

/** How long after the navigation's start a page may still reveal itself (performance.now()). */
const EARLY_MS = 10_000;
const EARLY_LOOKS = 4;
const ROOT_CHANGES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden'],
};

/** Keys that activate a control. */
const ACTIVATING_KEYS = new Set(['Enter', ' ']);

/** Where Enter and Space are typing, not activating. */
const TEXT_FIELDS = new Set(['input', 'textarea', 'select']);

function activates(event: KeyboardEvent): boolean {
  if (event.repeat || !ACTIVATING_KEYS.has(event.key)) return false;
  const target = event.composedPath()[0] as Partial<HTMLElement> | undefined;
  return !(target?.isContentEditable === true || TEXT_FIELDS.has(target?.localName ?? ''));
}

/** A `<style>` or a style sheet's `<link>` (not the preloads and preconnects ad scripts add). */
const isStyleSheet = (node: Node) =>
  node instanceof Element &&
  (node.localName === 'style' ||
    (node.localName === 'link' && /\bstylesheet\b/i.test(node.getAttribute('rel') ?? '')));

function changesRendering(record: MutationRecord): boolean {
  if (record.type === 'attributes') return true;
  return [...record.addedNodes, ...record.removedNodes].some(isStyleSheet);
}

export class RevealWatch {
  private listening: AbortController | undefined;
  private timer: number | undefined;
  /** An event came while a look was pending: look once more after it. */
  private again = false;
  private early: MutationObserver | undefined;
  /** Looks the page's own early changes asked for: the next look is one of them. */
  private earlyLooks = 0;
  private earlyAsked = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    /** Called a moment after the reader acted (or the page changed early, see above). */
    private readonly onReveal: () => void,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  start(): void {
    if (this.listening || this.ctx.isInvalid) return;
    this.listening = new AbortController();
    const options = { capture: true, passive: true, signal: this.listening.signal };
    for (const type of INTERACTIONS) window.addEventListener(type, this.later, options);
    this.watchEarly();
  }

  stop(): void {
    this.listening?.abort();
    this.listening = undefined;
    this.early?.disconnect();
    this.early = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.again = false;
    this.earlyAsked = false;
  }

  private readonly later = (event: Event): void => {
    if (!event.isTrusted) return;
    if (event.type === 'keydown' && !activates(event as KeyboardEvent)) return;
    this.soon();
  };

  private soon(): void {
    if (this.timer === undefined) this.lookSoon();
    else this.again = true;
  }

  private watchEarly(): void {
    if (this.earlyLooks >= EARLY_LOOKS || performance.now() > EARLY_MS) return;
    const early = new MutationObserver((records) => {
      // <head> sees the page's scripts come and go too: only style sheets change what renders.
      if (!records.some(changesRendering)) return;
      if (performance.now() > EARLY_MS || this.earlyLooks >= EARLY_LOOKS) {
        early.disconnect();
        if (this.early === early) this.early = undefined;
        return;
      }
      this.earlyAsked = true;
      this.soon();
    });
    early.observe(document.documentElement, ROOT_CHANGES);
    if (document.body) early.observe(document.body, ROOT_CHANGES);
    if (document.head) early.observe(document.head, { childList: true });
    this.early = early;
  }

  private lookSoon(): void {
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      if (this.earlyAsked) this.earlyLooks++;
      this.earlyAsked = false;
      this.onReveal();
      // The look may have ended the watch (the page is being annotated now).
      if (this.again && this.listening) this.lookSoon();
      this.again = false;
    }, REVEAL_SETTLE_MS);
  }
}
