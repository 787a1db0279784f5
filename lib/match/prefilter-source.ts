/**
 * Builds the `mightTrigger` gate at build time: the folded start of every trigger alias
 * (`geneva`, `sergei ryab`), the exact-case ones (`NATO`), and for each folded letter used the
 * class of every character that folds to it (`eèéêë…`), computed here where the whole fold
 * table can be inverted. gate.ts assembles the regular expressions in the page.
 */
import { CLASS, charClass, foldUnit } from './fold';
import { unpackAlias } from './alias';
import type { MatcherData } from './types';

const { IGNORE, SPACE, UPPER, WORD } = CLASS;

/** Units of a key's first word, and how many of the next words' units follow it. */
const FIRST_WORD_UNITS = 16;
const NEXT_UNITS = 3;

export interface GateSource {
  /**
   * Folded keys, `\n`-separated; a space stands for any whitespace run; a capital first letter
   * means the text must not start that name in lowercase.
   */
  keys: string;
  exact: string[];
  /** One line per folded unit that starts a key or comes second: the unit, then its variants. */
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
 * `FIRST_WORD_UNITS`) and `NEXT_UNITS` more, so `organisation` alone does not open the gate
 * for `Organisation du traité…` but `organisation du t` does.
 */
function foldedKey(form: string): string {
  let out = '';
  let units = 0;
  let limit = FIRST_WORD_UNITS;
  for (let i = 0; i < form.length && units < limit; i++) {
    const c = form.charCodeAt(i);
    const k = charClass(c);
    if (k === IGNORE || (k === SPACE && (out === '' || out.endsWith(' ')))) continue;
    if (k === SPACE && limit === FIRST_WORD_UNITS) limit = units + NEXT_UNITS;
    // A capital stays: the matcher never takes a capitalised alias from a lowercase word.
    const f = String.fromCharCode(foldUnit(c));
    const upper = f.toUpperCase();
    out += out === '' && k & UPPER && upper.length === 1 ? upper : f;
    if (k !== SPACE) units++;
  }
  return out.trimEnd();
}

/** The exact start of a form: its first word, at most `FIRST_WORD_UNITS` units. */
function exactKey(form: string): string {
  let i = 0;
  while (i < form.length && i < FIRST_WORD_UNITS && charClass(form.charCodeAt(i)) & WORD) i++;
  return form.slice(0, Math.max(i, 1));
}

export function buildPrefilter(data: MatcherData): GateSource {
  const folded = new Set<string>();
  const exact = new Set<string>();
  for (const e of data.entities) {
    if (!e.trigger) continue;
    for (const packed of e.aliases) {
      const a = unpackAlias(packed);
      // Every inflected form starts with its stem, so the stem's key covers them all.
      if (a.exact) exact.add(exactKey(a.text));
      else folded.add(foldedKey(a.text));
    }
  }
  // The page looks characters up only for a key's first two units (gate.ts); the rest it folds.
  const units = new Set([...folded].flatMap((k) => [...k.toLowerCase().slice(0, 2).trim()]));
  const classes = [...units]
    .sort()
    .map((u) => u + variants(u.charCodeAt(0)))
    .filter((line) => line.length > 1);
  return { keys: [...folded].join('\n'), exact: [...exact], classes: classes.join('\n') };
}
