/**
 * Blocks → mentions. Scan every block (one trie pass each) and take the unambiguous hits
 * (guarded ones unless counter-evidence stands next to them) as mentions and as page-level
 * evidence; judge every ambiguous hit by its rules and the page's evidence; confirm the rest
 * by their neighbours (neighbours.ts); then let what was confirmed where the reader sees it
 * be evidence for the page too, and decide whether the page is triggered by what the reader
 * sees.
 */
import type { Matcher } from './matcher';
import { judgeHits } from './judge-hits';
import { CONFIRMED, SET_APART, UNDECIDED, countered } from './rules';
import { confirmByNeighbours, promoteSeen, triggersSeen, type BlockName } from './neighbours';
import { scanBlock, type RawHit } from './scan';
import { SeenAnswers } from './seen-answers';
import { createSession, type MatchSession } from './session';
import { BY_NEIGHBOURS, RULED, SURE, TakenNames } from './taken';
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
   * not yet triggered, the entity not yet page-wide evidence), once per hit or cue word.
   */
  isSeen?: (block: number, start: number) => boolean;
}

function byPosition(a: MentionHit, b: MentionHit): number {
  return a.block - b.block || a.start - b.start;
}

const NONE: readonly number[] = [];

export function findMentions(
  blocks: readonly string[],
  matcher: Matcher,
  options: FindOptions = {},
): FindResult {
  const session = options.session ?? createSession();
  const { entities, trie } = matcher;
  const candidates = matcher.candidates ?? undefined;
  const taken = new TakenNames(entities, session);
  const newlyConfident: string[] = [];
  const answers = new SeenAnswers(blocks, trie, options.isSeen);
  const seen = (block: number, hit: RawHit) => answers.hit(block, hit);

  const ambiguous: BlockName[] = [];
  const hits: RawHit[] = [];
  blocks.forEach((text, block) => {
    hits.length = 0;
    scanBlock(trie, text, hits, candidates);
    for (const hit of hits) {
      let sure: number | undefined;
      let doubtful = false;
      for (const e of hit.entries) {
        if (e.ambiguous) doubtful = true;
        else if (sure === undefined) {
          // Only a guarded alias reads its rules: they compile on first use (matcher.ts).
          const ruledOut =
            e.guarded && countered(entities[e.entity]!.rules, text, hit.start, hit.end);
          if (!ruledOut) sure = e.entity;
        }
      }
      if (sure !== undefined) {
        const name = { block, hit, open: NONE, sure };
        taken.take(name, sure, SURE);
        taken.note(name);
        const id = entities[sure]!.id;
        if (!session.confident.has(id) && seen(block, hit)) {
          session.confident.add(id);
          session.named.add(id);
          newlyConfident.push(id);
        }
      } else if (doubtful) ambiguous.push({ block, hit, open: NONE });
    }
  });

  const judged = judgeHits(ambiguous, blocks, entities, session, answers);
  const doubted = (entity: number) => {
    const { id } = entities[entity]!;
    return session.others.has(id) && !session.named.has(id);
  };

  const pending: BlockName[] = [];
  ambiguous.forEach((name, k) => {
    const open: number[] = [];
    for (const [i, { verdict, seenCues }] of judged[k]!.entries()) {
      const entity = name.hit.entries[i]!.entity;
      if ((verdict === CONFIRMED && !doubted(entity)) || verdict === SET_APART) {
        let once: boolean | undefined;
        const ruled = {
          ...name,
          open: [entity],
          ruled: entity,
          ruledSeen: () => (once ??= seenCues()),
        };
        taken.take(ruled, entity, RULED);
        return taken.note(ruled);
      }
      if (verdict === CONFIRMED || verdict === UNDECIDED) open.push(entity);
    }
    if (open.length === 0) return;
    const held = { ...name, open };
    taken.note(held);
    pending.push(held);
  });

  const namesIn = (block: number) => taken.namesIn(block);
  const byThem = (name: BlockName, entity: number) => taken.take(name, entity, BY_NEIGHBOURS);
  let left = confirmByNeighbours(pending, entities, namesIn, byThem, doubted);

  // A name its rules or neighbours confirmed, where the reader sees it and what confirmed it,
  // is page-wide evidence like a full name: the "Geneva" of a paragraph about the talks says
  // which Geneva the bare one in the next paragraph is.
  // Where the page names another of the name, no page-wide evidence flows to the bare names.
  const sure = (e: number) => session.confident.has(entities[e]!.id);
  const onPage = (e: number) => sure(e) && !doubted(e);
  const judgedPage = { onPage, barred: doubted };
  const promote = (e: number) => {
    if (sure(e) || doubted(e)) return;
    session.confident.add(entities[e]!.id);
    newlyConfident.push(entities[e]!.id);
  };
  for (const [block, here] of taken.inferred) {
    promoteSeen(
      here,
      taken.noted(block),
      (n) => taken.byTheirNeighbours(n),
      entities,
      (n) => seen(block, n.hit),
      judgedPage,
      promote,
    );
  }
  // What page-wide evidence now confirms is a neighbour too: one more pass of the rounds.
  left = left.filter((name) => {
    const entity = name.open.find(onPage);
    if (entity !== undefined) taken.take(name, entity, RULED);
    return entity === undefined;
  });
  left = confirmByNeighbours(left, entities, namesIn, byThem, doubted);
  const deferred = left.map(({ block, hit, open }) => ({
    block,
    start: hit.start,
    end: hit.end,
    entity: entities[open[0]!]!.id,
  }));

  session.triggered ||= [...taken.triggerBlocks].some((block) =>
    triggersSeen(taken.noted(block), entities, (n) => seen(block, n.hit), judgedPage),
  );
  if (options.requireTrigger && !session.triggered) {
    return { mentions: [], triggered: false, deferred: [], newlyConfident };
  }
  const { mentions } = taken;
  mentions.sort(byPosition);
  return { mentions, triggered: session.triggered, deferred, newlyConfident };
}
