/**
 * The words right around a hit, folded, for evidence and counter-evidence rules. Words may be
 * separated by spaces and light punctuation (`Ms. Sherman`, `Geneva, Illinois`), not by a
 * clause break (`;`, `:`, `!`, `?`), so a rule never reaches into the next statement.
 */
import { CLASS, fillUnit, unitTables } from './fold';

const { APOSTROPHE, IGNORE, SPACE, UPPER, WORD } = CLASS;
const { classes, folded } = unitTables;

/** Direct table reads: this runs for every ambiguous hit, possibly many per page. */
function charClass(c: number): number {
  if (classes[c] === 0) fillUnit(c);
  return classes[c]!;
}

function foldUnit(c: number): number {
  if (classes[c] === 0) fillUnit(c);
  return folded[c]!;
}

const LIGHT = new Set([...'.,()"“”„«»‘‚[]/–—-'].map((c) => c.charCodeAt(0)).concat([0x27, 0x2019]));

function isGap(c: number): boolean {
  const k = charClass(c);
  return k === SPACE || k === IGNORE || (!(k & WORD) && LIGHT.has(c));
}

/** Longer words cannot be rule words; reading them whole would cost quadratic time. */
const MAX_WORD = 64;
const TOO_LONG = '\u0000';

function readWord(text: string, from: number, to: number): string {
  if (to - from > MAX_WORD) return TOO_LONG;
  let w = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (charClass(c) !== IGNORE) w += String.fromCharCode(foldUnit(c));
  }
  return w;
}

function isWordOrIgnore(c: number): boolean {
  const k = charClass(c);
  return (k & WORD) !== 0 || k === IGNORE;
}

/** Up to `max` folded words before `start`, nearest first. */
export function wordsBefore(text: string, start: number, max: number): string[] {
  const words: string[] = [];
  let i = start;
  while (words.length < max) {
    while (i > 0 && !(charClass(text.charCodeAt(i - 1)) & WORD) && isGap(text.charCodeAt(i - 1))) {
      i--;
    }
    if (i === 0 || !(charClass(text.charCodeAt(i - 1)) & WORD)) break;
    const end = i;
    while (i > 0 && isWordOrIgnore(text.charCodeAt(i - 1))) i--;
    words.push(readWord(text, i, end));
  }
  return words;
}

/** Up to `max` folded words after `end`, nearest first; a possessive `'s` is passed over. */
export function wordsAfter(text: string, end: number, max: number): string[] {
  const n = text.length;
  const words: string[] = [];
  let i = end;
  if (i < n && charClass(text.charCodeAt(i)) === APOSTROPHE) {
    i++;
    while (i < n && isWordOrIgnore(text.charCodeAt(i))) i++;
  }
  while (words.length < max) {
    while (i < n && !(charClass(text.charCodeAt(i)) & WORD) && isGap(text.charCodeAt(i))) i++;
    if (i >= n || !(charClass(text.charCodeAt(i)) & WORD)) break;
    const start = i;
    while (i < n && isWordOrIgnore(text.charCodeAt(i))) i++;
    words.push(readWord(text, start, i));
  }
  return words;
}

/**
 * The capitalised word right before `start` across spaces only (`Roger Sherman`,
 * `William Tecumseh Sherman`), folded; undefined if there is none.
 */
export function capitalisedBefore(text: string, start: number): string | undefined {
  let i = start;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === SPACE) i--;
  if (i === start) return undefined;
  const end = i;
  while (i > 0 && isWordOrIgnore(text.charCodeAt(i - 1))) i--;
  if (i === end || !(charClass(text.charCodeAt(i)) & UPPER)) return undefined;
  return readWord(text, i, end);
}
