/**
 * The trigger names a scan found where the reader cannot see them, on a page they therefore
 * did not trigger (rendered.ts), by block. When the reader reveals something
 * (reveal-watch.ts), the page is scanned again only if one of them now shows: a click on such
 * a page costs a few visibility checks, not a scan. Like the deferred mentions, a block's names
 * go when the page changes the block (its rescan notes them again), so a page re-rendering a
 * hidden widget for hours keeps one set of them, not one per render.
 *
 * Beside them, the hidden neighbours of an ambiguous trigger: a bare "Geneva" beside a
 * collapsed "from Washington and Moscow" means the city, but triggers the page only once the
 * reader sees them (lib/match/find.ts).
 */
import type { Matcher } from '../../lib/match/matcher';
import { toMentions, type BlockHits } from './match-blocks';
import { renderedCheck } from './rendered';
import { isWithin, type BlockKey, type PageBlock } from './walk';

const isLive = (range: Range) => !range.collapsed && range.startContainer.isConnected;

export class HiddenTriggers {
  private readonly byBlock = new Map<BlockKey, Range[]>();

  /**
   * Keeps the hidden names of an untriggered scan in the blocks that name a trigger: the trigger
   * mentions themselves, and the neighbours that confirmed an ambiguous one. A trigger the reader
   * sees did not trigger only because those neighbours are hidden; it is not kept, or every
   * click would find it shown and scan again.
   */
  note(blocks: readonly PageBlock[], found: BlockHits, matcher: Matcher): void {
    const triggers = new Set(matcher.entities.filter((e) => e.trigger).map((e) => e.id));
    const rendered = renderedCheck();
    for (const [i, hits] of found.mentions) {
      if (!hits.some((hit) => triggers.has(hit.entity))) continue;
      const block = blocks[i]!;
      const hidden = toMentions(block, hits)
        .map((m) => m.range)
        .filter((range) => !rendered(range));
      if (hidden.length > 0) this.byBlock.set(block.key, hidden);
    }
  }

  /** Forgets the names in blocks inside `roots` (the page changed them; a rescan follows). */
  dropWithin(roots: ReadonlySet<Node>): void {
    for (const key of [...this.byBlock.keys()]) if (isWithin(key, roots)) this.byBlock.delete(key);
  }

  /** Forgets the blocks the page removed. */
  pruneStale(): void {
    for (const key of [...this.byBlock.keys()]) if (!key.isConnected) this.byBlock.delete(key);
  }

  /** Whether one of them shows now (a Range whose text the page removed shows nothing). */
  anyShown(): boolean {
    const rendered = renderedCheck();
    for (const ranges of this.byBlock.values()) {
      for (const range of ranges) if (isLive(range) && rendered(range)) return true;
    }
    return false;
  }

  clear(): void {
    this.byBlock.clear();
  }
}
