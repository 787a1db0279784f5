/**
 * Blocks → mentions. Three steps: scan every block (one trie pass each), take unambiguous hits
 * (guarded ones unless counter-evidence stands next to them) as mentions and as page-level
 * evidence, then judge the ambiguous hits with the rules, the page evidence and, last, the
 * other entities named in the same block (neighbours.ts).
 */
import type { Matcher } from './matcher';
import {
  COUNTERED,
  CONFIRMED,
  OTHER_NAME,
  UNDECIDED,
  countered,
  judge,
  type HitContext,
  type Verdict,
} from './rules';
import { confirmByNeighbours, takenSeen, triggersSeen, type BlockName } from './neighbours';
import { scanBlock, scanCues, type RawHit } from './scan';
import { createSession, type MatchSession } from './session';
import type { FindResult, MentionHit } from './types';

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
    const list = names.get(name.block);
    if (list) list.push(name);
    else names.set(name.block, [name]);
  };
  /** Blocks with a mention of a trigger entity: where the page may be triggered. */
  const triggerBlocks = new Set<number>();
  /** Per block, the entities evidence other than their alias confirmed there, not yet sure. */
  const inferred = new Map<number, Set<number>>();
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
  const mention = (block: number, hit: RawHit, entity: number, sure = false) => {
    const { id } = entities[entity]!;
    mentions.push({ block, start: hit.start, end: hit.end, entity: id });
    if (!sure && !session.confident.has(id)) {
      const here = inferred.get(block);
      if (here) here.add(entity);
      else inferred.set(block, new Set([entity]));
    }
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
        mention(block, hit, sure, true);
        note({ block, hit, open: [], sure });
        const id = entities[sure]!.id;
        if (!session.confident.has(id) && seen(block, hit)) {
          session.confident.add(id);
          newlyConfident.push(id);
        }
      } else if (doubtful) ambiguous.push({ block, hit });
    }
  });

  // Every ambiguous hit is judged before any is decided: a different first name anywhere
  // (`Cindy Sherman`) makes the bare surname doubtful all over the page (MatchSession.others).
  const judged = ambiguous.map(({ block, hit }) =>
    hit.entries.map((e) => {
      if (!e.ambiguous) return { verdict: COUNTERED as Verdict };
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
      if (verdict === OTHER_NAME) session.others.add(id);
      // Judged again only to trigger: with the cue words the reader sees.
      return { verdict, ruledSeen: () => judge(rules, context(true)) === CONFIRMED };
    }),
  );
  const doubted = (entity: number) => {
    const { id } = entities[entity]!;
    return session.others.has(id) && !session.confident.has(id);
  };

  const pending: BlockName[] = [];
  ambiguous.forEach(({ block, hit }, k) => {
    const open: number[] = [];
    for (const [i, { verdict, ruledSeen }] of judged[k]!.entries()) {
      const entity = hit.entries[i]!.entity;
      if (verdict === CONFIRMED && !doubted(entity)) {
        mention(block, hit, entity);
        note({ block, hit, open: [entity], ruled: entity, ruledSeen });
        return;
      }
      if (verdict === CONFIRMED || verdict === UNDECIDED) open.push(entity);
    }
    if (open.length === 0) return;
    const name = { block, hit, open };
    note(name);
    pending.push(name);
  });

  const byNeighbours = new Set<BlockName>();
  const confirm = (name: BlockName, entity: number) => mention(name.block, name.hit, entity);
  let left = confirmByNeighbours(
    pending,
    entities,
    namesIn,
    (name, entity) => {
      byNeighbours.add(name);
      confirm(name, entity);
    },
    doubted,
  );

  // A name its rules or neighbours confirmed, where the reader sees it and what confirmed it,
  // is page-wide evidence like a full name: the "Geneva" of a paragraph about the talks says
  // which Geneva the bare one in the next paragraph is.
  const sure = (e: number) => session.confident.has(entities[e]!.id);
  const promote = (e: number) => {
    if (sure(e)) return;
    session.confident.add(entities[e]!.id);
    newlyConfident.push(entities[e]!.id);
  };
  for (const [block, here] of inferred) {
    const wanted = [...here].filter((e) => !sure(e));
    if (wanted.length === 0) continue;
    const list = names.get(block) ?? [];
    const seenHere = (n: BlockName) => seen(block, n.hit);
    // Most are confirmed by their own rules: the name and its evidence seen settle it, and the
    // page is asked about nothing else.
    for (const e of wanted)
      if (list.some((n) => n.ruled === e && seenHere(n) && n.ruledSeen?.())) promote(e);
    // The rest were confirmed by their neighbours: the block is judged again as seen.
    if (list.some((n) => byNeighbours.has(n) && n.open.some((e) => wanted.includes(e) && !sure(e))))
      takenSeen(list, entities, seenHere, doubted).forEach(promote);
  }
  left = left.filter((name) => {
    const entity = name.open.find((e) => session.confident.has(entities[e]!.id));
    if (entity !== undefined) confirm(name, entity);
    return entity === undefined;
  });
  const deferred = left.map(({ block, hit, open }) => ({
    block,
    start: hit.start,
    end: hit.end,
    entity: entities[open[0]!]!.id,
  }));

  // What the reader cannot see neither triggers the page nor is evidence that does: the gate
  // reads only rendered text, and the scan must not open a page the gate would keep shut.
  session.triggered ||= [...triggerBlocks].some((block) =>
    triggersSeen(names.get(block) ?? [], entities, (n) => seen(block, n.hit), doubted),
  );
  if (options.requireTrigger && !session.triggered) {
    return { mentions: [], triggered: false, deferred: [], newlyConfident };
  }
  mentions.sort(byPosition);
  return { mentions, triggered: session.triggered, deferred, newlyConfident };
}
