/**
 * Whether a mention is where a reader can see it: the element holding its text is rendered and
 * not hidden (display: none, visibility: hidden, a closed <details>, content-visibility:
 * hidden), as the gate's `innerText` reads the page. Hidden text is still matched and painted
 * on a triggered page, at no cost to it (an invisible highlight draws nothing), but it neither
 * triggers the page nor serves as evidence (match-blocks.ts), and the keyboard steps and the
 * popup's counts are about the names a reader can reach: a step never scrolls to nothing.
 */
import type { LiveMention } from './mention-index';

/** The element whose rendering decides whether `node`'s text is seen. */
const holderOf = (node: Node): Element | null =>
  node instanceof Element
    ? node
    : (node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null));

/** Whether the reader can see the text of `node`. */
export function isRendered(node: Node): boolean {
  return holderOf(node)?.checkVisibility({ visibilityProperty: true }) ?? false;
}

/** One check per call site: elements are asked once each, as a batch touches many mentions. */
export function renderedCheck(): (range: Range) => boolean {
  const seen = new Map<Element, boolean>();
  return (range) => {
    const el = holderOf(range.startContainer);
    if (!el) return false;
    let visible = seen.get(el);
    if (visible === undefined) {
      visible = el.checkVisibility({ visibilityProperty: true });
      seen.set(el, visible);
    }
    return visible;
  };
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
