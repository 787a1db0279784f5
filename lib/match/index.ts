/**
 * The multilingual matcher (issue 3): seeds → compact `MatcherData` (build time) →
 * `Matcher` (compiled in the page) → mentions in blocks of text.
 */
import type { Alias, EntitySeed, Paradigms } from '../corpus/schema';
import type { FindResult, MatcherData } from './types';

export type { FindResult, MatcherData, MatcherEntity, MentionHit } from './types';

/** The runtime structure built from `MatcherData` (opaque to callers). */
export interface Matcher {
  readonly data: MatcherData;
}

/** Page-level evidence that survives incremental rescans of a page. */
export interface MatchSession {
  /** Entities seen confidently (an unambiguous alias, or an ambiguous one with evidence). */
  readonly confident: Set<string>;
  triggered: boolean;
}

export interface FindOptions {
  /** Return no mentions unless a trigger entity is confidently mentioned (now or before). */
  requireTrigger?: boolean;
  /** Evidence from earlier scans of the same page; updated in place. */
  session?: MatchSession;
}

export function createSession(): MatchSession {
  return { confident: new Set(), triggered: false };
}

export function buildMatcherData(_entities: EntitySeed[], _paradigms: Paradigms): MatcherData {
  throw new Error('lib/match: buildMatcherData is being written (issue 3)');
}

/** Every written form of one seed alias (stem + paradigm endings, then extra forms): for search. */
export function aliasForms(_alias: Alias, _paradigms: Paradigms): string[] {
  throw new Error('lib/match: aliasForms is being written (issue 3)');
}

export function compileMatcher(_data: MatcherData): Matcher {
  throw new Error('lib/match: compileMatcher is being written (issue 3)');
}

export function mightTrigger(_text: string, _matcher: Matcher): boolean {
  throw new Error('lib/match: mightTrigger is being written (issue 3)');
}

export function findMentions(
  _blocks: readonly string[],
  _matcher: Matcher,
  _options?: FindOptions,
): FindResult {
  throw new Error('lib/match: findMentions is being written (issue 3)');
}
