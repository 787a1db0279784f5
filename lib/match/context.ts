/**
 * The words right around a hit, folded, for evidence and counter-evidence rules. Words may be
 * separated by spaces and light punctuation (`Ms. Sherman`, `Geneva, Illinois`), not by a
 * clause break (`;`, `:`, `!`, `?`), so a rule never reaches into the next statement.
 */
import { CLASS, fillUnit, unitTables } from './fold';
import { NOT_FIRST_NAMES_TEXT } from './not-first-names';

const { APOSTROPHE, IGNORE, LOWER, SPACE, UPPER, WORD } = CLASS;
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

/** The name at [start, end) as written, folded as the rules' words are (`counterForms`). */
export function foldedName(text: string, start: number, end: number): string {
  return readWord(text, start, end);
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

/**
 * Up to `max` folded words after `end`, nearest first; a possessive `'s` is passed over. A
 * period before a space ends the sentence, and the reading: "talks in Geneva. See also" must
 * not read as the Genfer See (`Geneva, N.Y.` and `Geneva, Ill.` still read to their end).
 */
export function wordsAfter(text: string, end: number, max: number): string[] {
  const n = text.length;
  const words: string[] = [];
  let i = end;
  if (i < n && charClass(text.charCodeAt(i)) === APOSTROPHE) {
    i++;
    while (i < n && isWordOrIgnore(text.charCodeAt(i))) i++;
  }
  while (words.length < max) {
    while (i < n && !(charClass(text.charCodeAt(i)) & WORD) && isGap(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x2e && charClass(text.charCodeAt(i + 1)) === SPACE) return words;
      i++;
    }
    if (i >= n || !(charClass(text.charCodeAt(i)) & WORD)) break;
    const start = i;
    while (i < n && isWordOrIgnore(text.charCodeAt(i))) i++;
    words.push(readWord(text, start, i));
  }
  return words;
}

/** Longer than a first name: a compound title or noun (`Varautanríkisráðherrann`). */
const LONGEST_FIRST_NAME = 12;
let notFirstNames: Set<string> | undefined;

/**
 * German articles and possessives: a capitalised word after one is a noun ("die Amerikanerin
 * Sherman", "sein Kollege Rjabkow").
 */
const ARTICLES = new Set(
  (
    'der die das den dem des ein eine einer einem eines sein seine seinem seinen seiner ' +
    'ihr ihre ihrem ihren ihrer unser unsere unserem unseren unserer kein keine'
  ).split(' '),
);

/**
 * The word right before `start` across spaces only (`Roger Sherman`, `William Tecumseh
 * Sherman`), folded, if it can be a first name: capitalised, no longer than a first name,
 * not the end of a compound (`US-Unterhändlerin`), not a word that is never a first name, not
 * a noun after a German article; undefined otherwise. In all capitals (`US`, `США`, an
 * initial) or in a title-case run (`Ryabkov Meets Sherman In Geneva`, where every word is
 * capitalised) it is taken only as a headline's first word: "Cindy Sherman Opens
 * Retrospective", "CINDY SHERMAN: UNTITLED FILM STILLS".
 */
export function capitalisedBefore(
  text: string,
  start: number,
  end: number,
  /** Not a word that opens a sentence (a noun there is capitalised in every language). */
  midSentence = false,
  /** A headline's first word may be a first name ("Cindy Sherman Opens Retrospective"). */
  headline = true,
): string | undefined {
  let i = start;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === SPACE) i--;
  if (i === start) return undefined;
  const wordEnd = i;
  while (i > 0 && isWordOrIgnore(text.charCodeAt(i - 1))) i--;
  if (i === wordEnd || !(charClass(text.charCodeAt(i)) & UPPER)) return undefined;
  if (wordEnd - i > LONGEST_FIRST_NAME || (i > 0 && JOINING.has(text.charCodeAt(i - 1)))) {
    return undefined;
  }
  if (midSentence && opensSentence(text, i)) return undefined;
  const capitals = allCapitals(text, i, wordEnd);
  if (
    (capitals || capitalisedNext(text, end)) &&
    !(headline && opensBlock(text, i) && wordEnd - i > 2)
  ) {
    return undefined;
  }
  notFirstNames ??= new Set(NOT_FIRST_NAMES_TEXT.split(' ').map((w) => readWord(w, 0, w.length)));
  const word = readWord(text, i, wordEnd);
  if (notFirstNames.has(word)) return undefined;
  const [before] = wordsBefore(text, i, 1);
  return before !== undefined && ARTICLES.has(before) ? undefined : word;
}

/** Whether `i` starts the block or a sentence in it (after `.`, `!`, `?`, `:` or a quote). */
function opensSentence(text: string, i: number): boolean {
  while (
    i > 0 &&
    (charClass(text.charCodeAt(i - 1)) === SPACE || QUOTES.has(text.charCodeAt(i - 1)))
  )
    i--;
  return i === 0 || ENDS.has(text.charCodeAt(i - 1));
}
const QUOTES = new Set([...'"“”„«»‘‚(['].map((c) => c.charCodeAt(0)));
const ENDS = new Set([...'.!?:;…—–-'].map((c) => c.charCodeAt(0)));

/** Whether only spaces come before `i` in the block. */
function opensBlock(text: string, i: number): boolean {
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === SPACE) i--;
  return i === 0;
}

/** Whether the word right after `end`, across spaces only, is capitalised. */
function capitalisedNext(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && charClass(text.charCodeAt(i)) === SPACE) i++;
  return i > end && i < text.length && (charClass(text.charCodeAt(i)) & UPPER) !== 0;
}

function allCapitals(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (charClass(text.charCodeAt(k)) & LOWER) return false;
  return true;
}

/** Hyphens that join a compound (`US-Unterhändlerin`). */
const JOINING = new Set([0x2d, 0x2010, 0x2011]);
