/**
 * Hover and keyboard access to the cards (issue 4): pointer hit-testing on the mention index
 * (once per animation frame), the hover state machine's timings, Escape, touch taps, and the
 * keyboard path: `step-mention` (the manifest commands, via the background) and `focus-entity`
 * (the popup) scroll a mention into view and open its card. Every listener is tied to `ctx`.
 */
import { browser, type ContentScriptContext } from '#imports';
import type { Settings } from '../../lib/settings/schema';
import type { ContentRequest } from '../../lib/browser/messages';
import { cardLang } from '../../lib/cards/card-lang';
import { HoverMachine } from '../../lib/hover/hover-machine';
import { stepTarget } from '../../lib/hover/step';
import type { LiveMention, MentionIndex } from './mention-index';
import { lazyCardHost } from './card-loader';
import { renderedCheck } from './rendered';

/** A finger that moves further than this between down and up scrolled, it did not tap. */
const TAP_SLOP_PX = 10;

function sameMention(a: LiveMention, b: LiveMention): boolean {
  return (
    a.entity === b.entity &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset
  );
}

function scrollToMention(mention: LiveMention): void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const behavior: ScrollBehavior = reduce ? 'instant' : 'smooth';
  const rect = mention.range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  // Inner scroll containers first, then the page, so the name sits in the upper third.
  mention.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior });
  const after = mention.range.getBoundingClientRect();
  if (after.top < 0 || after.bottom > window.innerHeight) {
    window.scrollBy({ top: after.top - window.innerHeight / 3, behavior });
  }
}

export function installHover(
  ctx: ContentScriptContext,
  index: MentionIndex,
  getSettings: () => Settings,
): void {
  const card = lazyCardHost(ctx, {
    lang: () => cardLang(getSettings().uiLanguage, navigator.language),
    onPointerEnter: () => machine.cardEnter(),
    onPointerLeave: () => machine.cardLeave(),
    onCloseRequest: () => machine.dismiss(),
  });
  const machine = new HoverMachine<LiveMention>({
    effects: { show: (m, how) => card.show(m, how), hide: (how) => card.hide(how) },
    same: sameMention,
    dwellMs: () => getSettings().hoverDelayMs,
  });
  ctx.onInvalidated(() => machine.dispose());

  let latest: PointerEvent | null = null;
  let frame = 0;
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch' || card.contains(event)) return;
      latest = event;
      frame ||= ctx.requestAnimationFrame(() => {
        frame = 0;
        if (!latest) return;
        const over = index.hitTest(latest.clientX, latest.clientY);
        // The dwell before a card opens is time to fetch its UI and data.
        if (over) card.prepare(over);
        machine.pointerOver(over);
      });
    },
    { passive: true },
  );
  // Leaving the window abandons any dwell and lets the grace period run.
  ctx.addEventListener(document, 'pointerout', (event) => {
    if (event.relatedTarget === null && event.pointerType !== 'touch') machine.pointerOver(null);
  });
  // Capture sees every scrolling element of the page; the card's own scrolling stays inside
  // its shadow root (scroll events are not composed), so reading the card never counts.
  ctx.addEventListener(window, 'scroll', () => machine.scroll(), { capture: true, passive: true });

  let touchStart: { x: number; y: number } | null = null;
  ctx.addEventListener(document, 'pointerdown', (event) => {
    if (card.contains(event)) return;
    if (event.pointerType === 'touch') touchStart = { x: event.clientX, y: event.clientY };
    else machine.dismiss();
  });
  ctx.addEventListener(document, 'pointerup', (event) => {
    if (event.pointerType !== 'touch' || !touchStart || card.contains(event)) return;
    const moved = Math.hypot(event.clientX - touchStart.x, event.clientY - touchStart.y);
    touchStart = null;
    if (moved <= TAP_SLOP_PX) machine.tap(index.hitTest(event.clientX, event.clientY));
  });

  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (machine.escape()) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { capture: true },
  );

  // The mention last opened from the keyboard: stepping continues from it after Escape.
  let cursor: LiveMention | null = null;

  const step = (direction: 1 | -1, entity?: string): boolean => {
    const all = index.list();
    const from = machine.shown ?? cursor;
    // Hidden text is painted too (rendered.ts); a step lands only where the reader can see.
    const rendered = renderedCheck();
    const target =
      all[
        stepTarget({
          count: all.length,
          current: from ? all.findIndex((m) => sameMention(m, from)) : -1,
          firstInView: () =>
            all.findIndex((m) => rendered(m.range) && m.range.getBoundingClientRect().bottom >= 0),
          direction,
          accepts: (i) => {
            const m = all[i];
            return !!m && (entity === undefined || m.entity === entity) && rendered(m.range);
          },
        })
      ];
    if (!target) return false;
    cursor = target;
    scrollToMention(target);
    machine.openNow(target);
    return true;
  };

  const onMessage = (message: unknown): Promise<boolean> | undefined => {
    const request = message as ContentRequest | null;
    if (request?.type === 'step-mention') return Promise.resolve(step(request.direction));
    if (request?.type === 'focus-entity') return Promise.resolve(step(1, request.entity));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
