/**
 * When a hover card shows and hides, as a small state machine with its timings named, after
 * Wikipedia's Page Previews (dwell before show, grace on leave, abort on abandon) plus what it
 * lacks: Escape, scroll suppression and touch. Pure: the DOM side feeds it what is under the
 * pointer and performs the `show`/`hide` it asks for. Issue 4.
 */
import { DWELL_MS, GRACE_MS, SCROLL_QUIET_MS } from './timings';

export interface HoverEffects<T> {
  /** Show the card for `target` (replacing any other: one card at a time). */
  show(target: T, how: { focus: boolean }): void;
  /** Hide the card; `restoreFocus` when the user dismissed it from the keyboard. */
  hide(how: { restoreFocus: boolean }): void;
}

export interface HoverClock {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface HoverOptions<T> {
  effects: HoverEffects<T>;
  /** Whether two targets are the same mention (the pointer has not moved off it). */
  same(a: T, b: T): boolean;
  /** Dwell before showing, read on every hover so a settings change applies at once. */
  dwellMs?: () => number;
  clock?: HoverClock;
}

const realClock: HoverClock = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Timer = 'dwell' | 'grace' | 'scroll';

export class HoverMachine<T> {
  /** The mention whose card is showing. */
  shown: T | null = null;
  /** The mention the pointer rests on, waiting for its dwell. */
  private pending: T | null = null;
  /** A card opened from the keyboard stays until dismissed or replaced: the pointer is elsewhere. */
  private pinned = false;
  private overCard = false;
  private scrolling = false;
  /** Dismissed with Escape while the pointer stays on it: it must not reopen until left. */
  private dismissed: T | null = null;
  private readonly timers = new Map<Timer, unknown>();
  private readonly clock: HoverClock;
  private readonly dwellMs: () => number;

  constructor(private readonly options: HoverOptions<T>) {
    this.clock = options.clock ?? realClock;
    this.dwellMs = options.dwellMs ?? (() => DWELL_MS);
  }

  /** The pointer (mouse or pen) is over `target`, or over no mention at all. */
  pointerOver(target: T | null): void {
    if (this.dismissed !== null && (target === null || !this.is(target, this.dismissed))) {
      this.dismissed = null;
    }
    if (this.scrolling || this.dismissed !== null) return;
    if (target === null) {
      this.cancel('dwell');
      this.pending = null;
      if (this.shown !== null && !this.overCard && !this.pinned) this.startGrace();
      return;
    }
    if (this.shown !== null && this.is(target, this.shown)) {
      this.cancel('grace');
      this.cancel('dwell');
      this.pending = null;
      return;
    }
    if (this.pending !== null && this.is(target, this.pending)) return;
    // Moving between adjacent names: the current card stays until the next one is due, so
    // the card is replaced in one step instead of hiding and showing (no flicker).
    this.cancel('grace');
    this.pending = target;
    this.start('dwell', this.dwellMs(), () => this.open(target, false));
  }

  cardEnter(): void {
    this.overCard = true;
    this.cancel('grace');
    this.cancel('dwell');
    this.pending = null;
  }

  cardLeave(): void {
    this.overCard = false;
    if (this.shown !== null && !this.pinned) this.startGrace();
  }

  /** The page scrolled: no new card until it has been still for SCROLL_QUIET_MS. */
  scroll(): void {
    this.scrolling = true;
    this.cancel('dwell');
    this.pending = null;
    this.start('scroll', SCROLL_QUIET_MS, () => {
      this.scrolling = false;
    });
  }

  /** A touch tap: on a mention it opens at once (no hover on touch), elsewhere it closes. */
  tap(target: T | null): void {
    this.dismissed = null;
    if (target === null) this.close(false);
    else if (this.shown === null || !this.is(target, this.shown)) this.open(target, false);
  }

  /** Open from the keyboard (step to a mention, or the popup's "focus entity"). */
  openNow(target: T): void {
    this.dismissed = null;
    this.open(target, true);
    this.pinned = true;
  }

  /** Escape: closes the card if one shows. Returns whether it did (the key is then used). */
  escape(): boolean {
    this.cancel('dwell');
    if (this.pending !== null) this.dismissed = this.pending;
    this.pending = null;
    if (this.shown === null) return false;
    this.dismissed = this.shown;
    this.close(true);
    return true;
  }

  /**
   * A press outside the card, or the card's own close button. Like Escape, the pointer must
   * leave that name before its card can open again: a click on it is not a wish to reread it.
   */
  dismiss(): void {
    if (this.shown !== null) this.dismissed = this.shown;
    this.close(false);
  }

  dispose(): void {
    for (const handle of this.timers.values()) this.clock.clear(handle);
    this.timers.clear();
  }

  private is(a: T, b: T): boolean {
    return a === b || this.options.same(a, b);
  }

  private open(target: T, focus: boolean): void {
    this.cancel('dwell');
    this.cancel('grace');
    this.pending = null;
    this.pinned = false;
    this.shown = target;
    this.options.effects.show(target, { focus });
  }

  private close(restoreFocus: boolean): void {
    this.cancel('dwell');
    this.cancel('grace');
    this.pending = null;
    this.pinned = false;
    this.overCard = false;
    if (this.shown === null) return;
    this.shown = null;
    this.options.effects.hide({ restoreFocus });
  }

  private startGrace(): void {
    if (!this.timers.has('grace')) this.start('grace', GRACE_MS, () => this.close(false));
  }

  private start(timer: Timer, ms: number, callback: () => void): void {
    this.cancel(timer);
    this.timers.set(
      timer,
      this.clock.set(() => {
        this.timers.delete(timer);
        callback();
      }, ms),
    );
  }

  private cancel(timer: Timer): void {
    const handle = this.timers.get(timer);
    if (handle === undefined) return;
    this.clock.clear(handle);
    this.timers.delete(timer);
  }
}
