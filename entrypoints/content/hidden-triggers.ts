/**
 * The trigger names a scan found where the reader cannot see them, on a page they therefore
 * did not trigger (rendered.ts), by block. When the reader reveals something
 * (reveal-watch.ts), the page is scanned again only if one of them now shows: a click on such
 * a page costs a few visibility checks, not a scan. Like the deferred mentions, a block's names
 * go when the page changes the block (its rescan notes them again), so a page re-rendering a
 * hidden widget for hours keeps one set of them, not one per render.
 *
 * Only triggers are kept: a revealed name that would serve as evidence for an ambiguous
 * trigger ("Lavrov" beside a bare "Geneva") is not looked at again.
 */
import type { Matcher } from '../../lib/match/matcher';
import { toMentions, type BlockHits } from './match-blocks';
import { renderedCheck } from './rendered';
import { isWithin, type BlockKey, type PageBlock } from './walk';

const isLive = (range: Range) => !range.collapsed && range.startContainer.isConnected;

export class HiddenTriggers {
  private readonly byBlock = new Map<BlockKey, Range[]>();

  /** Keeps the trigger mentions of an untriggered scan: none of them could be seen. */
  note(blocks: readonly PageBlock[], found: BlockHits, matcher: Matcher): void {
    const triggers = new Set(matcher.entities.filter((e) => e.trigger).map((e) => e.id));
    for (const [i, hits] of found.mentions) {
      const hidden = hits.filter((hit) => triggers.has(hit.entity));
      if (hidden.length === 0) continue;
      const block = blocks[i]!;
      this.byBlock.set(
        block.key,
        toMentions(block, hidden).map((m) => m.range),
      );
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
