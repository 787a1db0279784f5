/**
 * What a scan found hidden (rendered.ts) on a page it therefore left untriggered: the hidden
 * text of every block that names a trigger, by block. A hidden trigger name, or the hidden
 * neighbours or cue words (`Swiss`) of a bare "Geneva" the reader sees, do not trigger a page
 * (lib/match/find.ts), but once the reader reveals them they do. So when the reader reveals
 * something (reveal-watch.ts), the page is scanned again only if some of that text now shows:
 * a click on such a page costs a few visibility checks, not a scan. The text the reader
 * already sees is not kept, or every click would find it shown and scan again. Like the
 * deferred mentions, a block's text goes when the page changes the block (its rescan notes it
 * again), so a page re-rendering a hidden widget for hours keeps one set, not one per render.
 */
import type { Matcher } from '../../lib/match/matcher';
import type { BlockHits } from './match-blocks';
import { renderedNodeCheck } from './rendered';
import { isWithin, type BlockKey, type PageBlock } from './walk';

export class HiddenTriggers {
  private readonly byBlock = new Map<BlockKey, Text[]>();

  /** Keeps the hidden text of the blocks where the scan named a trigger. */
  note(blocks: readonly PageBlock[], found: BlockHits, matcher: Matcher): void {
    const triggers = new Set(matcher.entities.filter((e) => e.trigger).map((e) => e.id));
    const rendered = renderedNodeCheck();
    for (const [i, hits] of found.mentions) {
      if (!hits.some((hit) => triggers.has(hit.entity))) continue;
      const block = blocks[i]!;
      const hidden = block.nodes.filter((node) => !rendered(node));
      if (hidden.length > 0) this.byBlock.set(block.key, hidden);
    }
  }

  /** Forgets the text in blocks inside `roots` (the page changed them; a rescan follows). */
  dropWithin(roots: ReadonlySet<Node>): void {
    for (const key of [...this.byBlock.keys()]) if (isWithin(key, roots)) this.byBlock.delete(key);
  }

  /** Forgets the blocks the page removed. */
  pruneStale(): void {
    for (const key of [...this.byBlock.keys()]) if (!key.isConnected) this.byBlock.delete(key);
  }

  /** Whether some of it shows now (text the page emptied or removed shows nothing). */
  anyShown(): boolean {
    const rendered = renderedNodeCheck();
    for (const nodes of this.byBlock.values()) {
      for (const node of nodes)
        if (node.isConnected && node.length > 0 && rendered(node)) return true;
    }
    return false;
  }

  clear(): void {
    this.byBlock.clear();
  }
}
