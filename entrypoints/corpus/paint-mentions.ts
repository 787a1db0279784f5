/**
 * Paints an article's mentions in the reader the way pages are painted (DESIGN.md, Annotation):
 * one Highlight per entity, `CSS.highlights.set('gl-' + id, …)`, one Range per mention, from the
 * exact offsets the corpus build computed.
 */
import type { Mention, Span } from '../../lib/corpus/bundle';

/** Weekdays that do not match their date, drawn apart from the names (not a `gl-` entity). */
export const WEEKDAY_HIGHLIGHT = 'geneva-lens-weekday';

interface Run {
  node: Text;
  start: number;
}

export interface PaintedMention {
  mention: Mention;
  range: Range;
}

export interface PaintedArticle {
  /** The mention under a viewport point, if the point is on its text. */
  mentionAt(x: number, y: number): PaintedMention | undefined;
  dispose(): void;
}

/** Text nodes of each paragraph with their offsets into Article.text (from data-start). */
function textRuns(root: HTMLElement): Run[] {
  const runs: Run[] = [];
  for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) {
    let at = Number(p.dataset.start);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      runs.push({ node: n as Text, start: at });
      at += (n as Text).length;
    }
  }
  return runs;
}

function locate(runs: Run[], offset: number, end: boolean) {
  for (const r of runs) {
    const len = r.node.length;
    if (offset > r.start + len || offset < r.start) continue;
    if (offset === r.start + len && !end) continue;
    return { node: r.node, offset: offset - r.start };
  }
  return undefined;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const pos = document.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const inside = (range: Range, x: number, y: number) =>
  [...range.getClientRects()].some(
    (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
  );

function rangeOf(runs: Run[], span: Span): Range | undefined {
  const from = locate(runs, span.start, false);
  const to = locate(runs, span.end, true);
  if (!from || !to) return undefined;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

export function paintMentions(
  root: HTMLElement,
  mentions: readonly Mention[],
  flagged: readonly Span[] = [],
): PaintedArticle {
  const runs = textRuns(root);
  const painted: PaintedMention[] = [];
  const byEntity = new Map<string, Range[]>();
  for (const mention of mentions) {
    const range = rangeOf(runs, mention);
    if (!range) continue;
    painted.push({ mention, range });
    byEntity.set(mention.entity, [...(byEntity.get(mention.entity) ?? []), range]);
  }
  for (const [entity, ranges] of byEntity)
    CSS.highlights.set(`gl-${entity}`, new Highlight(...ranges));
  const flags = flagged.flatMap((span) => rangeOf(runs, span) ?? []);
  if (flags.length > 0) CSS.highlights.set(WEEKDAY_HIGHLIGHT, new Highlight(...flags));

  return {
    mentionAt(x, y) {
      const caret = caretAt(x, y);
      const run = caret && runs.find((r) => r.node === caret.node);
      if (!caret || !run) return undefined;
      const at = run.start + caret.offset;
      // The caret lands beside the nearest character, so check the point is really on the name.
      return painted.find(
        (p) => p.mention.start <= at && at <= p.mention.end && inside(p.range, x, y),
      );
    },
    dispose() {
      for (const entity of byEntity.keys()) CSS.highlights.delete(`gl-${entity}`);
      CSS.highlights.delete(WEEKDAY_HIGHLIGHT);
    },
  };
}
