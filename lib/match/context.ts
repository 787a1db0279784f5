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

/**
 * Capitalised words that are never a first name where they stand before a surname: sentence
 * openers (articles, pronouns, prepositions, conjunctions, adverbs), days, months and the
 * commonest titles and role nouns, in the languages the talks were covered in. "But Sherman
 * told reporters", "Neither Sherman nor Ryabkov", "Ранее Шерман заявила" are Sherman, whoever
 * she is; "Roger Sherman" is not Wendy. A word mistaken for a first name costs more than a
 * first name missed: it makes the bare surname doubtful on the whole page (find.ts), so the
 * list is long. Folded on first use, as the words read from a page are.
 */
const NOT_FIRST_NAMES_TEXT = [
  // English
  'a about above according across after afterwards again against ahead all along already also ' +
    'although among an and another any anyway around as asked at because before behind ' +
    'besides between both but by despite during each earlier either even every except for ' +
    'from further furthermore hence her here his how however i if in including indeed inside ' +
    'instead into it its just later like meanwhile more moreover most much my neither never ' +
    'next no nor not now of off on once one only or other our outside over per perhaps plus ' +
    'rather regarding said says since so some still such than that the their then there ' +
    'therefore these they this those though through thus to today told tomorrow toward ' +
    'towards under unlike until upon us via was we what whatever when whenever where ' +
    'whereas whether which while who whom whose why with within without would yes ' +
    'yesterday yet you ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december ' +
    'mr mrs ms dr prof sir madam dame envoy diplomat negotiator secretary minister president ' +
    'official spokesperson spokeswoman spokesman deputy chief senator ambassador ',
  // German
  'aber als also am an auch auf aus außerdem bei beim bereits bis da damals damit danach dann ' +
    'das dass daher dem den denn der des deshalb die dies diese dieser doch durch ein eine ' +
    'einem einen einer erst es für gegen gestern heute ihr im in indes jedoch jetzt laut mit ' +
    'nach nachdem neben nicht noch nun nur ob obwohl oder ohne schon seit sie so sowie ' +
    'sowohl später trotz trotzdem über um und unter vom von vor während weder wegen weil ' +
    'wenn wie wo zudem zuvor zu zum zur zwar zwischen ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni ' +
    'juli oktober dezember frau herr diplomatin unterhändlerin ministerin ',
  // Icelandic
  'að af á áður bæði en einnig eftir eða ekki frá fyrir hann hún hins hvorki í loks með ' +
    'meðal nú og samkvæmt sem síðar til um undir við þá þar þegar því þó sagði segir frú ',
  // Russian
  'а в во вчера где да для до если ещё еще же за затем и из или именно как когда к ко ' +
    'кроме лишь между на накануне не ни но о об однако она он от отмечает по поэтому позже ' +
    'после потом пока при про ранее с сам сама сегодня со также так тогда только у уже ' +
    'хотя через что это госпожа госсекретарь дипломат американка американский глава замглавы ' +
    'заявила сказала посол представитель ',
  // French
  'à après au aussi avant avec chez dans de des du elle en ensuite et il la le les lors ' +
    'madame mais mme ou où par pendant pour puis quand sans selon sous sur',
].join('');
/** Longer than a first name: a compound title or noun (`Varautanríkisráðherrann`). */
const LONGEST_FIRST_NAME = 12;
let notFirstNames: Set<string> | undefined;

/** German articles: a capitalised word after one is a noun ("die Amerikanerin Sherman"). */
const ARTICLES = new Set('der die das den dem des ein eine einer einem eines'.split(' '));

/**
 * The word right before `start` across spaces only (`Roger Sherman`, `William Tecumseh
 * Sherman`), folded, if it can be a first name: capitalised, no longer than a first name,
 * not the end of a compound (`US-Unterhändlerin`), not a word that is never a first name, not
 * a noun after a German article; undefined otherwise. In all capitals (`US`, `США`, an
 * initial) or in a title-case run (`Ryabkov Meets Sherman In Geneva`, where every word is
 * capitalised) it is taken only as a headline's first word: "Cindy Sherman Opens
 * Retrospective", "CINDY SHERMAN: UNTITLED FILM STILLS".
 */
export function capitalisedBefore(text: string, start: number, end: number): string | undefined {
  let i = start;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === SPACE) i--;
  if (i === start) return undefined;
  const wordEnd = i;
  while (i > 0 && isWordOrIgnore(text.charCodeAt(i - 1))) i--;
  if (i === wordEnd || !(charClass(text.charCodeAt(i)) & UPPER)) return undefined;
  if (wordEnd - i > LONGEST_FIRST_NAME || (i > 0 && JOINING.has(text.charCodeAt(i - 1)))) {
    return undefined;
  }
  const capitals = allCapitals(text, i, wordEnd);
  if ((capitals || capitalisedNext(text, end)) && !(opensBlock(text, i) && wordEnd - i > 2)) {
    return undefined;
  }
  notFirstNames ??= new Set(NOT_FIRST_NAMES_TEXT.split(' ').map((w) => readWord(w, 0, w.length)));
  const word = readWord(text, i, wordEnd);
  if (notFirstNames.has(word)) return undefined;
  const [before] = wordsBefore(text, i, 1);
  return before !== undefined && ARTICLES.has(before) ? undefined : word;
}

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
