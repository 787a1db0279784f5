/**
 * The `mightTrigger` gate: one regular expression whose source is written at build time
 * (`gateSource`, in Node) from the compact keys of prefilter-source.ts, with every fold variant
 * spelled out as a character class (no `i` or `u` flag: case-insensitive Unicode classes made
 * V8 compile for 15–20 ms). In the page it is only constructed and run: page code runs cold,
 * and both a character loop and building the source in JavaScript cost 1–5 ms on long pages
 * before the JIT woke up, where the regular expression runs as native code from the start.
 *
 * It opens wherever the matcher could read a key (a superset): at any position (a word start
 * is the matcher's business), across whitespace runs and middle initials, a hyphen of a key
 * as a space, ignorables stripped first.
 */

/** Characters the matcher skips inside names (soft hyphen, zero-width, combining marks). */
const IGNORABLE = /[\u0300-\u0344\u0346-\u036f\u00ad\u200b\u2060]/;
const IGNORABLES = new RegExp(IGNORABLE.source, 'g');
/** A run of whitespace as the matcher reads it, then any middle initials (`R. `). */
const GAP = '[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+';
const GAP_AND_INITIALS = `${GAP}(?:\\S\\.${GAP})*`;
/**
 * A key starts only at a word start (`ASENATOR` holds `NATO`). Checked after the first unit,
 * not before it, so V8 can still skip ahead to the units a key may start with.
 */
const WORD_START = '(?<![A-Za-z0-9_].)';

export interface Gate {
  re: RegExp;
}

const escape = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The folded unit `ch` and everything that folds to it, in both cases. */
function variants(ch: string, classes: Map<string, string>): string[] {
  const set = new Set<string>();
  for (const c of classes.get(ch) ?? ch) {
    for (const v of [c, c.toUpperCase(), c.toLowerCase()]) if (v.length === 1) set.add(v);
  }
  return [...set];
}

function keySource(key: string, classes: Map<string, string>): string {
  const lower = key.toLowerCase();
  // A capital first letter: the matcher never takes this name from a lowercase word.
  const capital = key[0] !== lower[0];
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    if (ch === ' ') out += GAP_AND_INITIALS;
    else if (ch === '-') out += `(?:-|${GAP_AND_INITIALS})`;
    else {
      const vs = variants(ch, classes).filter((v) => i > 0 || !capital || v.toUpperCase() === v);
      out += vs.length === 1 ? escape(vs[0]!) : `[${vs.map(escape).join('')}]`;
    }
    if (i === 0) out += WORD_START;
  }
  return out;
}

/** Build time: the source of the gate's regular expression. */
export function gateSource(keys: string, exact: readonly string[], classLines: string): string {
  const classes = new Map<string, string>();
  for (const line of classLines ? classLines.split('\n') : []) classes.set(line[0]!, line);
  const alternatives = [
    ...(keys ? keys.split('\n') : []).map((k) => keySource(k, classes)),
    ...exact.map((k) => [...k].map((ch, i) => escape(ch) + (i === 0 ? WORD_START : '')).join('')),
  ];
  return alternatives.join('|');
}

export function compileGate(source: string): Gate {
  return { re: new RegExp(source) };
}

export function gateOpens(gate: Gate, text: string): boolean {
  return gate.re.test(IGNORABLE.test(text) ? text.replace(IGNORABLES, '') : text);
}
