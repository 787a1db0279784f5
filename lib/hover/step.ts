/**
 * Where a keyboard step lands (the `step-mention` commands and the popup's `focus-entity`):
 * the next or previous mention in document order, wrapping around, from the open card's
 * mention, or else from what the reader is looking at. Pure, over indexes. Issue 4.
 */
export interface StepFrom {
  /** Number of mentions on the page, in document order. */
  count: number;
  /** Index of the mention the step starts from (open card, last step), or -1. */
  current: number;
  /** When there is no current one: index of the first mention not above the viewport, or -1. */
  firstInView: () => number;
  direction: 1 | -1;
  /** Only mentions it accepts are landed on (an entity's, for focus-entity). */
  accepts?: (index: number) => boolean;
}

/** The index to open, or -1 when no mention qualifies. */
export function stepTarget({ count, current, firstInView, direction, accepts }: StepFrom): number {
  let at = current;
  if (at < 0) {
    // Forward lands on the first mention in view; backward on the last one above it.
    const first = firstInView();
    at = (first < 0 ? count : first) - (direction === 1 ? 1 : 0);
  }
  for (let i = 1; i <= count; i++) {
    const index = (((at + direction * i) % count) + count) % count;
    if (!accepts || accepts(index)) return index;
  }
  return -1;
}
