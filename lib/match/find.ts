/**
 * Blocks → mentions. Three steps: scan every block (one trie pass each), take unambiguous hits
 * (guarded ones unless counter-evidence stands next to them) as mentions and as page-level
 * evidence, then judge the ambiguous hits with the rules, the page evidence and, last, the
 * other entities named in the same block (neighbours.ts).
 */
import type { Matcher } from './matcher';
import { COUNTERED, CONFIRMED, countered, judge, type HitContext } from './rules';
import { confirmByNeighbours, triggersSeen, type BlockName } from './neighbours';
import { scanBlock, scanCues, type RawHit } from './scan';
import type { FindResult, MentionHit } from './types';

/** Page-level evidence that survives incremental rescans of one page. */
export interface MatchSession {
  /** Entities named on the page with an unambiguous alias, by any scan so far. */
  readonly confident: Set<string>;
  /** A trigger entity has been confidently mentioned by some scan so far. */
  triggered: boolean;
}

export interface FindOptions {
  /** Return no mentions (and no deferred hits) unless the page is triggered, now or before. */
  requireTrigger?: boolean;
  /** Evidence from earlier scans of the same page; updated in place. */
  session?: MatchSession;
  /**
   * Whether the reader can see the hit starting at `start` in `block`. A mention the reader
   * cannot see (display:none, a closed <details>) is still marked on a triggered page, but it
   * neither triggers the page nor counts as page-wide evidence. The page triggers only where
   * the names and cue words (`talks`, `Swiss`) the reader sees are enough (neighbours.ts
   * `triggersSeen`): the gate reads only rendered text, and the scan must not open a page the
   * gate would keep shut. (Neighbours and cue words still say what a name means on a
   * triggered page, seen or not.) Asked only while the answer can change something (the page
   * not yet triggered, the entity not yet confident), once per hit.
   */
  isSeen?: (block: number, start: number) => boolean;
}

export function createSession(): MatchSession {
  return { confident: new Set(), triggered: false };
}

function byPosition(a: MentionHit, b: MentionHit): number {
  return a.block - b.block || a.start - b.start;
}

export function findMentions(
  blocks: readonly string[],
  matcher: Matcher,
  options: FindOptions = {},
): FindResult {
  const session = options.session ?? createSession();
  const { entities, trie } = matcher;
  const candidates = matcher.candidates ?? undefined;
  const mentions: MentionHit[] = [];
  /** Entities named per block (only blocks with any). */
  const named = new Map<number, Set<number>>();
  const namesIn = (block: number) => named.get(block) ?? new Set<number>();
  /** Every name taken or held back, per block: what `triggersSeen` reads again. */
  const names = new Map<number, BlockName[]>();
  const note = (name: BlockName) => {
    // Once the page is triggered, nothing needs reading again.
    if (session.triggered) return;
    const list = names.get(name.block);
    if (list) list.push(name);
    else names.set(name.block, [name]);
  };
  /** Blocks with a mention of a trigger entity: where the page may be triggered. */
  const triggerBlocks = new Set<number>();
  const cues = new Map<number, Map<number, number[]>>();
  const cuesOf = (block: number) => {
    let found = cues.get(block);
    if (!found) cues.set(block, (found = scanCues(trie, blocks[block]!)));
    return found;
  };
  const hits: RawHit[] = [];
  const ambiguous: { block: number; hit: RawHit }[] = [];
  const newlyConfident: string[] = [];
  const isSeen = options.isSeen;
  // A hit may be asked about more than once (to trigger, to be evidence, as a neighbour): the
  // page is asked once.
  const asked = new Map<RawHit, boolean>();
  const seen = (block: number, hit: RawHit) => {
    if (!isSeen) return true;
    let answer = asked.get(hit);
    if (answer === undefined) asked.set(hit, (answer = isSeen(block, hit.start)));
    return answer;
  };
  /** Whether the reader sees one of `entity`'s cue words in `block` (rare: asked uncached). */
  const cueSeen = (block: number, entity: number) =>
    (cuesOf(block).get(entity) ?? []).some((start) => !isSeen || isSeen(block, start));
  const mention = (block: number, hit: RawHit, entity: number) => {
    mentions.push({ block, start: hit.start, end: hit.end, entity: entities[entity]!.id });
    let inBlock = named.get(block);
    if (!inBlock) named.set(block, (inBlock = new Set()));
    inBlock.add(entity);
    if (entities[entity]!.trigger) triggerBlocks.add(block);
  };

  const ruledOut = (entity: number, text: string, hit: RawHit) =>
    countered(entities[entity]!.rules, text, hit.start, hit.end);

  blocks.forEach((text, block) => {
    hits.length = 0;
    scanBlock(trie, text, hits, candidates);
    for (const hit of hits) {
      let sure: number | undefined;
      let doubtful = false;
      for (const e of hit.entries) {
        if (e.ambiguous) doubtful = true;
        else if (sure === undefined && !(e.guarded && ruledOut(e.entity, text, hit))) {
          sure = e.entity;
        }
      }
      if (sure !== undefined) {
        mention(block, hit, sure);
        note({ block, hit, open: [], sure });
        const id = entities[sure]!.id;
        if (!session.confident.has(id) && seen(block, hit)) {
          session.confident.add(id);
          newlyConfident.push(id);
        }
      } else if (doubtful) ambiguous.push({ block, hit });
    }
  });

  const pending: BlockName[] = [];
  for (const { block, hit } of ambiguous) {
    const open: number[] = [];
    let confirmed: number | undefined;
    let ruledSeen: (() => boolean) | undefined;
    for (const e of hit.entries) {
      if (!e.ambiguous || confirmed !== undefined) continue;
      const { rules, id } = entities[e.entity]!;
      const context = (seenCues: boolean): HitContext => ({
        text: blocks[block]!,
        start: hit.start,
        end: hit.end,
        onPage: session.confident.has(id),
        nearby: () =>
          rules.nearby && (seenCues ? cueSeen(block, e.entity) : cuesOf(block).has(e.entity)),
      });
      const verdict = judge(rules, context(false));
      if (verdict === CONFIRMED) {
        confirmed = e.entity;
        // Judged again only to trigger: with the cue words the reader sees.
        ruledSeen = () => judge(rules, context(true)) === CONFIRMED;
      } else if (verdict !== COUNTERED) open.push(e.entity);
    }
    if (confirmed !== undefined) {
      mention(block, hit, confirmed);
      note({ block, hit, open: [confirmed], ruled: confirmed, ruledSeen });
    } else if (open.length > 0) {
      const name = { block, hit, open };
      note(name);
      pending.push(name);
    }
  }

  const left = confirmByNeighbours(pending, entities, namesIn, ({ block, hit }, entity) =>
    mention(block, hit, entity),
  );
  const deferred = left.map(({ block, hit, open }) => ({
    block,
    start: hit.start,
    end: hit.end,
    entity: entities[open[0]!]!.id,
  }));

  // What the reader cannot see neither triggers the page nor is evidence that does: the gate
  // reads only rendered text, and the scan must not open a page the gate would keep shut.
  session.triggered ||= [...triggerBlocks].some((block) =>
    triggersSeen(names.get(block) ?? [], entities, (n) => seen(block, n.hit)),
  );
  if (options.requireTrigger && !session.triggered) {
    return { mentions: [], triggered: false, deferred: [], newlyConfident };
  }
  mentions.sort(byPosition);
  return { mentions, triggered: session.triggered, deferred, newlyConfident };
}
