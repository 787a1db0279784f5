/**
 * Evidence rules for ambiguous and guarded aliases (the `Disambiguation` seed schema), compiled
 * once and judged per hit. Words naming another of the name, then counter words, then another
 * first name rule a hit out; otherwise any evidence counts.
 */
import type { Disambiguation } from '../corpus/schema';
import { capitalisedBefore, foldedName, wordsAfter, wordsBefore } from './context';

export interface Rules {
  evidenceBefore: string[][];
  evidenceAfter: string[][];
  counterBefore: string[][];
  counterAfter: string[][];
  /** Counter words that also name someone or somewhere else: the page doubts the rest. */
  othersBefore: string[][];
  othersAfter: string[][];
  /** The written forms the counters apply to (`counterForms`); undefined: all. */
  counterForms?: Set<string>;
  firstNames?: Set<string>;
  minNearbyEntities?: number;
  /** One of the neighbours must be one of these (`nearbyOneOf`); undefined: any. */
  nearbyOneOf?: Set<string>;
  /** Another of the name on the page can doubt the entity (`firstNames`, `others…`). */
  doubtable: boolean;
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
    othersBefore: phrases(d?.othersBefore),
    othersAfter: phrases(d?.othersAfter),
    nearby: (d?.evidenceNearby?.length ?? 0) > 0,
    doubtable: !!(d?.firstNames?.length || d?.othersBefore?.length || d?.othersAfter?.length),
    reachBefore: 0,
    reachAfter: 0,
  };
  if (d?.firstNames) r.firstNames = new Set(d.firstNames.flatMap(words));
  if (d?.counterForms) r.counterForms = new Set(d.counterForms);
  if (d?.minNearbyEntities) r.minNearbyEntities = d.minNearbyEntities;
  if (d?.nearbyOneOf) r.nearbyOneOf = new Set(d.nearbyOneOf);
  r.reachBefore = longest(r.evidenceBefore, r.counterBefore, r.othersBefore);
  r.reachAfter = longest(r.evidenceAfter, r.counterAfter, r.othersAfter);
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
 * Ruled out by a different first name right before (`Cindy Sherman`) or by words naming
 * another of the name (`othersBefore`/`othersAfter`: `Geneva, Ill.`): someone or somewhere else
 * of that name is on the page, which makes the bare name doubtful everywhere on it (find.ts).
 */
export const OTHER_NAME = 3;
/**
 * Confirmed by words right after the name (`evidenceAfter`: `Geneva, Switzerland`), which set
 * it apart from the others of its name: it holds where the page names another (`Geneva,
 * Ill.`), where a title does not ("Ms. Sherman" may be Cindy as well as Wendy).
 */
export const SET_APART = 4;
export type Verdict =
  typeof CONFIRMED | typeof COUNTERED | typeof UNDECIDED | typeof OTHER_NAME | typeof SET_APART;

/** Whether the verdict confirms the entity (where nothing doubts it, for CONFIRMED). */
export const confirms = (v: Verdict): boolean => v === CONFIRMED || v === SET_APART;

export interface HitContext {
  text: string;
  start: number;
  end: number;
  /** The entity is page-wide evidence (MatchSession.confident). */
  onPage: boolean;
  /** Another name ends right before it (`in Geneva Sherman said`): that is no first name. */
  afterName: boolean;
  /**
   * The block holds other names than this one: the first word of a headline in title case is
   * then no first name ("Envoys Sherman And Ryabkov Meet", not "Cindy Sherman Opens Retrospective").
   */
  amongNames: boolean;
  /**
   * One of the entity's `evidenceNearby` words is in the same block. Asked last, only when
   * nothing else decided: finding out takes a pass over the block (scan.ts `scanCues`).
   */
  nearby: () => boolean;
}

/**
 * A guarded hit (schema.ts): COUNTERED where counter words stand right around it, OTHER_NAME
 * where they name another of the name or another first name stands before it (`Dmitry
 * Ryabkov`: find.ts then doubts the page's other bare mentions), undefined where it stands.
 */
export function guardVerdict(
  rules: Rules,
  text: string,
  start: number,
  end: number,
  afterName: boolean,
): Verdict | undefined {
  const { counterBefore, counterAfter, othersBefore, othersAfter, firstNames } = rules;
  const words = counterBefore.length + counterAfter.length + othersBefore.length;
  if (words + othersAfter.length === 0 && !firstNames) return undefined;
  const before = wordsBefore(text, start, rules.reachBefore);
  // Mid-sentence only: a name that needs no evidence must not fall to the noun that opens a
  // sentence ("Ummæli Rjabkov…"); another Ryabkov there is missed instead.
  if (firstNames && !afterName && !endsWith(before, rules.evidenceBefore)) {
    const name = capitalisedBefore(text, start, end, true);
    if (name !== undefined && !firstNames.has(name)) return OTHER_NAME;
  }
  if (!countersApply(rules, text, start, end)) return undefined;
  const after = wordsAfter(text, end, rules.reachAfter);
  if (others(rules, before, after)) return OTHER_NAME;
  return counters(rules, before, after) ? COUNTERED : undefined;
}

/** Whether the counter words are for the name as written here (`counterForms`). */
function countersApply(rules: Rules, text: string, start: number, end: number): boolean {
  return !rules.counterForms || rules.counterForms.has(foldedName(text, start, end));
}

function counters(rules: Rules, before: string[], after: string[]): boolean {
  return endsWith(before, rules.counterBefore) || startsWith(after, rules.counterAfter);
}

function others(rules: Rules, before: string[], after: string[]): boolean {
  return endsWith(before, rules.othersBefore) || startsWith(after, rules.othersAfter);
}

export function judge(rules: Rules, h: HitContext): Verdict {
  const before = wordsBefore(h.text, h.start, rules.reachBefore);
  const after = wordsAfter(h.text, h.end, rules.reachAfter);
  const apply = countersApply(rules, h.text, h.start, h.end);
  if (apply && others(rules, before, after)) return OTHER_NAME;
  // Counter words first: "Fort Sherman" and "Israeli Sherman tanks" are not another person.
  if (apply && counters(rules, before, after)) return COUNTERED;
  const titled = endsWith(before, rules.evidenceBefore);
  if (rules.firstNames && !titled && !h.afterName) {
    const name = capitalisedBefore(h.text, h.start, h.end, false, !h.amongNames);
    if (name !== undefined && !rules.firstNames.has(name)) return OTHER_NAME;
  }
  if (startsWith(after, rules.evidenceAfter)) return SET_APART;
  if (titled || h.onPage || h.nearby()) return CONFIRMED;
  return UNDECIDED;
}
