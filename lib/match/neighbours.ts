/**
 * Evidence by neighbours (`minNearbyEntities`): a doubtful name is taken when enough other
 * entities are named in its block. A trigger its neighbours confirm is a neighbour in turn
 * ("Ryabkov met Sherman in Geneva": Geneva, confirmed by Ryabkov, is Sherman's second), so
 * doubtful names are judged in rounds until one confirms nothing. Only a trigger: the talks'
 * own names. "Sherman urged Washington to arm Ukraine" must not count Ukraine twice, once
 * itself and once as what confirmed Washington. A round sees only the names of the rounds
 * before it: the outcome does not depend on the order of the hits, and two doubtful names
 * never confirm each other.
 */
import type { CompiledEntity } from './matcher';
import type { RawHit } from './scan';

export interface Doubtful {
  block: number;
  hit: RawHit;
  /** Entities still possible for the hit. */
  open: readonly number[];
}

/**
 * Confirms what the names of each block (`namesIn`, which `confirm` keeps up to date) allow,
 * round after round, and returns the hits left doubtful.
 */
export function confirmByNeighbours<D extends Doubtful>(
  waiting: D[],
  entities: readonly CompiledEntity[],
  namesIn: (block: number) => ReadonlySet<number>,
  confirm: (doubtful: D, entity: number) => void,
  /** Entities no neighbour may confirm (find.ts: another person of that name is on the page). */
  barred: (entity: number) => boolean,
): D[] {
  for (;;) {
    const now: [D, number][] = [];
    const rest: D[] = [];
    for (const d of waiting) {
      const names = namesIn(d.block);
      const entity = d.open.find((e) => {
        const { minNearbyEntities: min, nearbyOneOf: only } = entities[e]!.rules;
        return min !== undefined && !barred(e) && countOthers(names, e, entities, only) >= min;
      });
      if (entity === undefined) rest.push(d);
      else now.push([d, entity]);
    }
    if (now.length === 0) return rest;
    for (const [d, entity] of now) confirm(d, entity);
    waiting = rest;
  }
}

/** How many of `names` other than `entity` count: none unless one is in `oneOf`. */
function countOthers(
  names: ReadonlySet<number>,
  entity: number,
  entities: readonly CompiledEntity[],
  oneOf: ReadonlySet<string> | undefined,
): number {
  if (oneOf && ![...names].some((e) => e !== entity && oneOf.has(entities[e]!.id))) return 0;
  return names.size - (names.has(entity) ? 1 : 0);
}

/** A name in a block, as the reader-sees check reads it again. */
export interface BlockName extends Doubtful {
  /** The entity its alias names with no doubt: seeing it is enough. */
  sure?: number;
  /** For a name its own rules confirmed: the entity, and whether they still do as seen. */
  ruled?: number;
  ruledSeen?: () => boolean;
}

/** What the page as a whole says of an entity (find.ts). */
export interface Judged {
  /** Page-wide evidence: any name of it the reader sees is taken (MatchSession.confident). */
  onPage: (entity: number) => boolean;
  /** No neighbour may confirm it (another person of that name is on the page). */
  barred: (entity: number) => boolean;
}

/**
 * The entities the block names as the reader sees it: the same judgement with only the names
 * and cue words the reader sees.
 */
function takenSeen(
  names: readonly BlockName[],
  entities: readonly CompiledEntity[],
  seen: (name: BlockName) => boolean,
  judged: Judged,
): Set<number> {
  const taken = new Set<number>();
  const counted = new Set<number>();
  const doubtful: BlockName[] = [];
  for (const n of names) {
    if (!seen(n)) continue;
    const entity =
      n.sure ??
      (n.ruled !== undefined && n.ruledSeen?.() ? n.ruled : undefined) ??
      n.open.find(judged.onPage);
    if (entity === undefined) doubtful.push(n);
    else {
      taken.add(entity);
      counted.add(entity);
    }
  }
  const confirm = (_: BlockName, e: number) => {
    taken.add(e);
    if (entities[e]!.trigger) counted.add(e);
  };
  confirmByNeighbours(doubtful, entities, () => counted, confirm, judged.barred);
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
  judged: Judged,
): boolean {
  const trigger = (e: number | undefined) => e !== undefined && entities[e]!.trigger;
  if (names.some((n) => trigger(n.sure) && seen(n))) return true;
  if (!names.some((n) => trigger(n.ruled) || n.open.some(trigger))) return false;
  return [...takenSeen(names, entities, seen, judged)].some(trigger);
}

/**
 * Makes page-wide evidence (`promote`) of the entities `inferred` in this block (confirmed by
 * their rules or neighbours, not by their alias) where the reader sees the name and what
 * confirmed it, asking the page only about what is still needed.
 */
export function promoteSeen(
  inferred: ReadonlySet<number>,
  names: readonly BlockName[],
  byNeighbours: (name: BlockName) => boolean,
  entities: readonly CompiledEntity[],
  seen: (name: BlockName) => boolean,
  judged: Judged,
  promote: (entity: number) => void,
): void {
  const wanted = [...inferred].filter((e) => !judged.onPage(e));
  // Most were confirmed by their own rules: the name and its evidence seen settle it.
  for (const e of wanted) {
    if (names.some((n) => n.ruled === e && seen(n) && n.ruledSeen!())) promote(e);
  }
  // The rest by their neighbours: the block is judged again as seen.
  const open = (n: BlockName) => byNeighbours(n) && n.open.some((e) => !judged.onPage(e));
  if (names.some(open)) takenSeen(names, entities, seen, judged).forEach(promote);
}
