/**
 * Places the card next to a mention with floating-ui and keeps it there while the page
 * scrolls or resizes: below the name, flipped above near the bottom edge, shifted inside the
 * viewport, never taller than the room left (the card scrolls inside), hidden while its
 * name is scrolled out of sight. Issue 4.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** Room kept between the card and the viewport's edges. */
const EDGE_PX = 8;
/** Gap between the name and the card. */
const GAP_PX = 6;

function anchorOf(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

/**
 * Follows `range` with `floating` until the returned function is called. `onGone` runs when
 * the name has left the page (its text was edited away).
 */
export function followMention(range: Range, floating: HTMLElement, onGone: () => void): () => void {
  // Transparent, not hidden, until placed: a hidden card could not take focus meanwhile.
  floating.style.opacity = '0';
  const anchor = anchorOf(range);
  return autoUpdate(anchor, floating, () => {
    if (range.getClientRects().length === 0) {
      onGone();
      return;
    }
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(GAP_PX),
        flip({ padding: EDGE_PX }),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply: ({ availableHeight }) => {
            floating.style.maxHeight = `${Math.floor(availableHeight)}px`;
          },
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      floating.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
      floating.style.opacity = '';
    });
  });
}
