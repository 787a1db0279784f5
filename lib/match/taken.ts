/**
 * What one `findMentions` call has taken so far, and how: the mentions, and per block the
 * names the later steps read again (neighbour rounds, the reader-sees checks, promotion).
 */
import type { CompiledEntity } from './matcher';
import type { BlockName } from './neighbours';
import type { MatchSession } from './session';
import type { MentionHit } from './types';

/** How a mention was taken: by its alias, its rules or the page's evidence, its neighbours. */
export const SURE = 0;
export const RULED = 1;
export const BY_NEIGHBOURS = 2;
export type Taken = typeof SURE | typeof RULED | typeof BY_NEIGHBOURS;

const NO_NAMES: ReadonlySet<number> = new Set();

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const here = map.get(key);
  if (here) here.add(value);
  else map.set(key, new Set([value]));
}

export class TakenNames {
  readonly mentions: MentionHit[] = [];
  /** Per block, the entities evidence other than their alias confirmed there, not yet sure. */
  readonly inferred = new Map<number, Set<number>>();
  /** Blocks with a mention of a trigger entity: where the page may be triggered. */
  readonly triggerBlocks = new Set<number>();
  /** Per block, the entities that count as its neighbours (neighbours.ts says which). */
  private readonly named = new Map<number, Set<number>>();
  /** Every name taken or held back, per block: what the reader-sees checks read again. */
  private readonly names = new Map<number, BlockName[]>();
  private readonly byNeighbours = new Set<BlockName>();

  constructor(
    private readonly entities: readonly CompiledEntity[],
    private readonly session: MatchSession,
  ) {}

  /** Takes `name` as a mention of `entity`. */
  take(name: BlockName, entity: number, how: Taken): void {
    const { block, hit } = name;
    const { id, trigger } = this.entities[entity]!;
    this.mentions.push({ block, start: hit.start, end: hit.end, entity: id });
    if (how !== SURE && !this.session.confident.has(id)) addTo(this.inferred, block, entity);
    if (how !== BY_NEIGHBOURS || trigger) addTo(this.named, block, entity);
    if (how === BY_NEIGHBOURS) this.byNeighbours.add(name);
    if (trigger) this.triggerBlocks.add(block);
  }

  /** Keeps `name` for the checks that read the block again, taken or held back. */
  note(name: BlockName): void {
    const here = this.names.get(name.block);
    if (here) here.push(name);
    else this.names.set(name.block, [name]);
  }

  /** The entities that count as neighbours in `block`. */
  namesIn(block: number): ReadonlySet<number> {
    return this.named.get(block) ?? NO_NAMES;
  }

  /** Every name noted in `block`. */
  noted(block: number): readonly BlockName[] {
    return this.names.get(block) ?? [];
  }

  /** Whether `name` was taken by its neighbours. */
  byTheirNeighbours(name: BlockName): boolean {
    return this.byNeighbours.has(name);
  }
}
