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
 */
import type { ContentScriptContext } from '#imports';

/** Long enough for a page's handler and its style change, short enough to feel immediate. */
const REVEAL_SETTLE_MS = 250;

const INTERACTIONS = ['click', 'keydown'] as const;

/** Keys that activate a control. */
const ACTIVATING_KEYS = new Set(['Enter', ' ']);

/** Where Enter and Space are typing, not activating. */
const TEXT_FIELDS = new Set(['input', 'textarea', 'select']);

function activates(event: KeyboardEvent): boolean {
  if (event.repeat || !ACTIVATING_KEYS.has(event.key)) return false;
  const target = event.composedPath()[0] as Partial<HTMLElement> | undefined;
  return !(target?.isContentEditable === true || TEXT_FIELDS.has(target?.localName ?? ''));
}

export class RevealWatch {
  private listening: AbortController | undefined;
  private timer: number | undefined;
  /** An event came while a look was pending: look once more after it. */
  private again = false;

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
    this.again = false;
  }

  private readonly later = (event: Event): void => {
    if (!event.isTrusted) return;
    if (event.type === 'keydown' && !activates(event as KeyboardEvent)) return;
    if (this.timer === undefined) this.lookSoon();
    else this.again = true;
  };

  private lookSoon(): void {
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      this.onReveal();
      // The look may have ended the watch (the page is being annotated now).
      if (this.again && this.listening) this.lookSoon();
      this.again = false;
    }, REVEAL_SETTLE_MS);
  }
}
