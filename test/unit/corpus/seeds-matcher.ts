/** The real seeds' matcher, and readable marks of it, for the seed rule tests. */
import { buildMatcherData, compileMatcher, findMentions } from '../../../lib/match';
import { loadSeeds } from './seeds-load';

const seeds = loadSeeds();
export const matcher = compileMatcher(buildMatcherData(seeds.entities, seeds.paradigms));

/** Marks on a page of `blocks` as `entity: text`, in page order. */
export function marks(...blocks: string[]): string[] {
  return findMentions(blocks, matcher).mentions.map(
    (m) => `${m.entity}: ${blocks[m.block]!.slice(m.start, m.end)}`,
  );
}
export const of = (entity: string, found: string[]) =>
  found.filter((m) => m.startsWith(entity + ':'));
