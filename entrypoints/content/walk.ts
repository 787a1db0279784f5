/**
 * The one DOM pass: collects the page's visible prose as blocks (lib/page/blocks.ts) with a
 * TreeWalker, skipping what must never be annotated (DESIGN.md, Annotation) and descending
 * into the open shadow roots of the page's web components. Reads only; never writes.
 */
import { BlockAssembler, type Block } from '../../lib/page/blocks';

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

/** Whether anything between `node` and the document (across shadow hosts) is out of bounds. */
export function isInsideSkipped(node: Node, isOwn: (el: Element) => boolean): boolean {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element, isOwn)) return true;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return false;
}

/** Whether `node` is one of `roots` or lies inside one (across shadow hosts). */
export function isWithin(node: Node, roots: ReadonlySet<Node>): boolean {
  for (
    let n: Node | null = node;
    n;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)
  ) {
    if (roots.has(n)) return true;
  }
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

/** How many nodes to visit between two looks at the clock. */
const CLOCK_EVERY = 512;

/**
 * Collects the blocks under a root in document order, resumable: `step(deadline)` walks until
 * the deadline passes, so a long page is read in slices that let the page breathe.
 */
export class BlockWalker {
  private readonly asm = new BlockAssembler<Text, BlockKey>();
  /** Open shadow roots met on the way (the observer watches them too). */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly keys = new Map<Node, BlockKey>();
  /** One TreeWalker per tree being read: the page, then nested open shadow roots. */
  private readonly stack: { walker: TreeWalker; node: Node | null }[] = [];
  private pendingShadow: ShadowRoot | undefined;
  /**
   * The elements under the roots that `SKIPPED_BY_ATTRIBUTE` rules out, found by one native
   * query per tree: reading two attributes of every element from here cost more than that.
   */
  private readonly skippedByAttribute = new Set<Element>();

  constructor(
    root: Node,
    private readonly isOwn: (el: Element) => boolean,
  ) {
    if (root.nodeType === Node.TEXT_NODE) this.text(root as Text);
    else this.enter(root);
  }

  get blocks(): PageBlock[] {
    return this.asm.blocks;
  }

  /** Walks until done (returns true) or until `performance.now()` passes `deadline`. */
  step(deadline = Number.POSITIVE_INFINITY): boolean {
    let visited = 0;
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1]!;
      const node = top.node;
      if (!node) {
        this.stack.pop();
        continue;
      }
      const descend = this.visit(node, top.walker.root);
      top.node = advance(top.walker, descend);
      if (this.pendingShadow) {
        // Read the shadow tree before the host's light children: it is what renders first.
        this.enter(this.pendingShadow);
        this.pendingShadow = undefined;
      }
      if (++visited % CLOCK_EVERY === 0 && performance.now() > deadline) return false;
    }
    return true;
  }

  /** Reads one node; says whether to descend into it. May push a shadow root to read first. */
  private visit(node: Node, root: Node): boolean {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node !== root) this.text(node as Text);
      return false;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return true;
    const el = node as Element;
    if (node === root ? isSkipped(el, this.isOwn) : this.skips(el)) return false;
    const shadow = el.shadowRoot;
    if (el.localName === 'br') this.asm.lineBreak(this.keyOf(el));
    if (shadow) {
      this.shadowRoots.push(shadow);
      this.pendingShadow = shadow;
    }
    return true;
  }

  private skips(el: Element): boolean {
    return SKIPPED.has(el.localName) || this.skippedByAttribute.has(el) || this.isOwn(el);
  }

  private enter(root: Node): void {
    const scope = root as Partial<ParentNode>;
    for (const el of scope.querySelectorAll?.(SKIPPED_BY_ATTRIBUTE) ?? []) {
      this.skippedByAttribute.add(el);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.stack.push({ walker, node: root });
  }

  private text(node: Text): void {
    this.asm.text(node, node.data, this.keyOf(node));
  }

  private keyOf(node: Node): BlockKey {
    const parent = node.parentNode;
    if (!parent) return document.documentElement;
    let key = this.keys.get(parent);
    if (!key) {
      key = blockKeyOf(node);
      this.keys.set(parent, key);
    }
    return key;
  }
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
