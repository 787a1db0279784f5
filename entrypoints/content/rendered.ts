/**
 * Whether a mention is where a reader can see it: the element holding its text is rendered and
 * not hidden (display: none, visibility: hidden, a closed <details>, content-visibility:
 * hidden). Hidden text is still matched and painted, at no cost to the page (an invisible
 * highlight draws nothing, and the text still counts as evidence), but the keyboard steps and
 * the popup's counts are about the names a reader can reach: a step never scrolls to nothing.
 */
import type { LiveMention } from './mention-index';

/** One check per call site: elements are asked once each, as a batch touches many mentions. */
export function renderedCheck(): (range: Range) => boolean {
  const seen = new Map<Element, boolean>();
  return (range) => {
    const node = range.startContainer;
    const el =
      node instanceof Element
        ? node
        : (node.parentElement ??
          (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null));
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
