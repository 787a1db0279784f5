/**
 * Blocks → mentions. Three steps: scan every block (one trie pass each), take unambiguous hits
 * (guarded ones unless counter-evidence stands next to them) as mentions and as page-level
 * evidence, then judge the ambiguous hits with the rules, the page evidence and, last, the
 * other entities confidently named in the same block.
 */
import type { Matcher } from './matcher';
import { COUNTERED, CONFIRMED, countered, judge, type HitContext } from './rules';
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
   * neither triggers the page nor counts as page-wide evidence, and a name only hidden
   * neighbours or cue words (`talks`, `Swiss`) confirm does not trigger it either: the gate
   * reads only rendered text, and the scan must not open a page the gate would keep shut.
   * (Neighbours and cue words still say what a name means on a triggered page, seen or not.)
   * Asked only while the answer can change something (the page not yet triggered, the entity
   * not yet confident), once per hit.
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
  /** Entities confidently named per block, with their hits there (only blocks with any). */
  const named = new Map<number, Map<number, RawHit[]>>();
  const cues = new Map<number, Map<number, number[]>>();
  const cuesOf = (block: number) => {
    let found = cues.get(block);
    if (!found) cues.set(block, (found = scanCues(trie, blocks[block]!)));
    return found;
  };
  const name = (block: number, entity: number, hit: RawHit) => {
    let inBlock = named.get(block);
    if (!inBlock) named.set(block, (inBlock = new Map()));
    const list = inBlock.get(entity);
    if (list) list.push(hit);
    else inBlock.set(entity, [hit]);
  };
  const hits: RawHit[] = [];
  const ambiguous: { block: number; hit: RawHit }[] = [];
  const newlyConfident: string[] = [];
  let triggered = session.triggered;
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
  /** Whether `min` entities besides `entity` are named in `block` (where the reader sees them). */
  const neighbours = (block: number, entity: number, min: number, seenOnly: boolean) => {
    let count = 0;
    for (const [other, hits] of named.get(block) ?? []) {
      if (other === entity) continue;
      if ((!seenOnly || hits.some((h) => seen(block, h))) && ++count >= min) return true;
    }
    return false;
  };
  /** `evidenceSeen`: for a name its neighbours confirmed, whether the reader sees enough of them. */
  const mention = (block: number, hit: RawHit, entity: number, evidenceSeen?: () => boolean) => {
    const e = entities[entity]!;
    mentions.push({ block, start: hit.start, end: hit.end, entity: e.id });
    if (e.trigger && !triggered) triggered = seen(block, hit) && (evidenceSeen?.() ?? true);
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
        name(block, sure, hit);
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
    let evidenceSeen: (() => boolean) | undefined;
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
        evidenceSeen = () => judge(rules, context(true)) === CONFIRMED;
      } else if (verdict !== COUNTERED) open.push(e.entity);
    }
    if (confirmed !== undefined) {
      mention(block, hit, confirmed, evidenceSeen);
      name(block, confirmed, hit);
    } else if (open.length > 0) pending.push({ block, hit, open });
  }

  const deferred: MentionHit[] = [];
  for (const { block, hit, open } of pending) {
    const byNeighbours = open.find((e) => {
      const min = entities[e]!.rules.minNearbyEntities;
      return min !== undefined && neighbours(block, e, min, false);
    });
    if (byNeighbours !== undefined) {
      const min = entities[byNeighbours]!.rules.minNearbyEntities!;
      mention(block, hit, byNeighbours, () => neighbours(block, byNeighbours, min, true));
    } else deferred.push({ block, start: hit.start, end: hit.end, entity: entities[open[0]!]!.id });
  }

  session.triggered = triggered;
  if (options.requireTrigger && !session.triggered) {
    return { mentions: [], triggered: false, deferred: [], newlyConfident };
  }
  mentions.sort(byPosition);
  return { mentions, triggered: session.triggered, deferred, newlyConfident };
}
