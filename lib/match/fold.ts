/**
 * Per-UTF-16-unit folding and character classes. Every code unit folds to exactly one code
 * unit, so offsets in folded and original text are the same (no `İ` → `i̇`, no `ß` → `ss`).
 * Tables are filled lazily: a page only pays for the characters it contains.
 */

/** Character classes; `WORD` and `UPPER`/`LOWER` are bits, the rest are compared whole. */
export const CLASS = {
  OTHER: 1,
  SPACE: 2,
  HYPHEN: 3,
  APOSTROPHE: 4,
  /** Inside a word: skipped while matching, never a boundary (combining accents, soft hyphen). */
  IGNORE: 8,
  WORD: 16,
  /** With WORD: a lowercase letter (a name written with a capital may not match it). */
  LOWER: 32,
  /** With WORD: an uppercase or titlecase letter. */
  UPPER: 64,
} as const;

const { OTHER, SPACE, HYPHEN, APOSTROPHE, IGNORE, WORD, LOWER, UPPER } = CLASS;

const classes = new Uint8Array(0x10000);
const folded = new Uint16Array(0x10000);

/**
 * The raw tables, for hot loops: they read `classes[c]` directly and call `fillUnit(c)` when
 * it is 0 (not yet computed), instead of paying a call per character.
 */
export const unitTables = { classes, folded };

const LETTER = /\p{L}|\p{N}|_/u;
/**
 * Scripts written without spaces: a Latin name right beside them (`与NATO的`) is a word.
 * Exported only for the test that no unit below FIRST_UNSPACED is in them.
 */
export const UNSPACED = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;
/**
 * Where those scripts start (Hangul Jamo). Below it UNSPACED is not asked, so a page in Latin
 * or Cyrillic never compiles it: 0.4 ms on the first page of a new renderer.
 */
export const FIRST_UNSPACED = 0x1100;
const SPACES = /\s/u;

/**
 * Diacritics are stripped only in Latin-1, Latin Extended-A and Cyrillic, where an accent on a
 * name is a spelling variant (`Genève`/`Geneve`, `Рябков`/`Рябков` with `ё`); a short list also
 * keeps the trigger gate's character classes small. Letters that are letters in their own
 * right stay: `þ ð æ ø` do not decompose, and `й` is kept apart from `и`.
 */
function strippable(c: number): boolean {
  return (c >= 0xc0 && c <= 0x17f) || (c >= 0x400 && c <= 0x4ff);
}

const KEEP = new Set([0x439, 0x419]);

/**
 * ASCII without the Unicode regular expressions below: their compile and first runs cost
 * about 1.5 ms at script start, on every page, trigger or not (fold.test.ts pins this
 * shortcut to the general path).
 */
function asciiClass(c: number): number {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
  if (c === 0x2d) return HYPHEN;
  if (c === 0x27) return APOSTROPHE;
  if (c >= 0x41 && c <= 0x5a) return WORD | UPPER;
  if (c >= 0x61 && c <= 0x7a) return WORD | LOWER;
  return (c >= 0x30 && c <= 0x39) || c === 0x5f ? WORD : OTHER;
}

const asciiFold = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/** The general path for one unit: exported only for the test of the ASCII shortcut. */
export function computeFold(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  // `İ`.toLowerCase() is two units (i + dot above): take its base, the dot is an accent.
  let f = lower.length === 1 ? lower.charCodeAt(0) : c;
  if (lower.length === 2 && lower.charCodeAt(1) === 0x307) f = lower.charCodeAt(0);
  if (strippable(f) && !KEEP.has(f)) {
    const d = String.fromCharCode(f).normalize('NFD');
    if (d.length > 1 && /^.\p{Mn}+$/u.test(d)) f = d.charCodeAt(0);
  }
  return f;
}

/** The general path for one unit: exported only for the test of the ASCII shortcut. */
export function computeClass(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  // U+0345 is left out: it case-folds to a Greek iota, which would blur the trigger gate.
  // Soft hyphen, zero-width space, non-joiner and joiner, word joiner: invisible inside a name.
  if (
    (c >= 0x300 && c <= 0x36f && c !== 0x345) ||
    c === 0xad ||
    (c >= 0x200b && c <= 0x200d) ||
    c === 0x2060
  ) {
    return IGNORE;
  }
  const ch = String.fromCharCode(c);
  if (SPACES.test(ch)) return SPACE;
  if (c === 0x2d || (c >= 0x2010 && c <= 0x2013)) return HYPHEN;
  if (c === 0x27 || c === 0x2019 || c === 0x2bc) return APOSTROPHE;
  if (!LETTER.test(ch) || (c >= FIRST_UNSPACED && UNSPACED.test(ch))) return OTHER;
  const upper = ch.toUpperCase();
  const lower = ch.toLowerCase();
  if (lower !== ch) return WORD | UPPER;
  // `ß` counts as lowercase too: its uppercase is two letters (`SS`).
  return upper !== ch ? WORD | LOWER : WORD;
}

/** What every unit of these classes folds to, whatever it is. */
const FIXED_FOLD: Partial<Record<number, number>> = {
  [HYPHEN]: 0x2d,
  [APOSTROPHE]: 0x27,
  [SPACE]: 0x20,
};

export function fillUnit(c: number): void {
  const ascii = c < 0x80;
  const k = ascii ? asciiClass(c) : computeClass(c);
  classes[c] = k;
  folded[c] = FIXED_FOLD[k] ?? (ascii ? asciiFold(c) : computeFold(c));
}

for (let c = 0; c < 0x80; c++) fillUnit(c);

export function charClass(c: number): number {
  const k = classes[c]!;
  if (k !== 0) return k;
  fillUnit(c);
  return classes[c]!;
}

/** The folded code unit (case, accents in Latin/Cyrillic, dash and apostrophe variants). */
export function foldUnit(c: number): number {
  if (classes[c] === 0) fillUnit(c);
  return folded[c]!;
}

/** Folds a whole string unit by unit: same length, same offsets. */
export function foldText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}
