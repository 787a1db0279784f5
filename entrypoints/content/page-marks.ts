/**
 * What the scans leave on a page, kept together: the painted mentions (highlights.ts), the
 * ambiguous ones waiting for evidence elsewhere on the page (deferred-mentions.ts) and, on a
 * page left untriggered, the hidden text that could still trigger it (hidden-triggers.ts). The
 * annotator forgets them all when it starts over, and those of a region when the page changes
 * it (its rescan finds them again).
 */
import type { EntityType } from '../../lib/corpus/schema';
import { DeferredMentions } from './deferred-mentions';
import { HiddenTriggers } from './hidden-triggers';
import { HighlightPainter } from './highlights';
import { paintSliced, toMentions, type BlockHits } from './match-blocks';
import type { ScanScope } from './scan-blocks';
import type { PageBlock } from './walk';

export class PageMarks {
  readonly painter: HighlightPainter;
  readonly hidden = new HiddenTriggers();
  private readonly deferred = new DeferredMentions();

  constructor(typeOf: (entity: string) => EntityType | undefined) {
    this.painter = new HighlightPainter(typeOf);
  }

  clear(): void {
    this.painter.clear();
    this.deferred.clear();
    this.hidden.clear();
  }

  /** Forgets what lies inside `roots`, and once the page `removed` nodes, what went with them. */
  dropWithin(roots: ReadonlySet<Node>, removed: boolean): void {
    this.painter.dropWithin(roots);
    this.deferred.dropWithin(roots);
    this.hidden.dropWithin(roots);
    if (removed) {
      this.painter.pruneStale();
      this.hidden.pruneStale();
    }
  }

  /**
   * Paints a triggered scan's mentions in slices, keeps its ambiguous ones, and paints those
   * the page's evidence (`confident`) now confirms; false if the scan became moot meanwhile.
   */
  async paint(
    blocks: readonly PageBlock[],
    found: BlockHits,
    confident: ReadonlySet<string>,
    scope: Pick<ScanScope, 'ctx' | 'current'>,
  ): Promise<boolean> {
    const paint = this.painter.add.bind(this.painter);
    if (!(await paintSliced(blocks, found.mentions, paint, scope))) return false;
    for (const [i, hits] of found.deferred) {
      this.deferred.add(blocks[i]!.key, toMentions(blocks[i]!, hits));
    }
    this.deferred.promote(confident, paint);
    return true;
  }
}
