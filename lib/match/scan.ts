/**
 * One pass over a block: at each word start, walk the trie (folded and exact roots) and keep
 * the longest alias that ends on a word boundary. Hits never overlap; the scan resumes after
 * a hit, so the whole block is read about once whatever its content.
 */
import { charClass, foldUnit, APOSTROPHE, IGNORE, LOWER, UPPER, WORD } from './fold';
import { EXACT_ROOT, FOLD_ROOT, walk, type Entry, type Trie } from './trie';

export interface RawHit {
  start: number;
  end: number;
  entries: Entry[];
}

function usable(entries: Entry[] | undefined, lowerStart: boolean): Entry[] {
  if (!entries) return [];
  return lowerStart ? entries.filter((e) => e.cue || !e.capital) : entries;
}

function hitAt(trie: Trie, text: string, i: number): RawHit | undefined {
  const c = text.charCodeAt(i);
  const lowerStart = (charClass(c) & LOWER) !== 0;
  let best: RawHit | undefined;
  if (trie.child(FOLD_ROOT, foldUnit(c)) !== undefined) {
    const w = walk(trie, text, i, false);
    const entries = w.end < 0 ? [] : usable(trie.entries[w.node], lowerStart);
    if (entries.length > 0) best = { start: i, end: w.end, entries };
  }
  if (trie.child(EXACT_ROOT, c) !== undefined) {
    const w = walk(trie, text, i, true);
    const entries = w.end < 0 ? [] : (trie.entries[w.node] ?? []);
    if (entries.length > 0 && (!best || w.end > best.end)) best = { start: i, end: w.end, entries };
    else if (entries.length > 0 && best && w.end === best.end) best.entries.push(...entries);
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
    charClass(text.charCodeAt(wordStart)) & UPPER &&
    text[wordStart] === 'O'
  );
}

export function scanBlock(trie: Trie, text: string, out: RawHit[]): void {
  const n = text.length;
  let inWord = false;
  let wordStart = 0;
  let wordLen = 0;
  for (let i = 0; i < n; i++) {
    const k = charClass(text.charCodeAt(i));
    if (k === IGNORE) continue;
    if (k & WORD) {
      if (!inWord) {
        const hit = hitAt(trie, text, i);
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
}
