/**
 * The trigger names a scan found where the reader cannot see them, on a page they therefore
 * did not trigger (rendered.ts). When the reader reveals something (reveal-watch.ts), the page
 * is scanned again only if one of them now shows: most clicks on such a page cost a few
 * visibility checks, not a scan.
 */
import type { Matcher } from '../../lib/match/matcher';
import type { BlockHits } from './match-blocks';
import { toMentions } from './match-blocks';
import { renderedCheck } from './rendered';
import type { PageBlock } from './walk';

export class HiddenTriggers {
  private ranges: Range[] = [];

  /** Keeps the trigger mentions of an untriggered scan: none of them could be seen. */
  note(blocks: readonly PageBlock[], found: BlockHits, matcher: Matcher): void {
    const triggers = new Set(matcher.entities.filter((e) => e.trigger).map((e) => e.id));
    for (const [i, hits] of found.mentions) {
      const hidden = hits.filter((hit) => triggers.has(hit.entity));
      if (hidden.length === 0) continue;
      for (const m of toMentions(blocks[i]!, hidden)) this.ranges.push(m.range);
    }
  }

  /** Whether one of them shows now (a Range whose text the page removed shows nothing). */
  anyShown(): boolean {
    const rendered = renderedCheck();
    return this.ranges.some((range) => !range.collapsed && rendered(range));
  }

  clear(): void {
    this.ranges = [];
  }
}
