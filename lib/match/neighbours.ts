/**
 * Evidence by neighbours (`minNearbyEntities`): a doubtful name is taken when enough other
 * entities are named in its block. A name its neighbours confirm is a neighbour too ("Ryabkov
 * met Sherman in Geneva": Geneva, confirmed by Ryabkov, is Sherman's second), so doubtful names
 * are judged in rounds until one confirms nothing. A round sees only the names of the rounds
 * before it: the outcome does not depend on the order of the hits, and two doubtful names
 * never confirm each other.
 */
import type { CompiledEntity } from './matcher';
import type { RawHit } from './scan';

export interface Doubtful {
  block: number;
  hit: RawHit;
  /** Entities still possible for the hit. */
  open: number[];
}

/**
 * Confirms what `namesIn(block)` (the entities named there, kept up to date by `confirm`)
 * allows, round after round, and returns the hits left doubtful.
 */
export function confirmByNeighbours<D extends Doubtful>(
  waiting: D[],
  entities: readonly CompiledEntity[],
  namesIn: (block: number) => ReadonlySet<number>,
  confirm: (doubtful: D, entity: number) => void,
  /** Entities no neighbour may confirm (find.ts: another person of that name is on the page). */
  barred: (entity: number) => boolean = () => false,
): D[] {
  for (;;) {
    const now: [D, number][] = [];
    const rest: D[] = [];
    for (const d of waiting) {
      const names = namesIn(d.block);
      const entity = d.open.find((e) => {
        const min = entities[e]!.rules.minNearbyEntities;
        return min !== undefined && !barred(e) && names.size - (names.has(e) ? 1 : 0) >= min;
      });
      if (entity === undefined) rest.push(d);
      else now.push([d, entity]);
    }
    if (now.length === 0) return rest;
    for (const [d, entity] of now) confirm(d, entity);
    waiting = rest;
  }
}

/** A name in a block, as the reader-sees check reads it again. */
export interface BlockName extends Doubtful {
  /** The entity its alias names with no doubt: seeing it is enough. */
  sure?: number;
  /** For a name its own rules confirmed: whether they still do with the cue words seen. */
  ruledSeen?: () => boolean;
  ruled?: number;
}

/**
 * The entities the block names as the reader sees it: the same judgement with only the names
 * and cue words the reader sees.
 */
export function takenSeen(
  names: readonly BlockName[],
  entities: readonly CompiledEntity[],
  seen: (name: BlockName) => boolean,
  barred?: (entity: number) => boolean,
): Set<number> {
  const taken = new Set<number>();
  const doubtful: BlockName[] = [];
  for (const n of names) {
    if (!seen(n)) continue;
    if (n.sure !== undefined) taken.add(n.sure);
    else if (n.ruled !== undefined && n.ruledSeen?.()) taken.add(n.ruled);
    else doubtful.push(n);
  }
  confirmByNeighbours(
    doubtful,
    entities,
    () => taken,
    (_, e) => taken.add(e),
    barred,
  );
  return taken;
}

/**
 * Whether the block, read as the reader sees it, names a trigger (`takenSeen`). The sure
 * trigger names are asked about first, as they decide most pages.
 */
export function triggersSeen(
  names: readonly BlockName[],
  entities: readonly CompiledEntity[],
  seen: (name: BlockName) => boolean,
  barred?: (entity: number) => boolean,
): boolean {
  const trigger = (e: number | undefined) => e !== undefined && entities[e]!.trigger;
  if (names.some((n) => trigger(n.sure) && seen(n))) return true;
  if (!names.some((n) => trigger(n.ruled) || n.open.some(trigger))) return false;
  return [...takenSeen(names, entities, seen, barred)].some(trigger);
}
