/**
 * The multilingual matcher (issue 3), shared by the corpus build and the content script.
 *
 * Build time: `buildMatcherData(seeds, paradigms)` → compact JSON (packed aliases, the used
 * paradigms, the keys of the trigger gate). In the page: `compileMatcher(data)` builds only
 * the gate; `mightTrigger(textContent)` (never false when a trigger could be found) decides
 * whether to go on; the first `findMentions(blocks)` builds the one trie for all aliases.
 *
 * Incremental rescans. The content script keeps one `MatchSession` per page and passes it to
 * every `findMentions` call, with only the blocks that changed. The session remembers which
 * entities the page names for sure (page-level evidence for ambiguous aliases: a name as its
 * alias gives it, or as its rules or neighbours confirmed it where the reader sees both), which
 * names it gives someone or somewhere else (`Cindy Sherman`, `Geneva, Ill.`: the bare name is
 * doubted, gets no page-wide evidence and is not deferred, until an alias that needs no
 * evidence names the entity), and whether the page is triggered. Two things can change for
 * blocks not rescanned:
 * - `triggered` turns true for the first time (with `requireTrigger`, earlier calls returned
 *   nothing): rescan every block once.
 * - `newlyConfident` lists entities that just became page-level evidence: earlier `deferred`
 *   hits of those entities (held back only for lack of evidence, never counter-evidenced) are
 *   now mentions as they stand; no rescan is needed.
 * Evidence is never withdrawn when text disappears, as a reader who saw the full name keeps
 * knowing who "Sherman" is. Evidence within a block (words right around a hit, nearby words,
 * `minNearbyEntities`) is per block, so it is the same whether blocks come together or alone.
 * What can differ between one call and several: a bare name confirmed in an earlier call
 * before a later one names someone else of that name stays confirmed; a doubt a later call
 * lifts does not bring back the names it held back in earlier ones; and page evidence a later
 * call brings confirms the earlier calls' held-back names as they stand, not their neighbours
 * (see session.test.ts).
 */
export { aliasForms, buildMatcherData } from './data';
export { compileMatcher, mightTrigger, type Matcher } from './compile';
export { findMentions } from './find';
export { createSession, type MatchSession } from './session';
export type { FindOptions, FindResult, MatcherData, MatcherEntity, MentionHit } from './types';
