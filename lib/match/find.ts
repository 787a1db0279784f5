/**
 * Blocks → mentions. Three steps: scan every block (one trie pass each), take unambiguous hits
 * (guarded ones unless counter-evidence stands next to them) as mentions and as page-level
 * evidence, then judge the ambiguous hits with the rules, the page evidence and, last, the
 * other entities confidently named in the same block.
 */
import type { Matcher } from './matcher';
import { COUNTERED, CONFIRMED, countered, judge } from './rules';
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
   * neither triggers the page nor counts as evidence: the gate reads only rendered text, and
   * the scan must not open a page the gate would keep shut. Asked only while the answer can
   * change something (the page not yet triggered, the entity not yet confident).
   */
  isSeen?: (block: number, start: number) => boolean;
}

export function createSession(): MatchSession {
  return { confident: new Set(), triggered: false };
}

interface Pending {
  block: number;
  hit: RawHit;
  /** Entities still possible for the hit after counter-evidence. */
  open: number[];
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
  /** Entities confidently named per block (only blocks with any). */
  const named = new Map<number, Set<number>>();
  const cues = new Map<number, Set<number>>();
  const cuesOf = (block: number) => {
    let set = cues.get(block);
    if (!set) cues.set(block, (set = scanCues(trie, blocks[block]!)));
    return set;
  };
  const namedIn = (block: number) => {
    let set = named.get(block);
    if (!set) named.set(block, (set = new Set()));
    return set;
  };
  const hits: RawHit[] = [];
  const ambiguous: { block: number; hit: RawHit }[] = [];
  const newlyConfident: string[] = [];
  let triggered = session.triggered;
  const isSeen = options.isSeen;
  // A sure trigger asks twice about one hit (to trigger, to be evidence): the page is asked once.
  let asked = { block: -1, start: -1, seen: true };
  const seen = (block: number, hit: RawHit) => {
    if (!isSeen) return true;
    if (asked.block !== block || asked.start !== hit.start)
      asked = { block, start: hit.start, seen: isSeen(block, hit.start) };
    return asked.seen;
  };
  const mention = (block: number, hit: RawHit, entity: number) => {
    const e = entities[entity]!;
    mentions.push({ block, start: hit.start, end: hit.end, entity: e.id });
    if (e.trigger && !triggered) triggered = seen(block, hit);
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
        namedIn(block).add(sure);
        const id = entities[sure]!.id;
        if (!session.confident.has(id) && seen(block, hit)) {
          session.confident.add(id);
          newlyConfident.push(id);
        }
      } else if (doubtful) ambiguous.push({ block, hit });
    }
  });

  const pending: Pending[] = [];
  for (const { block, hit } of ambiguous) {
    const open: number[] = [];
    let confirmed: number | undefined;
    for (const e of hit.entries) {
      if (!e.ambiguous || confirmed !== undefined) continue;
      const entity = entities[e.entity]!;
      const verdict = judge(entity.rules, {
        text: blocks[block]!,
        start: hit.start,
        end: hit.end,
        onPage: session.confident.has(entity.id),
        nearby: () => entity.rules.nearby && cuesOf(block).has(e.entity),
      });
      if (verdict === CONFIRMED) confirmed = e.entity;
      else if (verdict !== COUNTERED) open.push(e.entity);
    }
    if (confirmed !== undefined) {
      mention(block, hit, confirmed);
      namedIn(block).add(confirmed);
    } else if (open.length > 0) pending.push({ block, hit, open });
  }

  const deferred: MentionHit[] = [];
  for (const { block, hit, open } of pending) {
    const others = namedIn(block);
    const byNeighbours = open.find((e) => {
      const min = entities[e]!.rules.minNearbyEntities;
      return min !== undefined && others.size - (others.has(e) ? 1 : 0) >= min;
    });
    if (byNeighbours !== undefined) mention(block, hit, byNeighbours);
    else deferred.push({ block, start: hit.start, end: hit.end, entity: entities[open[0]!]!.id });
  }

  session.triggered = triggered;
  if (options.requireTrigger && !session.triggered) {
    return { mentions: [], triggered: false, deferred: [], newlyConfident };
  }
  mentions.sort(byPosition);
  return { mentions, triggered: session.triggered, deferred, newlyConfident };
}
