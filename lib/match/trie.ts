/**
 * One trie for every alias of every entity (and the nearby-evidence words), over folded
 * UTF-16 units. Exact-case aliases hang under a second root and are walked unfolded.
 * Whitespace in an alias is one `' '` edge, which a run of any spaces or line breaks takes.
 * Built with a Map, then frozen into sorted typed arrays: small, and walked without
 * allocating.
 */
import { CLASS, charClass, foldUnit } from './fold';

const { IGNORE, SPACE, WORD } = CLASS;

/**
 * Three roots: folded aliases, exact-case aliases, and the folded `evidenceNearby` words
 * (cues), which are walked apart so a cue never hides a mention that overlaps it. Bit `1 << r`
 * of `starts[u]` says root `r` has an edge on `u`. One object, so hot loops copy these into
 * locals once.
 */
export const TRIE = {
  FOLD_ROOT: 0,
  EXACT_ROOT: 1,
  CUE_ROOT: 2,
  STARTS_FOLD: 1,
  STARTS_EXACT: 2,
  STARTS_CUE: 4,
} as const;
const { EXACT_ROOT, CUE_ROOT } = TRIE;
const ROOTS = 3;

/** An alias (or evidence word) ending at a trie node. */
export interface Entry {
  /** Index into the matcher's entity list. */
  entity: number;
  ambiguous: boolean;
  /** Ruled out by the entity's counter-evidence, though it needs no evidence. */
  guarded: boolean;
  /** The alias starts with a capital: text starting in lowercase does not match it. */
  capital: boolean;
}

/** Units as the walk sees them: classes normalised, letters folded unless `exact`. */
function walkUnit(c: number, exact: boolean): number {
  return exact && charClass(c) & WORD ? c : foldUnit(c);
}

export class TrieBuilder {
  private readonly edges = new Map<number, number>();
  private nodes = ROOTS;
  private readonly entries: (Entry[] | undefined)[] = [];

  add(text: string, root: number, entry: Entry): void {
    const exact = root === EXACT_ROOT;
    let node = root;
    let lastSpace = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = charClass(c);
      if (k === IGNORE || (k === SPACE && lastSpace)) continue;
      lastSpace = k === SPACE;
      const key = node * 0x10000 + walkUnit(c, exact);
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.nodes++;
        this.edges.set(key, next);
      }
      node = next;
    }
    if (node > CUE_ROOT) (this.entries[node] ??= []).push(entry);
  }

  freeze(): Trie {
    // A typed array sorts numerically without a comparator call per step.
    const keys = Float64Array.from(this.edges.keys()).sort();
    const first = new Int32Array(this.nodes + 1);
    const units = new Uint16Array(keys.length);
    const targets = new Int32Array(keys.length);
    const starts = new Uint8Array(0x10000);
    keys.forEach((key, i) => {
      const node = Math.floor(key / 0x10000);
      const unit = key % 0x10000;
      first[node + 1]!++;
      units[i] = unit;
      targets[i] = this.edges.get(key)!;
      if (node < ROOTS) starts[unit]! |= 1 << node;
    });
    for (let n = 0; n < this.nodes; n++) first[n + 1]! += first[n]!;
    return new Trie(first, units, targets, packEntries(this.entries, this.nodes), starts);
  }
}

/** Entries as two flat arrays: those of node `n` are `codes[first[n]]` to `codes[first[n + 1]]`. */
interface PackedEntries {
  first: Int32Array;
  /** Per entry `entity << 3 | guarded << 2 | ambiguous << 1 | capital`. */
  codes: Int32Array;
}

function packEntries(entries: readonly (Entry[] | undefined)[], nodes: number): PackedEntries {
  const first = new Int32Array(nodes + 1);
  const codes: number[] = [];
  for (let n = 0; n < nodes; n++) {
    for (const e of entries[n] ?? [])
      codes.push((e.entity << 3) | (+e.guarded << 2) | (+e.ambiguous << 1) | +e.capital);
    first[n + 1] = codes.length;
  }
  return { first, codes: Int32Array.from(codes) };
}

/**
 * A frozen trie as plain JSON, written at build time: the page only copies it into typed
 * arrays, and decodes a node's entries when a walk first ends there. Building it from the
 * aliases there cost 7–10 ms of cold JavaScript per page, and decoding every entry up front
 * about 1 ms more.
 */
export interface PackedTrie {
  first: number[];
  units: number[];
  targets: number[];
  entryFirst: number[];
  entryCodes: number[];
}

export function packTrie(trie: Trie): PackedTrie {
  return {
    first: [...trie.first],
    units: [...trie.units],
    targets: [...trie.targets],
    entryFirst: [...trie.packedEntries.first],
    entryCodes: [...trie.packedEntries.codes],
  };
}

export function unpackTrie(packed: PackedTrie): Trie {
  const first = new Int32Array(packed.first);
  const units = new Uint16Array(packed.units);
  const starts = new Uint8Array(0x10000);
  for (let node = 0; node < ROOTS; node++) {
    for (let e = first[node]!; e < first[node + 1]!; e++) starts[units[e]!]! |= 1 << node;
  }
  const entries = {
    first: new Int32Array(packed.entryFirst),
    codes: new Int32Array(packed.entryCodes),
  };
  return new Trie(first, units, new Int32Array(packed.targets), entries, starts);
}

export class Trie {
  constructor(
    /** Edges of node `n` are `first[n]` to `first[n + 1]` in `units`/`targets`, by unit. */
    readonly first: Int32Array,
    readonly units: Uint16Array,
    readonly targets: Int32Array,
    readonly packedEntries: PackedEntries,
    /** Which first units can start an alias: most words are dismissed with one lookup. */
    readonly starts: Uint8Array,
  ) {}

  private readonly decoded: (Entry[] | undefined)[] = [];

  /** Whether some alias (or cue) ends at `node`. */
  ends(node: number): boolean {
    const first = this.packedEntries.first;
    return first[node + 1]! > first[node]!;
  }

  /** The entries ending at `node`; undefined where none does. */
  entries(node: number): Entry[] | undefined {
    if (!this.ends(node)) return undefined;
    let list = this.decoded[node];
    if (!list) {
      const { first, codes } = this.packedEntries;
      list = [];
      for (let i = first[node]!; i < first[node + 1]!; i++) {
        const code = codes[i]!;
        list.push({
          entity: code >> 3,
          guarded: (code & 4) !== 0,
          ambiguous: (code & 2) !== 0,
          capital: (code & 1) !== 0,
        });
      }
      this.decoded[node] = list;
    }
    return list;
  }

  /** The node reached from `node` by `unit`, or -1. */
  child(node: number, unit: number): number {
    const units = this.units;
    let lo = this.first[node]!;
    let hi = this.first[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const u = units[mid]!;
      if (u === unit) return this.targets[mid]!;
      if (u < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
