/**
 * Document order for mentions that may live in different shadow trees, where
 * Range.compareBoundaryPoints would throw: compare the shadow hosts in the light tree first.
 */
import type { LiveMention } from './mention-index';

/** The chain of roots from the document down to the node's own tree, as their anchor nodes. */
function anchors(node: Node): Node[] {
  const chain: Node[] = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    chain.unshift(root.host);
  }
  return chain;
}

export function compareMentions(a: LiveMention, b: LiveMention): number {
  const ra = a.range;
  const rb = b.range;
  if (ra.startContainer.getRootNode() === rb.startContainer.getRootNode()) {
    return ra.compareBoundaryPoints(Range.START_TO_START, rb);
  }
  const ca = anchors(ra.startContainer);
  const cb = anchors(rb.startContainer);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const pos = x.compareDocumentPosition(y);
    if (pos & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
    if (pos & Node.DOCUMENT_POSITION_CONTAINS) return 1;
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return ca.length - cb.length;
}
