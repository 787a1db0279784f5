/** Readable results: each mention as `text as written → entity`. */
import { findMentions, type FindOptions, type Matcher } from '../../../lib/match';
import { matcher as fixtureMatcher } from './fixture-seeds';

export function marks(text: string, options?: FindOptions, matcher: Matcher = fixtureMatcher) {
  return findMentions([text], matcher, options).mentions.map(
    (m) => `${text.slice(m.start, m.end)} → ${m.entity}`,
  );
}

export function blockMarks(blocks: string[], options?: FindOptions, matcher = fixtureMatcher) {
  return findMentions(blocks, matcher, options).mentions.map(
    (m) => `${m.block}:${blocks[m.block]!.slice(m.start, m.end)} → ${m.entity}`,
  );
}
