/**
 * The trie walk from one word start. Hot code: tables are read directly (see `unitTables`)
 * and results go through `walked` instead of a new object per call.
 */
import { CLASS, fillUnit, unitTables } from './fold';
import { MAX_INITIALS } from './gate';
import { TRIE, type Trie } from './trie';

const { IGNORE, SPACE, WORD, UPPER, HYPHEN, APOSTROPHE } = CLASS;
const { classes, folded } = unitTables;
const { EXACT_ROOT } = TRIE;

function cls(c: number): number {
  const k = classes[c]!;
  if (k !== 0) return k;
  fillUnit(c);
  return classes[c]!;
}

/** The last walk's result: end offset (exclusive) of the longest alias, or -1, and its node. */
export const walked = { end: -1, node: -1 };

function spaceRunEnd(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const k = cls(text.charCodeAt(j));
    if (k !== SPACE && k !== IGNORE) break;
    j++;
  }
  return j;
}

/**
 * After a space inside an alias: skip middle initials the trie lacks, with or without their
 * period (`Wendy R. Sherman`, `Wendy R Sherman`: both styles are in use).
 */
function skipInitials(trie: Trie, text: string, j: number, node: number, exact: boolean): number {
  for (let i = 0; i < MAX_INITIALS; i++) {
    const c = text.charCodeAt(j);
    if (!(cls(c) & UPPER) || trie.child(node, exact ? c : folded[c]!) >= 0) return j;
    const after = text.charCodeAt(j + 1) === 0x2e ? j + 2 : j + 1;
    if (cls(text.charCodeAt(after)) !== SPACE) return j;
    j = spaceRunEnd(text, after);
  }
  return j;
}

/** Whether `text` holds a lone capital letter right before offset `j` (an initial). */
function endsInitial(text: string, j: number): boolean {
  return (
    j >= 2 && (cls(text.charCodeAt(j - 1)) & UPPER) !== 0 && cls(text.charCodeAt(j - 2)) === SPACE
  );
}

/**
 * Walks from `start` (a word start) down from `root` and records in `walked` the longest alias ending on a word
 * boundary: before a non-letter, so `NATO's`, `Nato-Staaten` and `Genf.` end after the name.
 * Linear in what it reads: a space run is read once, and without an edge the walk stops.
 */
export function walk(trie: Trie, text: string, start: number, root: number): void {
  const n = text.length;
  const exact = root === EXACT_ROOT;
  let node = root;
  walked.end = -1;
  walked.node = -1;
  let j = start;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = cls(c);
    if (k === IGNORE) {
      j++;
      continue;
    }
    if (k === SPACE) {
      // A hyphenated alias also reads with a space (`NATO Russia Council`), and an alias that
      // spells an initial also reads without its period (`Wendy R Sherman`).
      let spaced = trie.child(node, 0x20);
      if (spaced < 0 && endsInitial(text, j)) {
        const period = trie.child(node, 0x2e);
        if (period >= 0) spaced = trie.child(period, 0x20);
      }
      node = spaced >= 0 ? spaced : trie.child(node, 0x2d);
      if (node < 0) return;
      j = skipInitials(trie, text, spaceRunEnd(text, j + 1), node, exact);
      continue;
    }
    node = trie.child(node, exact && k & WORD ? c : folded[c]!);
    if (node < 0) return;
    j++;
    if (trie.ends(node) && k !== HYPHEN && k !== APOSTROPHE) {
      let e = j;
      // Trailing combining accents belong to the last letter.
      while (e < n && cls(text.charCodeAt(e)) === IGNORE) e++;
      if (e >= n || !(cls(text.charCodeAt(e)) & WORD)) {
        walked.end = e;
        walked.node = node;
      }
    }
  }
}
