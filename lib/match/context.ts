/**
 * The words right around a hit, folded, for evidence and counter-evidence rules. Words may be
 * separated by spaces and light punctuation (`Ms. Sherman`, `Geneva, Illinois`), not by a
 * clause break (`;`, `:`, `!`, `?`), so a rule never reaches into the next statement.
 */
import { CLASS, fillUnit, unitTables } from './fold';

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
 * Capitalised words that are never a first name where they stand before a surname: sentence
 * openers, connectives, days, months and the commonest titles, in the corpus languages. "But
 * Sherman told reporters" and "On Monday Sherman said" are Sherman, whoever she is; "Roger
 * Sherman" is not Wendy. Folded on first use, as the words read from a page are.
 */
const NOT_FIRST_NAMES_TEXT =
  'a after afterwards again also although an and as asked at because before both but by ' +
  'despite during earlier even for from however if in later meanwhile mr mrs ms dr nor now ' +
  'of on once only or said says since so still that the then there these this those though ' +
  'today told tomorrow under until when where whereas while with without yesterday yet ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april ' +
  'may june july august september october november december ' +
  'aber als am auch bei dann den der des dem die das doch ein eine erst frau gestern heute ' +
  'herr im laut mit nach noch nur oder sagte sowie und vor wenn wie zu montag dienstag ' +
  'mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember ' +
  'en og eftir þá þegar sagði segir frú ' +
  'а и но когда после также госпожа заявила сказала';
let notFirstNames: Set<string> | undefined;

/** German articles: a capitalised word after one is a noun ("die Amerikanerin Sherman"). */
const ARTICLES = new Set('der die das den dem des ein eine einer einem eines'.split(' '));

/**
 * The word right before `start` across spaces only (`Roger Sherman`, `William Tecumseh
 * Sherman`), folded, if it can be a first name: capitalised, not all capitals (`US`, `США`,
 * an initial), not the end of a compound (`US-Unterhändlerin`), not a word that is never a
 * first name, not a noun after a German article, and not in a title-case run (`Ryabkov Meets
 * Sherman In Geneva`, where every word is capitalised); undefined otherwise.
 */
export function capitalisedBefore(text: string, start: number, end: number): string | undefined {
  let i = start;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === SPACE) i--;
  if (i === start) return undefined;
  const wordEnd = i;
  while (i > 0 && isWordOrIgnore(text.charCodeAt(i - 1))) i--;
  if (i === wordEnd || !(charClass(text.charCodeAt(i)) & UPPER)) return undefined;
  if (allCapitals(text, i, wordEnd) || (i > 0 && JOINING.has(text.charCodeAt(i - 1)))) {
    return undefined;
  }
  if (capitalisedNext(text, end)) return undefined;
  notFirstNames ??= new Set(NOT_FIRST_NAMES_TEXT.split(' ').map((w) => readWord(w, 0, w.length)));
  const word = readWord(text, i, wordEnd);
  if (notFirstNames.has(word)) return undefined;
  const [before] = wordsBefore(text, i, 1);
  return before !== undefined && ARTICLES.has(before) ? undefined : word;
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
