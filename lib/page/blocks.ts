/**
 * Block assembly over an abstract list of text pieces, so the matcher sees `<b>Wendy</b>
 * Sherman` or a name broken by `<br>` as one run of text (issue 3). The DOM walk
 * (entrypoints/content/text-collector.ts, piece-blocks.ts) feeds it text nodes in document
 * order with their block-level ancestor; this module joins consecutive pieces of the same
 * block and maps block offsets back to (node, offset). Generic over the node type so it runs under plain vitest.
 */

export interface Block<N, K = unknown> {
  /** The block-level ancestor the text belongs to (identity only). */
  key: K;
  text: string;
  /** Text nodes of the block in document order. */
  nodes: N[];
  /** Where each node's own text starts and ends in `text` (separators lie between). */
  starts: number[];
  ends: number[];
}

export interface NodePosition<N> {
  node: N;
  offset: number;
}

/** A `<br>` has no text node: it becomes this separator so the words on each side stay apart. */
export const LINE_BREAK = '\n';

export class BlockAssembler<N, K = unknown> {
  readonly blocks: Block<N, K>[] = [];
  private current: Block<N, K> | undefined;

  /** Appends a text node's data to block `key`, starting a new block when the key changes. */
  text(node: N, data: string, key: K): void {
    if (data.length === 0) return;
    const block = this.blockFor(key);
    block.nodes.push(node);
    block.starts.push(block.text.length);
    block.text += data;
    block.ends.push(block.text.length);
  }

  /** A `<br>` (or another break without text) inside block `key`. */
  lineBreak(key: K): void {
    const block = this.current;
    if (block && block.key === key) block.text += LINE_BREAK;
  }

  /** Text of another block came in between (read elsewhere): the next piece starts anew. */
  interrupt(): void {
    this.current = undefined;
  }

  private blockFor(key: K): Block<N, K> {
    if (this.current && this.current.key === key) return this.current;
    this.current = { key, text: '', nodes: [], starts: [], ends: [] };
    this.blocks.push(this.current);
    return this.current;
  }
}

/**
 * The node position of block offset `offset`. A start offset (`atEnd` false) resolves to the
 * node whose text begins there, an end offset to the node whose text it closes, so a Range
 * never starts at the very end of one node or ends at the start of the next.
 */
export function locate<N>(block: Block<N>, offset: number, atEnd = false): NodePosition<N> {
  const { nodes, starts, ends } = block;
  const last = nodes.length - 1;
  if (atEnd) {
    // First node whose end reaches the offset.
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! >= offset) hi = mid;
      else lo = mid + 1;
    }
    if (lo > 0 && offset <= starts[lo]!) lo -= 1;
    return { node: nodes[lo]!, offset: clamp(offset, starts[lo]!, ends[lo]!) - starts[lo]! };
  }
  // Last node that starts at or before the offset.
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (lo < last && offset >= ends[lo]!) lo += 1;
  return { node: nodes[lo]!, offset: clamp(offset, starts[lo]!, ends[lo]!) - starts[lo]! };
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
