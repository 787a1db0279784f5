/**
 * Evidence rules for ambiguous aliases (the `Disambiguation` seed schema), compiled once and
 * judged per hit. Counter-evidence next to a hit always wins; otherwise any evidence counts.
 */
import type { Disambiguation } from '../corpus/schema';
import { capitalisedBefore, foldedName, wordsAfter, wordsBefore } from './context';

export interface Rules {
  evidenceBefore: string[][];
  evidenceAfter: string[][];
  counterBefore: string[][];
  counterAfter: string[][];
  /** The written forms the counters apply to (`counterForms`); undefined: all. */
  counterForms?: Set<string>;
  firstNames?: Set<string>;
  minNearbyEntities?: number;
  /** The entity has `evidenceNearby` words (worth a cue pass over the block). */
  nearby: boolean;
  /** Longest phrase before / after, in words: how far to read around a hit. */
  reachBefore: number;
  reachAfter: number;
}

/**
 * The data's phrases are already folded words joined by one space (data.ts `compactRules`), so
 * the page only splits them: folding 580 phrases unit by unit, cold, cost 0.2–0.4 ms on every
 * page with an ambiguous name.
 */
const words = (phrase: string): string[] => phrase.split(' ');

const phrases = (list: string[] | undefined): string[][] => (list ?? []).map(words);

const longest = (...lists: string[][][]): number =>
  Math.max(0, ...lists.flat().map((p) => p.length));

export function compileRules(d: Disambiguation | undefined): Rules {
  const r: Rules = {
    evidenceBefore: phrases(d?.evidenceBefore),
    evidenceAfter: phrases(d?.evidenceAfter),
    counterBefore: phrases(d?.counterBefore),
    counterAfter: phrases(d?.counterAfter),
    nearby: (d?.evidenceNearby?.length ?? 0) > 0,
    reachBefore: 0,
    reachAfter: 0,
  };
  if (d?.firstNames) r.firstNames = new Set(d.firstNames.flatMap(words));
  if (d?.counterForms) r.counterForms = new Set(d.counterForms);
  if (d?.minNearbyEntities) r.minNearbyEntities = d.minNearbyEntities;
  r.reachBefore = longest(r.evidenceBefore, r.counterBefore);
  r.reachAfter = longest(r.evidenceAfter, r.counterAfter);
  return r;
}

/** `words` nearest first; a phrase before a hit is compared from its last word backwards. */
function endsWith(words: string[], list: string[][]): boolean {
  return list.some(
    (p) => p.length <= words.length && p.every((w, i) => words[p.length - 1 - i] === w),
  );
}

function startsWith(words: string[], list: string[][]): boolean {
  return list.some((p) => p.length <= words.length && p.every((w, i) => words[i] === w));
}

export const CONFIRMED = 0;
export const COUNTERED = 1;
/** Neither: the hit waits for page-level or nearby-entity evidence. */
export const UNDECIDED = 2;
/**
 * Countered by a different first name right before (`Cindy Sherman`): someone else of that
 * name is on the page, which makes the bare name doubtful everywhere on it (find.ts).
 */
export const OTHER_NAME = 3;
export type Verdict = typeof CONFIRMED | typeof COUNTERED | typeof UNDECIDED | typeof OTHER_NAME;

export interface HitContext {
  text: string;
  start: number;
  end: number;
  /** The entity is page-wide evidence (MatchSession.confident). */
  onPage: boolean;
  /**
   * One of the entity's `evidenceNearby` words is in the same block. Asked last, only when
   * nothing else decided: finding out takes a pass over the block (scan.ts `scanCues`).
   */
  nearby: () => boolean;
}

/**
 * Whether counter-evidence sits right around the hit: all a guarded alias is judged by
 * (schema.ts), and the first thing an ambiguous one is.
 */
export function countered(rules: Rules, text: string, start: number, end: number): boolean {
  if (rules.counterBefore.length + rules.counterAfter.length === 0) return false;
  if (!countersApply(rules, text, start, end)) return false;
  return counters(
    rules,
    wordsBefore(text, start, rules.reachBefore),
    wordsAfter(text, end, rules.reachAfter),
  );
}

/** Whether the counter words are for the name as written here (`counterForms`). */
function countersApply(rules: Rules, text: string, start: number, end: number): boolean {
  return !rules.counterForms || rules.counterForms.has(foldedName(text, start, end));
}

function counters(rules: Rules, before: string[], after: string[]): boolean {
  return endsWith(before, rules.counterBefore) || startsWith(after, rules.counterAfter);
}

export function judge(rules: Rules, h: HitContext): Verdict {
  const before = wordsBefore(h.text, h.start, rules.reachBefore);
  const after = wordsAfter(h.text, h.end, rules.reachAfter);
  if (countersApply(rules, h.text, h.start, h.end) && counters(rules, before, after)) {
    return COUNTERED;
  }
  const titled = endsWith(before, rules.evidenceBefore);
  if (rules.firstNames && !titled) {
    const name = capitalisedBefore(h.text, h.start, h.end);
    if (name !== undefined && !rules.firstNames.has(name)) return OTHER_NAME;
  }
  if (titled || startsWith(after, rules.evidenceAfter) || h.onPage || h.nearby()) return CONFIRMED;
  return UNDECIDED;
}
