/**
 * The matcher's contract, shared by the corpus build (indexing the articles) and the content
 * script (annotating pages). `MatcherData` is plain JSON, compiled from seeds/ at build time
 * and shipped to the content script; `compileMatcher` turns it into a runnable matcher.
 */
import type { Disambiguation, EntityType } from '../corpus/schema';

export interface MatcherAlias {
  /** The written form with paradigm endings already expanded (one entry per form). */
  form: string;
  entity: string;
  /** Match only with this exact capitalisation. */
  exact?: true;
  /** Needs evidence per the entity's disambiguation rules. */
  ambiguous?: true;
}

export interface MatcherEntity {
  id: string;
  type: EntityType;
  trigger?: true;
  disambiguation?: Disambiguation;
}

export interface MatcherData {
  aliases: MatcherAlias[];
  entities: MatcherEntity[];
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
  /** A confident mention of a trigger entity was found. */
  triggered: boolean;
}
