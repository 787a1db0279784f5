/**
 * Builds the source of the `mightTrigger` gate at build time: one case-insensitive regular
 * expression of short keys, one per trigger alias, each key a piece of the alias that every
 * matching text must contain. A folded key unit becomes the class of every character that
 * folds to it (`e` → `[eéèê…]`), so the gate can never miss what the matcher would find.
 * Matching skips soft hyphens and combining accents inside names, so their presence opens
 * the gate as well.
 */
import { charClass, foldUnit, IGNORE, UPPER, WORD } from './fold';
import { unpackAlias } from './alias';
import type { MatcherData } from './types';

const KEY_LENGTH = 5;
const IGNORABLES = '[\\u00ad\\u200b\\u2060\\u0300-\\u036f]';
const NEVER = '[^\\s\\S]';

/** The longest word of a form, cut to `KEY_LENGTH` units. */
function keyOf(form: string): string {
  let best = '';
  let word = '';
  for (let i = 0; i <= form.length; i++) {
    const c = i < form.length ? form.charCodeAt(i) : 0x20;
    const k = charClass(c);
    if (k & WORD) word += form[i];
    else if (k !== IGNORE) {
      if (word.length > best.length) best = word;
      word = '';
    }
  }
  return best.slice(0, KEY_LENGTH);
}

let inverse: Map<number, number[]> | undefined;

/** Every code unit grouped by what it folds to (computed once per build). */
function inverseFold(): Map<number, number[]> {
  if (inverse) return inverse;
  inverse = new Map();
  for (let c = 0; c < 0x10000; c++) {
    if (!(charClass(c) & WORD)) continue;
    const f = foldUnit(c);
    const list = inverse.get(f);
    if (list) list.push(c);
    else inverse.set(f, [c]);
  }
  return inverse;
}

/** Units of a class for a case-insensitive (`i`, non-unicode) pattern: drop plain case pairs. */
function classOf(unit: number): string {
  const members = inverseFold().get(unit) ?? [unit];
  const set = new Set(members);
  const kept = members.filter((c) => {
    if (!(charClass(c) & UPPER)) return true;
    const lower = String.fromCharCode(c).toLowerCase();
    return !(
      lower.length === 1 &&
      set.has(lower.charCodeAt(0)) &&
      lower.toUpperCase() === String.fromCharCode(c)
    );
  });
  const chars = kept.map((c) => String.fromCharCode(c)).join('');
  return kept.length === 1 ? chars : `[${chars}]`;
}

function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function pattern(key: string, exact: boolean): string {
  if (exact) return escapeLiteral(key);
  let out = '';
  for (let i = 0; i < key.length; i++) out += classOf(foldUnit(key.charCodeAt(i)));
  return out;
}

export function buildPrefilter(data: MatcherData): string {
  const patterns = new Set<string>();
  for (const e of data.entities) {
    if (!e.trigger) continue;
    for (const packed of e.aliases) {
      const a = unpackAlias(packed);
      // Every inflected form starts with its stem, so the stem's key covers them all.
      const key = keyOf(a.text);
      if (key.length > 0) patterns.add(pattern(key, a.exact));
    }
  }
  if (patterns.size === 0) return NEVER;
  return [...patterns, IGNORABLES].join('|');
}
