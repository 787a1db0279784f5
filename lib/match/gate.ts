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
export const IGNORABLE = /[\u0300-\u0344\u0346-\u036f\u00ad\u200b-\u200d\u2060]/;
const IGNORABLES = new RegExp(IGNORABLE.source, 'g');
/** How many middle initials the matcher skips after a space (`Sergei A. B. C. Ryabkov`). */
export const MAX_INITIALS = 3;
/**
 * A run of whitespace as the matcher reads it, then up to as many middle initials (`R. `, `R `) as
 * the matcher skips (walk.ts). JavaScript's `\s` is every space the matcher knows (Unicode
 * Zs, the line terminators, U+FEFF). The bound is what keeps the gate linear: with `*`, a page
 * of `Wendy R. R. R. …` made V8 backtrack quadratically (512 kB took 72 s).
 */
const GAP = '\\s+';
const GAP_AND_INITIALS = `${GAP}(?:\\S\\.?${GAP}){0,${MAX_INITIALS}}`;
/** What the matcher reads as a key's hyphen or apostrophe (fold.ts, HYPHEN and APOSTROPHE). */
const HYPHENS = '[\\-\\u2010-\\u2013]';
const APOSTROPHES = "['\\u2019\\u02bc]";
/**
 * A key starts only at a word start (`ASENATOR` holds `NATO`). In the gate it is checked after
 * the first unit, not before it, so V8 can still skip ahead to the units a key may start with.
 */
const WORD_START = '(?<![A-Za-z0-9_].)';
/** The same test in front of a whole expression: most positions of a text are inside words. */
const AT_WORD_START = '(?<![A-Za-z0-9_])';

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

interface KeyTokens {
  tokens: string[];
  /** Every unit the key may start with; empty if its start is not a plain unit. */
  first: string[];
}

/** The pieces of the regular expression that read one key, unit by unit. */
function keyTokens(key: string, classes: Map<string, string>): KeyTokens {
  const lower = key.toLowerCase();
  // A capital first letter: the matcher never takes this name from a lowercase word.
  const capital = key[0] !== lower[0];
  const tokens: string[] = [];
  let first: string[] = [];
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    let token: string;
    if (ch === ' ') token = GAP_AND_INITIALS;
    else if (ch === '-') token = `(?:${HYPHENS}|${GAP_AND_INITIALS})`;
    else if (ch === "'") token = APOSTROPHES;
    // An initial's period may be left out (walk.ts `endsInitial`): `Sergei A Ryabkov`.
    else if (ch === '.') token = '\\.?';
    else {
      const vs = variants(ch, classes).filter((v) => i > 0 || !capital || v.toUpperCase() === v);
      if (i === 0) first = vs;
      token = vs.length === 1 ? escape(vs[0]!) : `[${vs.map(escape).join('')}]`;
    }
    tokens.push(token);
  }
  return { tokens, first };
}

const exactTokens = (key: string): KeyTokens => ({
  tokens: [...key].map(escape),
  first: key ? [key[0]!] : [],
});

interface TokenTrie {
  end: boolean;
  next: Map<string, TokenTrie>;
}

/**
 * The keys as one trie of alternatives (`[gG](?:[eE](?:…)|…)`): V8 backtracks through a flat
 * list of hundreds of alternatives at every position, but through a trie only as deep as the
 * text agrees with some key. A key that ends where a longer one goes on ends the branch: any
 * match at that position is enough.
 */
function trieSource(keys: string[][]): string {
  const root: TokenTrie = { end: false, next: new Map() };
  for (const tokens of keys) {
    let node = root;
    for (const token of tokens) {
      if (node.end) break;
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
    node.next.clear();
  }
  const emit = (node: TokenTrie): string => {
    const alts = [...node.next].map(([token, child]) => token + emit(child));
    return alts.length <= 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
  };
  return [...root.next].map(([token, child]) => token + emit(child)).join('|');
}

/**
 * Build time: the source of the gate's (or the candidate finder's) regular expression. With
 * `lookahead` it opens with the word-start test and a lookahead for the one class of every
 * unit a key may start with. For the candidate finder's hundreds of keys V8 then rejects a
 * position inside a word, or one no key starts with, before it tries the trie's sixty-odd
 * first branches in turn (about 3× faster in Chromium than plain on gen-2mb's 1.8 M characters);
 * for the gate's few keys V8 skips ahead better on its own (the lookahead made it slower).
 */
export function gateSource(
  keys: string,
  exact: readonly string[],
  classLines: string,
  lookahead = false,
): string {
  const classes = new Map<string, string>();
  for (const line of classLines ? classLines.split('\n') : []) classes.set(line[0]!, line);
  const all = [
    ...(keys ? keys.split('\n') : []).map((k) => keyTokens(k, classes)),
    ...exact.map(exactTokens),
  ];
  if (lookahead && all.every((k) => k.first.length > 0)) {
    const first = [...new Set(all.flatMap((k) => k.first))].sort();
    const trie = trieSource(all.map((k) => k.tokens));
    return `${AT_WORD_START}(?=[${first.map(escape).join('')}])(?:${trie})`;
  }
  return trieSource(all.map(({ tokens: [head = '', ...rest] }) => [head + WORD_START, ...rest]));
}

export function compileGate(source: string): Gate {
  return { re: new RegExp(source) };
}

export function gateOpens(gate: Gate, text: string): boolean {
  return gate.re.test(IGNORABLE.test(text) ? text.replace(IGNORABLES, '') : text);
}
