/**
 * The `mightTrigger` gate in the page: regular expressions assembled from the compact keys of
 * prefilter-source.ts. A case-sensitive expression scans the text for the first units of the
 * keys, capitals where the name has one (so `she`, `gen`, `ser` in running text never stop
 * it); where one starts a word, the whole key is tried at that place.
 */
const SCAN_UNITS = 3;
/** A whitespace run, with the middle initials the matcher skips (`Wendy R. Sherman`). */
const GAP = '\\s+(?:\\S\\.\\s+)*';
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
const NEVER = '[^\\s\\S]';

export interface Gate {
  /** Flags `g`: (1) start of a folded key, (2) an exact key, else an ignorable. */
  scan: RegExp;
  /** Flags `iy`: a whole folded key, tried where group 1 matched. */
  full: RegExp;
}

function escape(ch: string): string {
  return /[\p{L}\p{N}]/u.test(ch) ? ch : '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
}

/** The folded unit `ch` and its variants in both cases (or capitals only, for a first unit). */
function unitClass(ch: string, classes: Map<string, string>, capitalOnly: boolean): string {
  const set = new Set<string>();
  for (const c of classes.get(ch) ?? ch) {
    for (const v of [c, c.toUpperCase(), c.toLowerCase()]) {
      if (v.length === 1 && !(capitalOnly && v.toUpperCase() !== v)) set.add(v);
    }
  }
  return `[${[...set].map(escape).join('')}]`;
}

/** The first `units` of a key; case-insensitive units unless `cased` (for the scan). */
function pattern(key: string, units: number, classes: Map<string, string>, cased: boolean): string {
  let out = '';
  let n = 0;
  const capital = key[0] !== key[0]!.toLowerCase();
  for (const ch of key.toLowerCase()) {
    if (ch === ' ') {
      out += GAP;
      continue;
    }
    if (n++ === units) break;
    if (cased) out += unitClass(ch, classes, capital && n === 1);
    else out += `[${[...(classes.get(ch) ?? ch)].map(escape).join('')}]`;
  }
  return out;
}

const alternatives = (list: string[]): string => (list.length > 0 ? list.join('|') : NEVER);

export function compileGate(keys: string, exact: string[], classLines: string): Gate {
  const classes = new Map<string, string>();
  for (const line of classLines ? classLines.split('\n') : []) classes.set(line[0]!, line);
  const list = keys ? keys.split('\n') : [];
  const starts = [...new Set(list.map((k) => pattern(k, SCAN_UNITS, classes, true)))];
  const wholes = list.map((k) => pattern(k, Infinity, classes, false));
  const exactAlts = exact.map((k) => [...k].map(escape).join(''));
  return {
    scan: new RegExp(`(${alternatives(starts)})|(${alternatives(exactAlts)})|${IGNORABLES}`, 'g'),
    full: new RegExp(`(?:${alternatives(wholes)})`, 'iy'),
  };
}

/** The text around an ignorable at `at`, without ignorables, for a second look. */
function withoutIgnorables(text: string, at: number): string {
  let from = at;
  const first = Math.max(0, at - MAX_WINDOW);
  for (let units = 0; from > first && units < REACH; from--) {
    if (!IGNORABLE_OR_SPACE.test(text[from - 1]!)) units++;
  }
  let to = at;
  const last = Math.min(text.length, at + MAX_WINDOW);
  for (let units = 0; to < last && units < REACH; to++) {
    if (!IGNORABLE_OR_SPACE.test(text[to]!)) units++;
  }
  return text.slice(from, to).replace(IGNORABLE, '');
}

const IGNORABLE_OR_SPACE = new RegExp(IGNORABLES.slice(0, -1) + '\\s]');

function isAsciiWord(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
  );
}

/**
 * Drops key starts inside a word (`ASENATOR` holds `NATO`: a mention only starts after a
 * non-letter) and folded keys that do not go on as the whole key; anything else opens it.
 */
export function gateOpens(gate: Gate, text: string, probe = true): boolean {
  const { scan, full } = gate;
  let probes = 0;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const folded = m[1] !== undefined;
    if (!folded && m[2] === undefined) {
      if (probe && ++probes > MAX_PROBES) return true;
      const at = m.index;
      if (probe && gateOpens(gate, withoutIgnorables(text, at), false)) return true;
      scan.lastIndex = at + 1;
      continue;
    }
    if (m.index === 0 || !isAsciiWord(text.charCodeAt(m.index - 1))) {
      if (!folded) return true;
      full.lastIndex = m.index;
      if (full.test(text)) return true;
    }
    scan.lastIndex = m.index + 1;
  }
  return false;
}
