/**
 * The one walk of the page (or of the subtrees a rescan reads): every text node the annotator
 * may read, in document order (an open shadow tree before its host's light children: what
 * renders first), with `\n` for each `<br>`, skipping walk.ts's subtrees, and nothing else: no
 * block is looked up. Blocks are then assembled from these pieces (piece-blocks.ts); a full
 * scan assembles only those around the pieces where the matcher's candidate expression finds
 * something (lib/page/candidate-pieces.ts). On a long page that is a few paragraphs, and
 * looking up every text node's block cost 3–5 ms of the 5–8 ms a walk that did took.
 */
import { OWN_HOST_TAG } from './own-host';
import { SKIPPED, SKIPPED_BY_ATTRIBUTE, advance } from './walk';

/** The elements `attachShadow` accepts, besides custom elements (names with a hyphen). */
const SHADOW_HOSTS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(
    ' ',
  ),
);

/** How many nodes to visit between two looks at the clock. */
const CLOCK_EVERY = 512;

export class TextCollector {
  /** Text of each piece; `\n` for a `<br>`. */
  readonly pieces: string[] = [];
  /** The text node of each piece, or the `<br>` element. */
  readonly nodes: (Text | Element)[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly stack: { walker: TreeWalker; next: Node | null }[] = [];
  private readonly skippedByAttribute = new Set<Element>();

  /** `root` must not lie inside a skipped subtree (walk.ts `isInsideSkipped`). */
  constructor(root: Element | DocumentFragment) {
    this.enter(root);
    const shadow = root instanceof Element ? root.shadowRoot : null;
    if (shadow) this.enterShadow(shadow);
  }

  /** Walks until done (returns true) or until `performance.now()` passes `deadline`. */
  step(deadline = Number.POSITIVE_INFINITY): boolean {
    let visited = 0;
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1]!;
      const node = top.next;
      if (!node) {
        this.stack.pop();
        continue;
      }
      if (node.nodeType === Node.TEXT_NODE) {
        this.nodes.push(node as Text);
        this.pieces.push((node as Text).data);
        top.next = top.walker.nextNode();
      } else {
        const el = node as Element;
        const name = el.localName;
        if (SKIPPED.has(name) || name === OWN_HOST_TAG || this.skippedByAttribute.has(el)) {
          top.next = advance(top.walker, false);
        } else {
          if (name === 'br') {
            this.nodes.push(el);
            this.pieces.push('\n');
          }
          top.next = top.walker.nextNode();
          const shadow = SHADOW_HOSTS.has(name) || name.includes('-') ? el.shadowRoot : null;
          // Pushed on top: the shadow tree is read before the host's light children.
          if (shadow) this.enterShadow(shadow);
        }
      }
      if (++visited % CLOCK_EVERY === 0 && performance.now() > deadline) return false;
    }
    return true;
  }

  private enterShadow(shadow: ShadowRoot): void {
    this.shadowRoots.push(shadow);
    this.enter(shadow);
  }

  private enter(root: Element | DocumentFragment): void {
    for (const el of root.querySelectorAll(SKIPPED_BY_ATTRIBUTE)) this.skippedByAttribute.add(el);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.stack.push({ walker, next: walker.nextNode() });
  }
}
