/**
 * Comparing a gate key with the text at one place, as the matcher reads text (walk.ts):
 * through the fold tables, ignorables skipped, whitespace runs and middle initials as one gap.
 */
import { CLASS, fillUnit, unitTables } from './fold';

const { IGNORE, SPACE, UPPER } = CLASS;
const { classes, folded } = unitTables;

/**
 * The folded key `key` starts at `at`, read as the matcher reads: ignorables skipped, a space
 * for any whitespace run, and after it the middle initials the alias lacks (`Wendy R. Sherman`;
 * an alias that spells an initial, `Sergei A. Ryabkov`, is tried as written first).
 */
export function foldedAt(text: string, key: string, at: number, from = 0): boolean {
  const n = text.length;
  let j = at;
  for (let u = from; u < key.length; u++) {
    const want = key.charCodeAt(u);
    const k = j < n ? cls(text.charCodeAt(j)) : 0;
    // The matcher also reads a hyphen of an alias as a space of the text.
    if (want === 0x20 || (want === 0x2d && k === SPACE)) {
      if (k !== SPACE) return false;
      j = afterSpaces(text, j);
      if (foldedAt(text, key, j, u + 1)) return true;
      const skipped = afterInitials(text, j);
      return skipped !== j && foldedAt(text, key, skipped, u + 1);
    }
    while (j < n && cls(text.charCodeAt(j)) === IGNORE) j++;
    if (j >= n || folded[text.charCodeAt(j)] !== want) return false;
    j++;
  }
  return true;
}

function afterSpaces(text: string, j: number): number {
  while (
    j < text.length &&
    (cls(text.charCodeAt(j)) === SPACE || cls(text.charCodeAt(j)) === IGNORE)
  )
    j++;
  return j;
}

function afterInitials(text: string, j: number): number {
  while (
    cls(text.charCodeAt(j)) & UPPER &&
    text.charCodeAt(j + 1) === 0x2e &&
    cls(text.charCodeAt(j + 2)) === SPACE
  ) {
    j = afterSpaces(text, j + 2);
  }
  return j;
}

function cls(c: number): number {
  if (classes[c] === 0) fillUnit(c);
  return classes[c]!;
}

/** `text.startsWith(key, at)`, which V8 makes slow on long strings (measured: 8× the loop). */
export function startsAt(text: string, key: string, at: number): boolean {
  for (let j = 0; j < key.length; j++)
    if (text.charCodeAt(at + j) !== key.charCodeAt(j)) return false;
  return true;
}
