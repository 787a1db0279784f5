/**
 * `MatcherData` → `Matcher` from the aliases: unpack them, expand paradigms, fill the trie
 * (the corpus build and the extension pages); and the data the content script gets, with
 * that trie built here and packed (`shippedMatcher`).
 */
import { unpackAlias, expandStem } from './alias';
import { CLASS, charClass } from './fold';
import { Matcher } from './matcher';
import { TRIE, TrieBuilder, packTrie, unpackTrie, type Trie } from './trie';
import type { MatcherData } from './types';

export { Matcher, mightTrigger, type CompiledEntity } from './matcher';

const { UPPER } = CLASS;
const { CUE_ROOT, EXACT_ROOT, FOLD_ROOT } = TRIE;

/**
 * The data the content script gets once its gate opens (lib/browser/matcher-store.ts): the
 * trie built here, at build time, so the page only copies arrays instead of running 7–10 ms
 * of cold trie building; without the aliases it was built from, and without the gate, which
 * the content script ships itself. The corpus bundle keeps the plain data: its pages build
 * the trie in about 1 ms and need no second copy.
 */
export function shippedMatcher(data: MatcherData): MatcherData {
  return {
    prefilter: '',
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
          guarded: a.guarded,
          capital,
        });
      }
    }
    for (const word of e.disambiguation?.evidenceNearby ?? []) {
      trie.add(word, CUE_ROOT, { entity, ambiguous: false, guarded: false, capital: false });
    }
  });
  return trie.freeze();
}

export function compileMatcher(data: MatcherData): Matcher {
  return new Matcher(data, (d) => (d.trie ? unpackTrie(d.trie) : buildTrie(d)));
}
