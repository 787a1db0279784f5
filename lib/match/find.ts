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
import { CONFIRMED, OTHER_NAME, SET_APART, UNDECIDED, guardVerdict } from './rules';
import { confirmByNeighbours, promoteSeen, triggersSeen, type BlockName } from './neighbours';
import { hitsAfterNames, scanBlock, type RawHit } from './scan';
import { SeenAnswers } from './seen-answers';
import { createSession } from './session';
import { BY_NEIGHBOURS, RULED, SURE, TakenNames } from './taken';
import type { FindOptions, FindResult, MentionHit } from './types';

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

  /** Takes a name its alias gives for sure; `named`: by a name that lifts doubt (session.ts). */
  const takeSure = (name: BlockName, entity: number, named: boolean) => {
    taken.take(name, entity, SURE);
    taken.note(name);
    const id = entities[entity]!.id;
    if (!session.confident.has(id) && seen(name.block, name.hit)) {
      session.confident.add(id);
      newlyConfident.push(id);
    }
    // Asked only while the answer can change something (FindOptions.isSeen).
    if (named && !session.named.has(id) && seen(name.block, name.hit)) session.named.add(id);
  };

  const ambiguous: BlockName[] = [];
  /** Sure hits of a guarded alias another of the name on the page may yet doubt. */
  const doubtable: BlockName[] = [];
  const hits: RawHit[] = [];
  /** Hits right after another name, across spaces only: what stands before them is no first name. */
  const afterNames = new Set<RawHit>();
  /** Blocks with more than one name. */
  const crowded = new Set<number>();
  blocks.forEach((text, block) => {
    hits.length = 0;
    scanBlock(trie, text, hits, candidates);
    hitsAfterNames(text, hits, afterNames);
    if (hits.length > 1) crowded.add(block);
    for (const hit of hits) {
      let sure: number | undefined;
      let canDoubt = false;
      let doubtful = false;
      for (const e of hit.entries) {
        if (e.ambiguous) doubtful = true;
        else if (sure === undefined) {
          // Only a guarded alias reads its rules: they compile on first use (matcher.ts).
          if (!e.guarded) {
            sure = e.entity;
            continue;
          }
          const { rules, id } = entities[e.entity]!;
          const verdict = guardVerdict(rules, text, hit.start, hit.end, afterNames.has(hit));
          if (verdict === OTHER_NAME) session.others.add(id);
          if (verdict !== undefined) continue;
          sure = e.entity;
          canDoubt = rules.doubtable;
        }
      }
      if (sure === undefined) {
        if (doubtful) ambiguous.push({ block, hit, open: NONE });
      } else if (canDoubt) doubtable.push({ block, hit, open: [sure] });
      else takeSure({ block, hit, open: NONE, sure }, sure, true);
    }
  });

  const judged = judgeHits(
    ambiguous,
    blocks,
    entities,
    session,
    answers,
    (hit) => afterNames.has(hit),
    (block) => crowded.has(block),
  );
  const doubted = (entity: number) => {
    const { id } = entities[entity]!;
    return session.others.has(id) && !session.named.has(id);
  };

  const pending: BlockName[] = [];
  // Every hit is judged: a bare surname another first name doubts waits like an ambiguous one.
  for (const name of doubtable) {
    const entity = name.open[0]!;
    if (!doubted(entity)) takeSure({ ...name, open: NONE, sure: entity }, entity, false);
    else {
      taken.note(name);
      pending.push(name);
    }
  }
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
  // Deferred: held back only for lack of evidence, which a later call's may bring (types.ts).
  // A name the page doubts is not: its doubt would not be asked again when it is promoted.
  const deferred = left.flatMap(({ block, hit, open }) => {
    const entity = open.find((e) => !doubted(e));
    return entity === undefined
      ? []
      : [{ block, start: hit.start, end: hit.end, entity: entities[entity]!.id }];
  });

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
