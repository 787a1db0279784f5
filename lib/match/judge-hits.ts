/**
 * Every ambiguous hit of one `findMentions` call judged by its entities' rules, before any is
 * decided: a different first name anywhere (`Cindy Sherman`) makes the bare surname doubtful
 * all over the page (MatchSession.others), so the verdicts must all be in first.
 */
import type { CompiledEntity } from './matcher';
import type { Doubtful } from './neighbours';
import { COUNTERED, OTHER_NAME, confirms, judge, type Verdict } from './rules';
import type { SeenAnswers } from './seen-answers';
import type { RawHit } from './scan';
import type { MatchSession } from './session';

export interface EntryVerdict {
  verdict: Verdict;
  /** Whether the rules still confirm it with only the cue words the reader sees. */
  seenCues: () => boolean;
}

/** A guarded entry of an ambiguous hit, already ruled out by its counter-evidence. */
const NOT_AMBIGUOUS: EntryVerdict = { verdict: COUNTERED, seenCues: () => false };

/** Per hit, per entry of its alias: the verdict of that entity's rules. */
export function judgeHits(
  ambiguous: readonly Doubtful[],
  blocks: readonly string[],
  entities: readonly CompiledEntity[],
  session: MatchSession,
  answers: SeenAnswers,
  afterName: (hit: RawHit) => boolean,
  /** Whether the block holds other names than this hit (any alias, any entity). */
  amongNames: (block: number) => boolean,
): EntryVerdict[][] {
  return ambiguous.map(({ block, hit }) =>
    hit.entries.map((e) => {
      if (!e.ambiguous) return NOT_AMBIGUOUS;
      const { rules, id } = entities[e.entity]!;
      const context = (seenCues: boolean) => ({
        text: blocks[block]!,
        start: hit.start,
        end: hit.end,
        onPage: session.confident.has(id),
        afterName: afterName(hit),
        amongNames: amongNames(block),
        nearby: () =>
          rules.nearby &&
          (seenCues ? answers.cue(block, e.entity) : answers.cuesOf(block).has(e.entity)),
      });
      const verdict = judge(rules, context(false));
      if (verdict === OTHER_NAME) session.others.add(id);
      // Judged again only where it decides something: with the cue words the reader sees.
      return { verdict, seenCues: () => confirms(judge(rules, context(true))) };
    }),
  );
}
