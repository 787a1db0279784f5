/**
 * Which mention is under a viewport point. Chromium has `CSS.highlights.highlightsFromPoint`;
 * elsewhere the caret position under the point finds the text node, its block's mentions are
 * searched, and the Range's own boxes confirm the point (a caret snaps to the nearest
 * character even when the pointer is in a margin).
 */
import type { LiveMention } from './mention-index';
import { blockKeyOf, type BlockKey } from './walk';

interface HitResult {
  highlight: Highlight;
  ranges: AbstractRange[];
}

interface PointOptions {
  /** Open shadow roots whose content may be under the point (not found otherwise). */
  shadowRoots: ShadowRoot[];
}

type RegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number, options?: PointOptions) => (HitResult | Highlight)[];
};

function boxesContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

export function hitTestIndex(
  x: number,
  y: number,
  entityOf: ReadonlyMap<Highlight, string>,
  /** The shown mentions of a block. */
  mentionsOf: (key: BlockKey) => LiveMention[] | undefined,
  shadowRoots: ShadowRoot[],
): LiveMention | null {
  const options: PointOptions = { shadowRoots };
  const registry = CSS.highlights as RegistryWithHitTest;
  if (typeof registry.highlightsFromPoint === 'function') {
    for (const hit of registry.highlightsFromPoint(x, y, options)) {
      const highlight = hit instanceof Highlight ? hit : hit.highlight;
      const entity = entityOf.get(highlight);
      if (!entity) continue;
      const ranges = hit instanceof Highlight ? [...hit] : hit.ranges;
      for (const range of ranges) {
        if (range instanceof Range && boxesContain(range, x, y)) return { entity, range };
      }
    }
    return null;
  }
  const caret = caretAt(x, y, options);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const m of mentionsOf(blockKeyOf(caret.node)) ?? []) {
    if (m.range.isPointInRange(caret.node, caret.offset) && boxesContain(m.range, x, y)) return m;
  }
  return null;
}

function caretAt(
  x: number,
  y: number,
  options: PointOptions,
): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const pos = document.caretPositionFromPoint(x, y, options);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
