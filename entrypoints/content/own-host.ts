/**
 * The card's host element (entrypoints/content/mount-card.tsx) is the one element the
 * extension adds to a page. Its open shadow root must never be annotated, and its changes are
 * not the page's.
 */
/** Same as HOST_TAG in mount-card.tsx, not imported so the walk does not pull in the card UI. */
export const OWN_HOST_TAG = 'geneva-lens';

export function isOwnElement(el: Element): boolean {
  return el.localName === OWN_HOST_TAG;
}
