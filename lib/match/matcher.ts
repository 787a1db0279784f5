/**
 * The runnable matcher. It is built from `MatcherData` around a trie that `trieOf` supplies:
 * compile.ts builds one from the aliases, and `compileShipped` only unpacks the one the build
 * packed (the content script's case, which so carries no trie-building code).
 */
import { compileGate, gateOpens, type Gate } from './gate';
import type { Disambiguation } from '../corpus/schema';
import { compileRules, type Rules } from './rules';
import { unpackTrie, type Trie } from './trie';
import type { MatcherData } from './types';

export interface CompiledEntity {
  readonly id: string;
  readonly trigger: boolean;
  readonly rules: Rules;
}

/** Rules are compiled when an ambiguous hit of the entity is first judged: most never are. */
class LazyEntity implements CompiledEntity {
  private compiled?: Rules;

  constructor(
    readonly id: string,
    readonly trigger: boolean,
    private readonly disambiguation: Disambiguation | undefined,
  ) {}

  get rules(): Rules {
    return (this.compiled ??= compileRules(this.disambiguation));
  }
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

  constructor(
    readonly data: MatcherData,
    private readonly trieOf: (data: MatcherData) => Trie,
  ) {
    if (data.prefilter) this.gate = compileGate(data.prefilter);
  }

  /**
   * Builds the trie now, so the first scan finds it ready. The candidate expression is not run
   * here: V8 compiles it to native code on its first run over a long text (a page's), for that
   * text's encoding, so a warm-up on a short one-byte string only added a compile that
   * two-byte pages (curly quotes, dashes) never use: 1–2 ms in Chromium.
   */
  prepare(): this {
    void this.trie;
    void this.candidates;
    return this;
  }

  /** Where some alias may start (scan.ts); null: scan from every word start. */
  get candidates(): RegExp | null {
    if (this.candidateFinder === undefined) {
      this.candidateFinder = this.data.candidates ? new RegExp(this.data.candidates, 'g') : null;
    }
    return this.candidateFinder;
  }

  get trie(): Trie {
    return (this.built ??= this.build()).trie;
  }

  get entities(): CompiledEntity[] {
    return (this.built ??= this.build()).entities;
  }

  private build(): { trie: Trie; entities: CompiledEntity[] } {
    const entities = this.data.entities.map(
      (e) => new LazyEntity(e.id, e.trigger === true, e.disambiguation),
    );
    return { trie: this.trieOf(this.data), entities };
  }
}

/** The matcher of data that carries its packed trie (compile.ts `shippedMatcher`). */
export function compileShipped(data: MatcherData): Matcher {
  return new Matcher(data, (d) => {
    if (!d.trie) throw new Error('Geneva Lens: the matcher data has no packed trie');
    return unpackTrie(d.trie);
  });
}

/**
 * True whenever `findMentions` could find a trigger in `text` (raw text, script and style
 * included); cheap on a page without one (see gate.ts).
 */
export function mightTrigger(text: string, matcher: Matcher): boolean {
  return matcher.gate ? gateOpens(matcher.gate, text) : true;
}
