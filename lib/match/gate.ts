/**
 * The `mightTrigger` gate in the page, built from the compact keys of prefilter-source.ts.
 * One loop reads the text through two tables: which characters may start a key (capitals only
 * where the name has one, so `she`, `gen`, `ser` in running text cost nothing) and which may
 * come second. Only where both fit at a word start is the whole key compared, folded like the
 * matcher folds (no regular expression: a case-insensitive one of all keys took 15–20 ms just
 * to compile, on every page). Measured over the 68 saved real pages (tags stripped, script
 * text kept) on a loaded machine: median 0.12 ms, max 2.3 ms, against 0.28 ms and 7.9 ms for
 * one regular expression of all key starts.
 */
import { foldedAt, startsAt } from './gate-keys';

/** Characters the matcher skips inside names: around them the text is checked without them. */
const IGNORABLES = '[\\u0300-\\u0344\\u0346-\\u036f\\u00ad\\u200b\\u2060]';
const IGNORABLE = new RegExp(IGNORABLES, 'g');
/** Non-space units around an ignorable that may belong to the same key (16 + 3 + initials). */
const REACH = 28;
/** Characters of whitespace and ignorables a window may also take, each side. */
const MAX_WINDOW = 256;
/**
 * Ignorables looked at before the gate simply opens: a page full of them (decomposed text)
 * is scanned rather than probed window by window.
 */
const MAX_PROBES = 64;

/** `first[c]` bits. */
const FOLDED_START = 1;
const EXACT_START = 2;
const IGNORABLE_UNIT = 4;

export interface Gate {
  first: Uint8Array;
  /** Characters that may follow a key's first one (whitespace and ignorables included). */
  second: Uint8Array;
  /** Folded keys, lowercase, a space for any whitespace run. */
  keys: string[];
  exact: string[];
}

/** The folded unit `ch` and what folds to it, in both cases. */
function variants(ch: string, classes: Map<string, string>): string[] {
  const set = new Set<string>();
  for (const c of classes.get(ch) ?? ch) {
    for (const v of [c, c.toUpperCase(), c.toLowerCase()]) if (v.length === 1) set.add(v);
  }
  return [...set];
}

function mark(table: Uint8Array, chars: Iterable<string>, bit: number): void {
  for (const ch of chars) table[ch.charCodeAt(0)]! |= bit;
}

export function compileGate(keys: string, exact: string[], classLines: string): Gate {
  const classes = new Map<string, string>();
  for (const line of classLines ? classLines.split('\n') : []) classes.set(line[0]!, line);
  const first = new Uint8Array(0x10000);
  const second = new Uint8Array(0x10000);
  mark(first, ['\u00ad', '\u200b', '\u2060'], IGNORABLE_UNIT);
  for (let c = 0x300; c <= 0x36f; c++) if (c !== 0x345) first[c]! |= IGNORABLE_UNIT;
  mark(second, [' ', '\t', '\n', '\r', '\f', '\u00a0', '\u00ad', '\u200b', '\u2060'], 1);
  for (let c = 0x300; c <= 0x36f; c++) second[c] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) second[c] = 1;
  mark(second, ['\v', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'], 1);
  const folded: string[] = [];
  for (const key of keys ? keys.split('\n') : []) {
    const lower = key.toLowerCase();
    // A capital first letter: the matcher never takes this name from a lowercase word.
    const capital = key[0] !== lower[0];
    const starts = variants(lower[0]!, classes).filter((v) => !capital || v.toUpperCase() === v);
    mark(first, starts, FOLDED_START);
    mark(second, lower[1] === ' ' || !lower[1] ? [] : variants(lower[1], classes), 1);
    folded.push(lower);
  }
  for (const key of exact) {
    mark(first, [key[0]!], EXACT_START);
    mark(second, key[1] ? [key[1]] : [], 1);
  }
  return { first, second, keys: folded, exact };
}

/** Whitespace (as `\s`) or an ignorable: not a unit of a key. */
function skippable(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0xad ||
    (c >= 0x300 && c <= 0x36f && c !== 0x345) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    (c >= 0x2028 && c <= 0x2029) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The text around an ignorable at `at`, without ignorables, for a second look. */
function withoutIgnorables(text: string, at: number): string {
  let from = at;
  const start = Math.max(0, at - MAX_WINDOW);
  for (let units = 0; from > start && units < REACH; from--) {
    if (!skippable(text.charCodeAt(from - 1))) units++;
  }
  let to = at;
  const end = Math.min(text.length, at + MAX_WINDOW);
  for (let units = 0; to < end && units < REACH; to++) {
    if (!skippable(text.charCodeAt(to))) units++;
  }
  return text.slice(from, to).replace(IGNORABLE, '');
}

function isAsciiWord(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
  );
}

/**
 * A key starts only at a word start (`ASENATOR` holds `NATO`; a mention only starts after a
 * non-letter). Ignorables are probed: the text around them is checked without them.
 */
export function gateOpens(gate: Gate, text: string, probe = true): boolean {
  const { first, second, keys, exact } = gate;
  const n = text.length;
  let probes = 0;
  for (let i = 0; i < n; i++) {
    const bits = first[text.charCodeAt(i)]!;
    if (bits === 0) continue;
    if (bits & IGNORABLE_UNIT) {
      if (!probe) continue;
      if (++probes > MAX_PROBES) return true;
      if (gateOpens(gate, withoutIgnorables(text, i), false)) return true;
      continue;
    }
    if (i + 1 < n && second[text.charCodeAt(i + 1)] === 0) continue;
    if (i > 0 && isAsciiWord(text.charCodeAt(i - 1))) continue;
    if (bits & EXACT_START) for (const k of exact) if (startsAt(text, k, i)) return true;
    if (bits & FOLDED_START) for (const k of keys) if (foldedAt(text, k, i)) return true;
  }
  return false;
}
