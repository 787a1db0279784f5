/**
 * Whether a mention is where a reader can see it: the element holding its text is rendered and
 * not hidden (display: none, visibility: hidden, a closed <details>, content-visibility:
 * hidden), as the gate's `innerText` reads the page. Hidden text is still matched and painted
 * on a triggered page, at no cost to it (an invisible highlight draws nothing), but it neither
 * triggers the page nor serves as evidence (match-blocks.ts), and the keyboard steps and the
 * popup's counts are about the names a reader can reach: a step never scrolls to nothing.
 */
import type { LiveMention } from './mention-index';

/** The element a node renders in: its parent, or the host of the shadow root it is in. */
const parentOf = (node: Node): Element | null =>
  node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);

/** The element whose rendering decides whether `node`'s text is seen. */
const holderOf = (node: Node): Element | null => (node instanceof Element ? node : parentOf(node));

/** Whether the text directly inside `el` renders. */
function shows(el: Element): boolean {
  if (el.checkVisibility({ visibilityProperty: true })) return true;
  // An element with `display: contents` (a <slot>, a framework's wrapper) has no box, so
  // checkVisibility says false, yet its text renders in its parent's box, with its own
  // visibility.
  const style = getComputedStyle(el);
  if (style.display !== 'contents' || style.visibility !== 'visible') return false;
  const parent = parentOf(el);
  return parent !== null && shows(parent);
}

/** Whether the reader can see the text of `node`. */
export function isRendered(node: Node): boolean {
  const el = holderOf(node);
  return el !== null && shows(el);
}

/** One check per call site: elements are asked once each, as a batch touches many nodes. */
export function renderedNodeCheck(): (node: Node) => boolean {
  const seen = new Map<Element, boolean>();
  return (node) => {
    const el = holderOf(node);
    if (!el) return false;
    let visible = seen.get(el);
    if (visible === undefined) seen.set(el, (visible = shows(el)));
    return visible;
  };
}

/** The same for mentions: whether the text a Range starts in renders. */
export function renderedCheck(): (range: Range) => boolean {
  const rendered = renderedNodeCheck();
  return (range) => rendered(range.startContainer);
}

/** Rendered mentions per entity, for the popup's "On this page". */
export function renderedCounts(mentions: readonly LiveMention[]): Map<string, number> {
  const rendered = renderedCheck();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (rendered(m.range)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  return counts;
}
