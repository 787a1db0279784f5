/**
 * Runs the matcher over walked blocks in slices (chunks of text with a yield between them)
 * and turns its hits into live Ranges. Page-level evidence accumulates in the session, so
 * chunking changes next to nothing in the result (lib/match/index.ts says what it can).
 */
import type { ContentScriptContext } from '#imports';
import { findMentions } from '../../lib/match/find';
import type { MatchSession } from '../../lib/match/session';
import type { Matcher } from '../../lib/match/matcher';
import type { MentionHit } from '../../lib/match/types';
import { locate } from '../../lib/page/blocks';
import type { LiveMention } from './mention-index';
import { isRendered } from './rendered';
import { deadline, yieldToPage } from './slices';
import type { ScanScope } from './scan-blocks';
import type { BlockKey, PageBlock } from './walk';

/** Characters matched between two looks at the clock: well under a millisecond. */
const CHARS_PER_CHECK = 10_000;

export interface BlockHits {
  /** Hits by block index. */
  mentions: Map<number, MentionHit[]>;
  /** Ambiguous hits waiting for evidence, by block index. */
  deferred: Map<number, MentionHit[]>;
}

function group(into: Map<number, MentionHit[]>, hits: MentionHit[], offset: number): void {
  for (const hit of hits) {
    const i = hit.block + offset;
    const list = into.get(i);
    const shifted = { ...hit, block: i };
    if (list) list.push(shifted);
    else into.set(i, [shifted]);
  }
}

export async function matchBlocks(
  blocks: readonly PageBlock[],
  matcher: Matcher,
  session: MatchSession,
  ctx: ContentScriptContext,
): Promise<BlockHits> {
  const out: BlockHits = { mentions: new Map(), deferred: new Map() };
  let from = 0;
  let until = deadline();
  while (from < blocks.length) {
    let to = from;
    let chars = 0;
    while (to < blocks.length && (to === from || chars < CHARS_PER_CHECK))
      chars += blocks[to++]!.text.length;
    // The trigger gate is ours (annotator.ts): a trigger in a later chunk must not lose the
    // mentions of an earlier one.
    const first = from;
    const result = findMentions(
      blocks.slice(from, to).map((b) => b.text),
      matcher,
      {
        requireTrigger: false,
        session,
        isSeen: (i, start) => isRendered(locate(blocks[first + i]!, start).node),
      },
    );
    group(out.mentions, result.mentions, from);
    group(out.deferred, result.deferred, from);
    from = to;
    if (from < blocks.length && performance.now() > until) {
      await yieldToPage(ctx);
      until = deadline();
    }
  }
  return out;
}

/**
 * Paints the hits block by block in slices (thousands of Ranges on a long page); false if the
 * scan became moot on the way.
 */
export async function paintSliced(
  blocks: readonly PageBlock[],
  hits: BlockHits['mentions'],
  paint: (key: BlockKey, mentions: LiveMention[]) => void,
  scope: Pick<ScanScope, 'ctx' | 'current'>,
): Promise<boolean> {
  let until = deadline();
  for (const [i, found] of hits) {
    paint(blocks[i]!.key, toMentions(blocks[i]!, found));
    if (performance.now() > until) {
      await yieldToPage(scope.ctx);
      if (!scope.current()) return false;
      until = deadline();
    }
  }
  return true;
}

/** One live Range per hit, covering exactly the name as written (it may span text nodes). */
export function toMentions(block: PageBlock, hits: readonly MentionHit[]): LiveMention[] {
  const out: LiveMention[] = [];
  for (const hit of hits) {
    const start = locate(block, hit.start);
    const end = locate(block, hit.end, true);
    // The page may have edited the text since the walk: its mutation rescans it again.
    if (start.offset > start.node.length || end.offset > end.node.length) continue;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    if (!range.collapsed) out.push({ entity: hit.entity, range });
  }
  return out;
}
