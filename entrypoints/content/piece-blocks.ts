/**
 * Blocks (lib/page/blocks.ts) assembled from the pieces of text-collector.ts, in the order it
 * read them: a block is a maximal run of consecutive pieces with the same block key. So a
 * block can be assembled around one piece by looking left and right for the ends of its run,
 * without walking the page again, and it is the block that assembling every piece gives.
 */
import { BlockAssembler } from '../../lib/page/blocks';
import type { TextCollector } from './text-collector';
import { blockKeyOf, type BlockKey, type PageBlock } from './walk';

export class PieceBlocks {
  private readonly asm = new BlockAssembler<Text, BlockKey>();
  private readonly keys = new Map<Node | null, BlockKey>();
  /** Pieces before this index are in a block already (runs are taken in order). */
  private done = 0;

  constructor(private readonly texts: Pick<TextCollector, 'pieces' | 'nodes'>) {}

  get blocks(): PageBlock[] {
    return this.asm.blocks;
  }

  get length(): number {
    return this.texts.pieces.length;
  }

  /** Assembles the block around piece `i` (no-op if an earlier call took it). */
  around(i: number): void {
    if (i < this.done) return;
    const key = this.keyOf(i);
    let from = i;
    while (from > this.done && this.keyOf(from - 1) === key) from--;
    let to = i + 1;
    while (to < this.length && this.keyOf(to) === key) to++;
    this.take(from, to);
    // The next block starts anew even if it has the same key: other text lay between.
    this.asm.interrupt();
  }

  /** Assembles every block of pieces `[from, to)`, in order (a page dense with names). */
  take(from: number, to: number): void {
    const { pieces, nodes } = this.texts;
    for (let i = Math.max(from, this.done); i < to; i++) {
      const node = nodes[i]!;
      if (node.nodeType === Node.TEXT_NODE) this.asm.text(node as Text, pieces[i]!, this.keyOf(i));
      else this.asm.lineBreak(this.keyOf(i));
    }
    this.done = Math.max(this.done, to);
  }

  private keyOf(i: number): BlockKey {
    const node = this.texts.nodes[i]!;
    const parent = node.parentNode;
    let key = this.keys.get(parent);
    if (!key) this.keys.set(parent, (key = blockKeyOf(node)));
    return key;
  }
}
