/**
 * Packed alias strings (see `MatcherEntity`): `=` exact case, `?` ambiguous, `!` guarded,
 * `stem|paradigm`.
 * Packing keeps the JSON shipped to every page small; the compiler unpacks once per page.
 */
export interface ParsedAlias {
  text: string;
  paradigm?: string;
  exact: boolean;
  ambiguous: boolean;
  /** Ruled out by the entity's counter-evidence, though it needs no evidence (schema.ts). */
  guarded: boolean;
}

export function packAlias(a: ParsedAlias): string {
  return (
    (a.exact ? '=' : '') +
    (a.ambiguous ? '?' : a.guarded ? '!' : '') +
    a.text +
    (a.paradigm ? '|' + a.paradigm : '')
  );
}

export function unpackAlias(packed: string): ParsedAlias {
  let i = 0;
  const exact = packed[i] === '=';
  if (exact) i++;
  const ambiguous = packed[i] === '?';
  const guarded = packed[i] === '!';
  if (ambiguous || guarded) i++;
  const bar = packed.lastIndexOf('|');
  if (bar > i) {
    const paradigm = packed.slice(bar + 1);
    return { text: packed.slice(i, bar), paradigm, exact, ambiguous, guarded };
  }
  return { text: packed.slice(i), exact, ambiguous, guarded };
}

/** Stem + each ending (`""` keeps the stem itself), deduplicated, in paradigm order. */
export function expandStem(stem: string, endings: readonly string[] | undefined): string[] {
  if (!endings) return [stem];
  return [...new Set(endings.map((e) => stem + e))];
}
