/**
 * Builds the `mightTrigger` gate (and the matcher's candidate finder) at build time: the folded start of every trigger alias
 * (`geneva`, `sergei ryab`), the exact-case ones (`NATO`), and for each folded letter used the
 * class of every character that folds to it (`eèéêë…`), computed here where the whole fold
 * table can be inverted. gate.ts assembles the regular expressions in the page.
 */
import { CLASS, charClass, foldUnit } from './fold';
import { unpackAlias } from './alias';
import type { MatcherData } from './types';

const { IGNORE, SPACE, UPPER, WORD } = CLASS;

/** How much of a form a key spells: units of its first word, then of the words after. */
interface KeyLength {
  first: number;
  next: number;
}

/**
 * The gate spells much of a name: it runs on every page, and a false opening costs a walk.
 * The candidate finder spells less: the trie reads the rest, and a shorter regular expression
 * compiles faster (the first units decide how fast it skips text). It is compiled on every
 * page with a trigger: with 4 units its source is 6.1 kB instead of 10.8 kB (6 units), and
 * its first run on a real news page's text (compile included) 1.5–1.9 ms instead of 2.2–4.8
 * in Chromium, for 1.5–2.5× the false candidates, which the trie rejects in a few units
 * each; the full scan of those pages took about 10% less. With 3 units it was no faster: the
 * false candidates (`Gen` in `General`) ate the gain.
 */
const GATE_KEYS: KeyLength = { first: 16, next: 3 };
const CANDIDATE_KEYS: KeyLength = { first: 4, next: 2 };

export interface GateSource {
  /**
   * Folded keys, `\n`-separated; a space stands for any whitespace run; a capital first letter
   * means the text must not start that name in lowercase.
   */
  keys: string;
  exact: string[];
  /** One line per folded unit of the keys: the unit, then everything that folds to it. */
  classes: string;
}

let inverse: Map<number, number[]> | undefined;

/** Every code unit grouped by what it folds to (computed once per build). */
function inverseFold(): Map<number, number[]> {
  if (inverse) return inverse;
  inverse = new Map();
  for (let c = 0; c < 0x10000; c++) {
    const k = charClass(c);
    if (k === IGNORE || k === SPACE) continue;
    const f = foldUnit(c);
    const list = inverse.get(f);
    if (list) list.push(c);
    else inverse.set(f, [c]);
  }
  return inverse;
}

/** What else folds to `unit`, minus what a case-insensitive (`i`) pattern matches anyway. */
function variants(unit: number): string {
  const members = inverseFold().get(unit) ?? [];
  const set = new Set([unit, ...members]);
  return members
    .filter((c) => {
      if (c === unit) return false;
      const lower = String.fromCharCode(c).toLowerCase();
      const pair =
        lower.length === 1 &&
        set.has(lower.charCodeAt(0)) &&
        lower.toUpperCase() === String.fromCharCode(c);
      return !(charClass(c) & UPPER && pair);
    })
    .map((c) => String.fromCharCode(c))
    .join('');
}

/**
 * The folded start of a form, whitespace runs as one space: its first word (at most
 * `length.first` units) and `length.next` more, so with the gate's lengths `organisation`
 * alone does not open the gate for `Organisation du traité…` but `organisation du t` does.
 */
function foldedKey(form: string, length: KeyLength): string {
  let out = '';
  let units = 0;
  let limit = length.first;
  for (let i = 0; i < form.length && units < limit; i++) {
    const c = form.charCodeAt(i);
    const k = charClass(c);
    if (k === IGNORE || (k === SPACE && (out === '' || out.endsWith(' ')))) continue;
    if (k === SPACE && limit === length.first) limit = units + length.next;
    // A capital stays: the matcher never takes a capitalised alias from a lowercase word.
    const f = String.fromCharCode(foldUnit(c));
    const upper = f.toUpperCase();
    out += out === '' && k & UPPER && upper.length === 1 ? upper : f;
    if (k !== SPACE) units++;
  }
  return out.trimEnd();
}

/** The exact start of a form: its first word, at most `length.first` units. */
function exactKey(form: string, length: KeyLength): string {
  let i = 0;
  while (i < form.length && i < length.first && charClass(form.charCodeAt(i)) & WORD) i++;
  return form.slice(0, Math.max(i, 1));
}

/**
 * The keys of the trigger aliases (the gate), or with `all` of every alias: the candidate
 * finder that lets the matcher walk its trie only where some name may start (scan.ts).
 */
export function buildPrefilter(data: MatcherData, all = false): GateSource {
  const folded = new Set<string>();
  const exact = new Set<string>();
  const length = all ? CANDIDATE_KEYS : GATE_KEYS;
  for (const e of data.entities) {
    if (!e.trigger && !all) continue;
    for (const packed of e.aliases) {
      const a = unpackAlias(packed);
      // Every inflected form starts with its stem, so the stem's key covers them all.
      if (a.exact) exact.add(exactKey(a.text, length));
      else folded.add(foldedKey(a.text, length));
    }
  }
  // Every unit of every key, so an accent the matcher folds anywhere in a name still matches.
  const units = new Set([...folded].flatMap((k) => [...k.toLowerCase().replace(/[ -]/g, '')]));
  const classes = [...units]
    .sort()
    .map((u) => u + variants(u.charCodeAt(0)))
    .filter((line) => line.length > 1);
  return { keys: [...folded].join('\n'), exact: [...exact], classes: classes.join('\n') };
}
