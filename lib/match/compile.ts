/**
 * `MatcherData` → `Matcher`, once per page that passes the gate: unpack aliases, expand
 * paradigms, fill the trie, compile the evidence rules.
 */
import { unpackAlias, expandStem } from './alias';
import { charClass, UPPER } from './fold';
import { compileRules, type Rules } from './rules';
import { Trie } from './trie';
import type { MatcherData } from './types';

export interface CompiledEntity {
  id: string;
  trigger: boolean;
  rules: Rules;
}

/** The runtime structure built from `MatcherData`; treat it as opaque. */
export interface Matcher {
  readonly data: MatcherData;
  readonly trie: Trie;
  readonly entities: CompiledEntity[];
  /** The `mightTrigger` gate; undefined when the data carries none (always scan). */
  readonly gate?: RegExp;
}

export function compileMatcher(data: MatcherData): Matcher {
  const trie = new Trie();
  const entities: CompiledEntity[] = [];
  data.entities.forEach((e, entity) => {
    entities.push({ id: e.id, trigger: e.trigger === true, rules: compileRules(e.disambiguation) });
    for (const packed of e.aliases) {
      const a = unpackAlias(packed);
      const endings = a.paradigm === undefined ? undefined : data.paradigms[a.paradigm];
      const capital = (charClass(a.text.charCodeAt(0)) & UPPER) !== 0;
      for (const form of expandStem(a.text, endings)) {
        trie.add(form, a.exact, { entity, ambiguous: a.ambiguous, capital, cue: false });
      }
    }
    for (const word of e.disambiguation?.evidenceNearby ?? []) {
      trie.add(word, false, { entity, ambiguous: false, capital: false, cue: true });
    }
  });
  const gate = data.prefilter ? new RegExp(data.prefilter, 'i') : undefined;
  return { data, trie, entities, gate };
}

/**
 * True whenever `findMentions` could find a trigger in `text` (raw text, script and style
 * included): the regular expression only looks for short keys of the trigger aliases.
 */
export function mightTrigger(text: string, matcher: Matcher): boolean {
  return matcher.gate ? matcher.gate.test(text) : true;
}
