/**
 * One trie for every alias of every entity (and the nearby-evidence words), over folded
 * UTF-16 units. Exact-case aliases hang under a second root and are walked unfolded.
 * Whitespace in an alias is one `' '` edge, which a run of any spaces or line breaks takes.
 */
import { charClass, foldUnit, APOSTROPHE, HYPHEN, IGNORE, SPACE, UPPER, WORD } from './fold';

export const FOLD_ROOT = 0;
export const EXACT_ROOT = 1;

/** An alias (or evidence word) ending at a trie node. */
export interface Entry {
  /** Index into the matcher's entity list. */
  entity: number;
  ambiguous: boolean;
  /** The alias starts with a capital: text starting in lowercase does not match it. */
  capital: boolean;
  /** An `evidenceNearby` word of `entity`, not a mention. */
  cue: boolean;
}

export class Trie {
  private readonly edges = new Map<number, number>();
  private nodes = 2;
  readonly entries: (Entry[] | undefined)[] = [];

  child(node: number, unit: number): number | undefined {
    return this.edges.get(node * 0x10000 + unit);
  }

  /** Units as the walk sees them: classes normalised, letters folded unless `exact`. */
  static unit(c: number, exact: boolean): number {
    const k = charClass(c);
    if (exact && k & WORD) return c;
    return foldUnit(c);
  }

  add(text: string, exact: boolean, entry: Entry): void {
    let node = exact ? EXACT_ROOT : FOLD_ROOT;
    let lastSpace = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = charClass(c);
      if (k === IGNORE || (k === SPACE && lastSpace)) continue;
      lastSpace = k === SPACE;
      const key = node * 0x10000 + Trie.unit(c, exact);
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.nodes++;
        this.edges.set(key, next);
      }
      node = next;
    }
    if (node <= EXACT_ROOT) return;
    (this.entries[node] ??= []).push(entry);
  }
}

export interface Walk {
  /** End offset (exclusive) of the longest alias ending at a word boundary, or -1. */
  end: number;
  node: number;
}

const MAX_INITIALS = 3;

function spaceRunEnd(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const k = charClass(text.charCodeAt(j));
    if (k !== SPACE && k !== IGNORE) break;
    j++;
  }
  return j;
}

/** After a space inside an alias: skip middle initials (`Wendy R. Sherman`) the trie lacks. */
function skipInitials(trie: Trie, text: string, j: number, node: number, exact: boolean): number {
  for (let n = 0; n < MAX_INITIALS; n++) {
    const c = text.charCodeAt(j);
    if (
      !(charClass(c) & UPPER) ||
      text.charCodeAt(j + 1) !== 0x2e ||
      charClass(text.charCodeAt(j + 2)) !== SPACE ||
      trie.child(node, Trie.unit(c, exact)) !== undefined
    ) {
      return j;
    }
    j = spaceRunEnd(text, j + 2);
  }
  return j;
}

/** A mention may end here: at the end, before a non-letter (`NATO's`, `Nato-Staaten`, `Genf.`). */
function boundaryAt(text: string, e: number): boolean {
  return e >= text.length || !(charClass(text.charCodeAt(e)) & WORD);
}

/**
 * Walks the trie from a word start. Linear in what it reads: a space run is read once, and
 * without a matching edge the walk stops.
 */
export function walk(trie: Trie, text: string, start: number, exact: boolean): Walk {
  const n = text.length;
  let node = exact ? EXACT_ROOT : FOLD_ROOT;
  let best: Walk = { end: -1, node: -1 };
  let j = start;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = charClass(c);
    if (k === IGNORE) {
      j++;
      continue;
    }
    if (k === SPACE) {
      const next = trie.child(node, 0x20);
      if (next === undefined) break;
      node = next;
      j = skipInitials(trie, text, spaceRunEnd(text, j + 1), node, exact);
      continue;
    }
    const next = trie.child(node, exact && k & WORD ? c : foldUnit(c));
    if (next === undefined) break;
    node = next;
    j++;
    if (trie.entries[node] !== undefined) {
      let e = j;
      // Trailing combining accents belong to the last letter.
      while (e < n && charClass(text.charCodeAt(e)) === IGNORE) e++;
      if (boundaryAt(text, e) && k !== HYPHEN && k !== APOSTROPHE) best = { end: e, node };
    }
  }
  return best;
}
