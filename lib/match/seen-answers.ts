/**
 * What one `findMentions` call asks the page (FindOptions.isSeen), each question once: in the
 * content script every answer is a DOM lookup, and a hostile page may hang hundreds of names
 * on one cue word.
 */
import { scanCues, type RawHit } from './scan';
import type { Trie } from './trie';

export class SeenAnswers {
  private readonly hits = new Map<RawHit, boolean>();
  private readonly cues = new Map<number, Map<number, number[]>>();
  private readonly cuesShown = new Map<string, boolean>();

  constructor(
    private readonly blocks: readonly string[],
    private readonly trie: Trie,
    private readonly isSeen?: (block: number, start: number) => boolean,
  ) {}

  /** Whether the reader sees the hit. */
  hit(block: number, hit: RawHit): boolean {
    if (!this.isSeen) return true;
    let answer = this.hits.get(hit);
    if (answer === undefined) this.hits.set(hit, (answer = this.isSeen(block, hit.start)));
    return answer;
  }

  /** The cue words in `block`, per entity: their starts (scan.ts `scanCues`). */
  cuesOf(block: number): Map<number, number[]> {
    let found = this.cues.get(block);
    if (!found) this.cues.set(block, (found = scanCues(this.trie, this.blocks[block]!)));
    return found;
  }

  /** Whether the reader sees one of `entity`'s cue words in `block`. */
  cue(block: number, entity: number): boolean {
    const key = `${block}:${entity}`;
    let answer = this.cuesShown.get(key);
    if (answer === undefined) {
      const isSeen = this.isSeen;
      const starts = this.cuesOf(block).get(entity) ?? [];
      answer = starts.some((start) => !isSeen || isSeen(block, start));
      this.cuesShown.set(key, answer);
    }
    return answer;
  }
}
