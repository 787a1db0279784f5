/**
 * One pass over a block: at each word start, walk the trie (folded and exact roots) and keep
 * the longest alias that ends on a word boundary. Hits never overlap; the scan resumes after
 * a hit, so the whole block is read about once whatever its content.
 */
import { CLASS, charClass, fillUnit, unitTables } from './fold';
import { IGNORABLE } from './gate';
import { TRIE, type Entry, type Trie } from './trie';
import { walk, walked } from './walk';

const { IGNORE, WORD, LOWER, UPPER, APOSTROPHE } = CLASS;
const { classes, folded } = unitTables;
const { CUE_ROOT, EXACT_ROOT, FOLD_ROOT, STARTS_CUE, STARTS_EXACT, STARTS_FOLD } = TRIE;

export interface RawHit {
  start: number;
  end: number;
  entries: Entry[];
}

function usable(entries: Entry[] | undefined, lowerStart: boolean): Entry[] {
  if (!entries) return [];
  return lowerStart ? entries.filter((e) => !e.capital) : entries;
}

function hitAt(trie: Trie, text: string, i: number, flags: number): RawHit | undefined {
  let best: RawHit | undefined;
  if (flags & STARTS_FOLD) {
    walk(trie, text, i, FOLD_ROOT);
    const lowerStart = (classes[text.charCodeAt(i)]! & LOWER) !== 0;
    const entries = walked.end < 0 ? [] : usable(trie.entries(walked.node), lowerStart);
    if (entries.length > 0) best = { start: i, end: walked.end, entries };
  }
  if (flags & STARTS_EXACT) {
    walk(trie, text, i, EXACT_ROOT);
    const entries = walked.end < 0 ? [] : (trie.entries(walked.node) ?? []);
    if (entries.length === 0) return best;
    if (!best || walked.end > best.end) return { start: i, end: walked.end, entries };
    if (walked.end === best.end) best.entries = [...best.entries, ...entries];
  }
  return best;
}

/**
 * French and Italian elision (`l'OTAN`, `d'Genève`): after one or two letters and an apostrophe
 * a new word starts. A lone capital `O` is the Irish `O'` of a surname, not an elision.
 */
function elides(text: string, wordStart: number, wordLen: number): boolean {
  if (wordLen > 2) return false;
  return !(
    wordLen === 1 &&
    classes[text.charCodeAt(wordStart)]! & UPPER &&
    text[wordStart] === 'O'
  );
}

/**
 * The entities with an `evidenceNearby` word in the block, with where each such word starts. A
 * pass of its own, run only for blocks holding an ambiguous hit: cues are common words
 * (`talks`, `allies`).
 */
export function scanCues(trie: Trie, text: string): Map<number, number[]> {
  const cues = new Map<number, number[]>();
  const starts = trie.starts;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = classes[c]!;
    if (k === 0) {
      fillUnit(c);
      k = classes[c]!;
    }
    if (k === IGNORE) continue;
    const word = (k & WORD) !== 0;
    if (word && !inWord && starts[folded[c]!]! & STARTS_CUE) {
      walk(trie, text, i, CUE_ROOT);
      if (walked.end >= 0) {
        for (const e of trie.entries(walked.node)!) {
          const at = cues.get(e.entity);
          if (at) at.push(i);
          else cues.set(e.entity, [i]);
        }
      }
    }
    inWord = word;
  }
  return cues;
}

/**
 * Appends the block's alias hits to `out`. With `candidates` (compile.ts: a regular expression
 * matching wherever some alias may start, a superset), the trie is walked only from those
 * places: the regular expression skips the rest natively, which on a long page is most of it.
 * The result is the same as the full scan's: between candidates there is no hit to find, and
 * the scan state there is known (see `scanFrom`). Text with ignorable units (soft hyphens,
 * combining accents) inside a name would escape the candidates: it gets the full scan.
 */
export function scanBlock(trie: Trie, text: string, out: RawHit[], candidates?: RegExp): void {
  if (!candidates || IGNORABLE.test(text)) {
    scanFrom(trie, text, out, 0, text.length);
    return;
  }
  let done = 0;
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    let from = m.index;
    // Back to the start of the token the candidate sits in: before it the state is fresh.
    while (from > done && inToken(text.charCodeAt(from - 1))) from--;
    done = scanFrom(trie, text, out, from, m.index + 1);
    candidates.lastIndex = Math.max(done, m.index + 1);
  }
}

/** Units that may keep a word going: letters, apostrophes (elision), ignorables. */
function inToken(c: number): boolean {
  const k = charClass(c);
  return (k & WORD) !== 0 || k === APOSTROPHE || k === IGNORE;
}

/**
 * The scan from `start` (a fresh state: text start, or right after a separator) until it has
 * passed `until` and is fresh again; returns where it stopped. With `until` = length, the
 * whole rest of the text.
 */
function scanFrom(trie: Trie, text: string, out: RawHit[], start: number, until: number): number {
  const starts = trie.starts;
  const n = text.length;
  let inWord = false;
  let wordStart = start;
  let wordLen = 0;
  for (let i = start; i < n; i++) {
    if (!inWord && i >= until) return i;
    const c = text.charCodeAt(i);
    let k = classes[c]!;
    if (k === 0) {
      fillUnit(c);
      k = classes[c]!;
    }
    if (k === IGNORE) continue;
    if (k & WORD) {
      if (!inWord) {
        const flags = (starts[folded[c]!]! & STARTS_FOLD) | (starts[c]! & STARTS_EXACT);
        const hit = flags === 0 ? undefined : hitAt(trie, text, i, flags);
        if (hit) {
          out.push(hit);
          i = hit.end - 1;
          wordLen = Infinity;
          inWord = true;
          continue;
        }
        inWord = true;
        wordStart = i;
        wordLen = 0;
      }
      wordLen++;
      continue;
    }
    inWord = k === APOSTROPHE && inWord && !elides(text, wordStart, wordLen);
  }
  return n;
}

/** Adds to `into` each of a block's hits that follows another across spaces only. */
export function hitsAfterNames(text: string, hits: readonly RawHit[], into: Set<RawHit>): void {
  for (let k = 1; k < hits.length; k++) {
    const { end } = hits[k - 1]!;
    const hit = hits[k]!;
    let i = end;
    while (i < hit.start && /\s/.test(text[i]!)) i++;
    if (i > end && i === hit.start) into.add(hit);
  }
}
