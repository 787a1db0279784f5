/**
 * Seeds → `MatcherData` (build time, Node) and the packed alias strings both ways.
 * See `MatcherEntity` for the packing: `=` exact case, `?` ambiguous, `stem|paradigm`.
 */
import type { Alias, Disambiguation, EntitySeed, Paradigms } from '../corpus/schema';
import { expandStem, packAlias, type ParsedAlias } from './alias';
import { CLASS, charClass, foldText, foldUnit } from './fold';
import { buildPrefilter, type GateSource } from './prefilter-source';
import { gateSource } from './gate';
import type { MatcherData, MatcherEntity } from './types';

function unknownParadigm(entity: string, alias: string, paradigm: string): Error {
  return new Error(
    `lib/match: entity "${entity}", alias "${alias}": unknown paradigm "${paradigm}" ` +
      `(not in seeds/paradigms.json)`,
  );
}

/** Every written form of one seed alias (stem + paradigm endings, then extra forms). */
export function aliasForms(alias: Alias, paradigms: Paradigms): string[] {
  const endings = alias.paradigm === undefined ? undefined : paradigms[alias.paradigm];
  if (alias.paradigm !== undefined && !endings) {
    throw unknownParadigm('?', alias.text, alias.paradigm);
  }
  return [...new Set([...expandStem(alias.text, endings), ...(alias.forms ?? [])])];
}

/** Folded words of a rule phrase (`Deputy Secretary` → `deputy`, `secretary`). */
function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  let w = '';
  for (let i = 0; i <= phrase.length; i++) {
    const c = i < phrase.length ? phrase.charCodeAt(i) : 0x20;
    const k = charClass(c);
    if (k & CLASS.WORD) w += String.fromCharCode(foldUnit(c));
    else if (k !== CLASS.IGNORE && w) {
      words.push(w);
      w = '';
    }
  }
  return words;
}

function normaliseSpaces(s: string): string {
  return s.trim().replace(/\s+/gu, ' ');
}

/**
 * Rules as the matcher compares them, so equal ones ship once and the page does no folding:
 * word lists folded to their words, joined by one space (`Ms.` and `Ms` are both `ms`;
 * rules.ts splits them), nearby phrases folded but kept whole (they are matched like aliases,
 * punctuation included).
 */
function compactRules(d: Disambiguation | undefined): Disambiguation | undefined {
  if (!d) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) {
    if (!Array.isArray(v)) {
      if (v !== undefined) out[k] = v;
      continue;
    }
    const fold = (p: string) =>
      k === 'nearbyOneOf'
        ? p
        : k === 'evidenceNearby'
          ? normaliseSpaces(foldText(p))
          : phraseWords(p).join(' ');
    const list = [...new Set((v as string[]).map(fold))].filter((p) => p.length > 0);
    if (list.length > 0) out[k] = list;
  }
  return Object.keys(out).length > 0 ? (out as Disambiguation) : undefined;
}

function packEntity(e: EntitySeed, paradigms: Paradigms, used: Set<string>): MatcherEntity {
  const packed = new Set<string>();
  const seen = new Set<string>();
  const add = (a: ParsedAlias) => {
    const key = (a.exact ? a.text : foldText(a.text)) + '|' + (a.paradigm ?? '');
    if (a.text.length === 0 || seen.has(key)) return;
    seen.add(key);
    packed.add(packAlias(a));
  };
  for (const alias of e.aliases) {
    const exact = alias.case === 'exact';
    const ambiguous = alias.ambiguous === true;
    const guarded = alias.guarded === true;
    if (alias.paradigm !== undefined) {
      if (!paradigms[alias.paradigm]) throw unknownParadigm(e.id, alias.text, alias.paradigm);
      used.add(alias.paradigm);
    }
    const text = normaliseSpaces(alias.text);
    add({ text, paradigm: alias.paradigm, exact, ambiguous, guarded });
    for (const form of alias.forms ?? []) {
      add({ text: normaliseSpaces(form), exact, ambiguous, guarded });
    }
  }
  const out: MatcherEntity = { id: e.id, type: e.type, aliases: [...packed] };
  if (e.trigger) out.trigger = true;
  const rules = compactRules(e.disambiguation);
  if (rules) out.disambiguation = rules;
  return out;
}

/** Compiles seeds into the compact JSON shipped to the content script. */
export function buildMatcherData(entities: EntitySeed[], paradigms: Paradigms): MatcherData {
  const used = new Set<string>();
  const packed = entities.map((e) => packEntity(e, paradigms, used));
  const usedParadigms: Record<string, string[]> = {};
  for (const id of [...used].sort()) usedParadigms[id] = paradigms[id]!;
  const data: MatcherData = { entities: packed, paradigms: usedParadigms, prefilter: '' };
  const source = (keys: GateSource, lookahead: boolean) =>
    keys.keys || keys.exact.length
      ? gateSource(keys.keys, keys.exact, keys.classes, lookahead)
      : '';
  data.prefilter = source(buildPrefilter(data), false);
  data.candidates = source(buildPrefilter(data, true), true);
  return data;
}
