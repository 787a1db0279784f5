/**
 * Page-level evidence that survives incremental rescans of one page (lib/match/index.ts): the
 * content script passes the same session to every `findMentions` call of a page.
 */
export interface MatchSession {
  /**
   * Entities the page names for sure, by any scan so far: by an unambiguous alias, or as its
   * rules or neighbours confirmed it where the reader sees the name and what confirmed it.
   */
  readonly confident: Set<string>;
  /**
   * Of those, the entities named by an alias that needs no evidence (a full name): only such a
   * name lifts the doubt `others` casts.
   */
  readonly named: Set<string>;
  /** A trigger entity has been confidently mentioned by some scan so far. */
  triggered: boolean;
  /**
   * Entities whose name the page also gives someone or somewhere else (`Cindy Sherman`,
   * `Dmitry Ryabkov`, `Geneva, Ill.`): until an alias that needs no evidence names the entity,
   * no title, cue word, neighbour or page-wide evidence confirms its bare name there; only
   * words right after it that set it apart do (`Geneva, Switzerland`).
   */
  readonly others: Set<string>;
}

export function createSession(): MatchSession {
  return { confident: new Set(), named: new Set(), triggered: false, others: new Set() };
}
