/**
 * Text a page reveals without changing it: a "Read more" that drops a class, a `<details>`
 * opened, a tab panel shown. No text mutation reaches the page observers, and hidden text
 * neither opens the gate nor triggers the page (rendered.ts), so a page whose only trigger was
 * hidden would stay unannotated after the reader revealed it. Watching `class` and `style` on
 * every element would wake the extension on every animation of a busy page; a reveal almost
 * always follows the reader's own action, so the page is looked at again a moment after one: a
 * click, Enter or Space, or a `<details>` or popover toggle. Until the reader acts, nothing runs.
 * Only events the browser raised count (a page's synthetic clicks cannot keep us busy), and the
 * look comes REVEAL_SETTLE_MS after the first of a burst (a stream of them cannot put it off).
 */
import type { ContentScriptContext } from '#imports';

/** Long enough for a page's handler and its style change, short enough to feel immediate. */
const REVEAL_SETTLE_MS = 250;

/** `toggle` does not bubble: the window's capture listener still sees it. */
const INTERACTIONS = ['click', 'keydown', 'toggle'] as const;

/** Keys that activate a control; other keys (typing in a field) reveal nothing. */
const ACTIVATING_KEYS = new Set(['Enter', ' ']);

export class RevealWatch {
  private listening: AbortController | undefined;
  private timer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    /** Called a moment after the reader acted. */
    private readonly onReveal: () => void,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  start(): void {
    if (this.listening || this.ctx.isInvalid) return;
    this.listening = new AbortController();
    const options = { capture: true, passive: true, signal: this.listening.signal };
    for (const type of INTERACTIONS) window.addEventListener(type, this.later, options);
  }

  stop(): void {
    this.listening?.abort();
    this.listening = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly later = (event: Event): void => {
    if (!event.isTrusted || this.timer !== undefined) return;
    if (event.type === 'keydown' && !ACTIVATING_KEYS.has((event as KeyboardEvent).key)) return;
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      this.onReveal();
    }, REVEAL_SETTLE_MS);
  };
}
