/**
 * Ambiguous mentions held back only for lack of evidence (lib/match `deferred`), by block:
 * they become marks once their entity is named confidently anywhere on the page, and go when
 * the page replaces their block.
 */
import type { LiveMention } from './mention-index';
import { isWithin, type BlockKey } from './walk';

export class DeferredMentions {
  private readonly byBlock = new Map<BlockKey, LiveMention[]>();

  add(key: BlockKey, mentions: LiveMention[]): void {
    if (mentions.length > 0) this.byBlock.set(key, [...(this.byBlock.get(key) ?? []), ...mentions]);
  }

  /** Forgets the mentions of blocks inside `roots` (the page changed them; a rescan follows). */
  dropWithin(roots: ReadonlySet<Node>): void {
    for (const key of [...this.byBlock.keys()]) if (isWithin(key, roots)) this.byBlock.delete(key);
  }

  /** Hands over, by block, the mentions whose entity is now confidently named on the page. */
  promote(
    confident: ReadonlySet<string>,
    paint: (key: BlockKey, ready: LiveMention[]) => void,
  ): void {
    for (const [key, waiting] of this.byBlock) {
      const ready = waiting.filter((m) => confident.has(m.entity));
      if (ready.length === 0) continue;
      paint(key, ready);
      const rest = waiting.filter((m) => !confident.has(m.entity));
      if (rest.length > 0) this.byBlock.set(key, rest);
      else this.byBlock.delete(key);
    }
  }

  clear(): void {
    this.byBlock.clear();
  }
}
