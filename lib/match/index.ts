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
 * entities were named unambiguously anywhere on the page (page-level evidence for ambiguous
 * aliases) and whether the page is triggered. Two things can change for blocks not rescanned:
 * - `triggered` turns true for the first time (with `requireTrigger`, earlier calls returned
 *   nothing): rescan every block once.
 * - `newlyConfident` lists entities that just became page-level evidence: earlier `deferred`
 *   hits of those entities (held back only for lack of evidence, never counter-evidenced) are
 *   now mentions as they stand; no rescan is needed.
 * Evidence is never withdrawn when text disappears, as a reader who saw the full name keeps
 * knowing who "Sherman" is. Evidence within a block (words right around a hit, nearby words,
 * `minNearbyEntities`) is per block, so it is the same whether blocks come together or alone;
 * only `minNearbyEntities` counting an ambiguous neighbour that was itself confirmed by page
 * evidence can differ between one call and several (see session.test.ts).
 */
export { aliasForms, buildMatcherData } from './data';
export { compileMatcher, mightTrigger, type Matcher } from './compile';
export { createSession, findMentions, type FindOptions, type MatchSession } from './find';
export type { FindResult, MatcherData, MatcherEntity, MentionHit } from './types';
