/**
 * Paints an article's mentions in the reader the way pages are painted (DESIGN.md, Annotation):
 * one Highlight per entity, `CSS.highlights.set('gl-' + id, …)`, one Range per mention, from the
 * exact offsets the corpus build computed. A click on a mention opens that entity.
 */
import type { Article, Mention } from '../../lib/corpus/bundle';

interface Run {
  node: Text;
  start: number;
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

function locate(
  runs: Run[],
  offset: number,
  end: boolean,
): { node: Text; offset: number } | undefined {
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

export function paintMentions(
  root: HTMLElement,
  article: Article,
  mentions: readonly Mention[],
  openEntity: (entity: string) => void,
): () => void {
  const runs = textRuns(root);
  const byEntity = new Map<string, Range[]>();
  for (const m of mentions) {
    const from = locate(runs, m.start, false);
    const to = locate(runs, m.end, true);
    if (!from || !to) continue;
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), range]);
  }
  for (const [entity, ranges] of byEntity)
    CSS.highlights.set(`gl-${entity}`, new Highlight(...ranges));

  const onClick = (e: MouseEvent) => {
    if (window.getSelection()?.isCollapsed === false) return;
    const caret = caretAt(e.clientX, e.clientY);
    const run = caret && runs.find((r) => r.node === caret.node);
    if (!caret || !run) return;
    const at = run.start + caret.offset;
    const hit = mentions.find((m) => m.start <= at && at < m.end && m.article === article.id);
    if (hit) openEntity(hit.entity);
  };
  root.addEventListener('click', onClick);
  return () => {
    root.removeEventListener('click', onClick);
    for (const entity of byEntity.keys()) CSS.highlights.delete(`gl-${entity}`);
  };
}
