/**
 * The matcher's contract, shared by the corpus build (indexing the articles) and the content
 * script (annotating pages). `MatcherData` is plain JSON, compiled from seeds/ at build time
 * and shipped to the content script; `compileMatcher` turns it into a runnable matcher.
 */
import type { MatchSession } from './session';
import type { Disambiguation, EntityType } from '../corpus/schema';
import type { PackedTrie } from './trie';

/**
 * One entity as the content script needs it. Aliases are packed as strings to keep the
 * shipped JSON small (issue 3: content script ≤ 60 kB with Preact and the card UI):
 * - `Рябков|ru-masc` is a stem with the endings of paradigm `ru-masc` (see `paradigms`);
 * - a leading `=` means exact capitalisation (`=US`), a leading `?` an ambiguous alias that
 *   needs evidence (`?Sherman`), a leading `!` a guarded one that only counter-evidence rules
 *   out (`!Moscow`); `=` comes first (`=?Nato`).
 */
export interface MatcherEntity {
  id: string;
  type: EntityType;
  trigger?: true;
  aliases: string[];
  /**
   * The seed's rules with every word list compacted (data.ts `compactRules`): each phrase is
   * its folded words joined by one space, which is all the page reads (rules.ts).
   */
  disambiguation?: Disambiguation;
}

export interface MatcherData {
  entities: MatcherEntity[];
  /** Endings of the paradigms the aliases use (a subset of seeds/paradigms.json). */
  paradigms: Record<string, string[]>;
  /**
   * The trigger gate of `mightTrigger`: the source of a regular expression (no flags) that
   * matches wherever a trigger alias might start (gate.ts `gateSource`, from the keys of
   * prefilter-source.ts). An empty string means "always scan".
   */
  prefilter: string;
  /**
   * The same kind of source for every alias: where any name might start. The scan walks its
   * trie only from those places (scan.ts); without it, from every word start.
   */
  candidates?: string;
  /** The trie of every alias, built at build time (trie.ts `packTrie`); else built in place. */
  trie?: PackedTrie;
  /**
   * Which build the content script's matcher comes from: its gate carries the same id, so a
   * matcher stored by another version of the extension is never used (matcher-store.ts).
   */
  id?: string;
}

/** A block is the text of one block-level run of the page (inline markup and line breaks joined). */
export interface MentionHit {
  /** Index of the block in the array passed in. */
  block: number;
  /** UTF-16 offsets into that block's text: exactly the name as written. */
  start: number;
  end: number;
  entity: string;
}

export interface FindResult {
  mentions: MentionHit[];
  /** A confident mention of a trigger entity was found (in this call or, with a session, before). */
  triggered: boolean;
  /**
   * Ambiguous hits held back only for lack of evidence (never counter-evidenced, never doubted
   * by another of the name on the page). They become mentions if their entity is later seen
   * confidently on the page: see `MatchSession`.
   */
  deferred: MentionHit[];
  /** Entities first seen confidently on the page in this call (page-level evidence grew). */
  newlyConfident: string[];
}

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
