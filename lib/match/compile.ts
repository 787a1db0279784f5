/**
 * `MatcherData` → `Matcher`, once per page that passes the gate: unpack aliases, expand
 * paradigms, fill the trie, compile the evidence rules.
 */
import { unpackAlias, expandStem } from './alias';
import { CLASS, charClass } from './fold';
import { compileGate, gateOpens, type Gate } from './gate';
import { compileRules, type Rules } from './rules';
import { TRIE, TrieBuilder, packTrie, unpackTrie, type Trie } from './trie';

const { UPPER } = CLASS;
const { CUE_ROOT, EXACT_ROOT, FOLD_ROOT } = TRIE;
import type { MatcherData } from './types';

export interface CompiledEntity {
  id: string;
  trigger: boolean;
  rules: Rules;
}

/**
 * The runtime structure built from `MatcherData`; treat it as opaque. Only the gate is built
 * up front: a page without a trigger never pays for the trie.
 */
export class Matcher {
  /** The `mightTrigger` gate; undefined when the data carries none (always scan). */
  readonly gate?: Gate;
  private built?: { trie: Trie; entities: CompiledEntity[] };
  private candidateFinder?: RegExp | null;

  constructor(readonly data: MatcherData) {
    if (data.prefilter) this.gate = compileGate(data.prefilter);
  }

  /** Where some alias may start (scan.ts); null: scan from every word start. */
  get candidates(): RegExp | null {
    if (this.candidateFinder === undefined) {
      this.candidateFinder = this.data.candidates ? new RegExp(this.data.candidates, 'g') : null;
    }
    return this.candidateFinder;
  }

  get trie(): Trie {
    return (this.built ??= build(this.data)).trie;
  }

  get entities(): CompiledEntity[] {
    return (this.built ??= build(this.data)).entities;
  }
}

function build(data: MatcherData): { trie: Trie; entities: CompiledEntity[] } {
  const entities = data.entities.map((e) => ({
    id: e.id,
    trigger: e.trigger === true,
    rules: compileRules(e.disambiguation),
  }));
  return { trie: data.trie ? unpackTrie(data.trie) : buildTrie(data), entities };
}

/**
 * The data as the background sends it to the content script: the trie built here, at build
 * time, so the page only copies arrays instead of running 7–10 ms of cold trie building, and
 * without the aliases it was built from, which halves the message. The corpus bundle keeps
 * the plain data: its pages build the trie in about 1 ms and need no second copy.
 */
export function shippedMatcher(data: MatcherData): MatcherData {
  return {
    prefilter: data.prefilter,
    ...(data.candidates ? { candidates: data.candidates } : {}),
    trie: packTrie(buildTrie(data)),
    paradigms: {},
    entities: data.entities.map((e) => ({ ...e, aliases: [] })),
  };
}

/** The trie from the aliases (build time, and data written without a packed trie). */
export function buildTrie(data: MatcherData): Trie {
  const trie = new TrieBuilder();
  data.entities.forEach((e, entity) => {
    for (const packed of e.aliases) {
      const a = unpackAlias(packed);
      const endings = a.paradigm === undefined ? undefined : data.paradigms[a.paradigm];
      const capital = (charClass(a.text.charCodeAt(0)) & UPPER) !== 0;
      for (const form of expandStem(a.text, endings)) {
        trie.add(form, a.exact ? EXACT_ROOT : FOLD_ROOT, {
          entity,
          ambiguous: a.ambiguous,
          capital,
        });
      }
    }
    for (const word of e.disambiguation?.evidenceNearby ?? []) {
      trie.add(word, CUE_ROOT, { entity, ambiguous: false, capital: false });
    }
  });
  return trie.freeze();
}

export function compileMatcher(data: MatcherData): Matcher {
  return new Matcher(data);
}

/**
 * True whenever `findMentions` could find a trigger in `text` (raw text, script and style
 * included); cheap on a page without one (see gate.ts).
 */
export function mightTrigger(text: string, matcher: Matcher): boolean {
  return matcher.gate ? gateOpens(matcher.gate, text) : true;
}
