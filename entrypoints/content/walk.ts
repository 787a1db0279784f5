/**
 * What the walk of the page (text-collector.ts) reads and skips: the subtrees that must never
 * be annotated (DESIGN.md, Annotation), the elements that start a block of text of their own
 * (lib/page/blocks.ts), and how to step a TreeWalker past a subtree. Reads only; never writes.
 */
import type { Block } from '../../lib/page/blocks';

export type BlockKey = Element | ShadowRoot;
export type PageBlock = Block<Text, BlockKey>;

/** Subtrees whose text is not prose, or is the user's own input. */
export const SKIPPED = new Set(
  (
    'input textarea select option script style noscript template title head iframe object ' +
    'canvas video audio'
  ).split(' '),
);

/** Elements that start a run of text of their own; everything else is inline. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li ' +
    'main menu nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

/** Elements skipped for an attribute: the user's own editing, and what the page hides from AT. */
export const SKIPPED_BY_ATTRIBUTE =
  '[contenteditable]:not([contenteditable="false" i]), [aria-hidden="true" i]';
/** The attributes of SKIPPED_BY_ATTRIBUTE: a page that sets or clears one moves a boundary. */
export const SKIPPING_ATTRIBUTES = ['contenteditable', 'aria-hidden'];

/** Whether this value of one of SKIPPING_ATTRIBUTES puts its element out of bounds. */
export function skipsBy(name: string, value: string | null): boolean {
  if (value === null) return false;
  const v = value.toLowerCase();
  return name === 'aria-hidden' ? v === 'true' : v !== 'false';
}

/** Whether the element's own subtree is out of bounds. `isOwn` recognises our card host. */
export function isSkipped(el: Element, isOwn: (el: Element) => boolean): boolean {
  return SKIPPED.has(el.localName) || el.matches(SKIPPED_BY_ATTRIBUTE) || isOwn(el);
}

/** A node's parent, or the host of the shadow root it is: the way up across shadow trees. */
export const composedParent = (n: Node): Node | null =>
  n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);

/** Whether anything between `node` and the document (across shadow hosts) is out of bounds. */
export function isInsideSkipped(node: Node, isOwn: (el: Element) => boolean): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element, isOwn)) return true;
  }
  return false;
}

/** Whether `node` is one of `roots` or lies inside one (across shadow hosts). */
export function isWithin(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (roots.has(n)) return true;
  return false;
}

/** The nearest block-level ancestor of a node (or its shadow root): the key of its block. */
export function blockKeyOf(node: Node): BlockKey {
  for (let n = node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && BLOCKS.has((n as Element).localName))
      return n as Element;
    if (n instanceof ShadowRoot) return n;
  }
  return document.documentElement;
}

/** Next node in document order, past the current node's subtree unless `descend`. */
export function advance(walker: TreeWalker, descend: boolean): Node | null {
  if (descend) {
    const child = walker.firstChild();
    if (child) return child;
  }
  do {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  } while (walker.parentNode());
  return null;
}
