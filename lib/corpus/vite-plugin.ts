/**
 * Builds the corpus bundle from seeds/ whenever a build or test starts, and serves it as
 * virtual modules: `virtual:geneva-corpus` (whole bundle), `virtual:geneva-gate` (what the
 * content script ships: the trigger gate and entity types, lib/match/gate-only.ts) and
 * `virtual:geneva-matcher` (what the content script reads once its gate opens, with the trie
 * built: lib/match/compile.ts `shippedMatcher`, kept in storage by the background). Seeds are
 * watched, so adding one rebuilds.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildCorpus } from './build';
import { readSeedFiles } from './seed-files';
import type { CorpusBundle } from './bundle';
import { shippedMatcher } from '../match/compile';
import { gateOnly } from '../match/gate-only';
import type { MatcherData } from '../match/types';

const CORPUS = 'virtual:geneva-corpus';
const GATE = 'virtual:geneva-gate';
const MATCHER = 'virtual:geneva-matcher';

type ShippedMatcher = MatcherData & { id: string };

export function corpusPlugin(seedsDir = resolve(import.meta.dirname, '../../seeds')): Plugin {
  let bundle: CorpusBundle | undefined;
  let matcher: ShippedMatcher | undefined;
  let reported = false;
  const load = (): CorpusBundle => {
    bundle ??= buildCorpus(readSeedFiles(seedsDir));
    if (!reported) {
      reported = true;
      const s = bundle.summary;
      console.log(
        `corpus: ${s.articles} articles, ${s.entities} entities, ${s.mentions} mentions, ` +
          `${s.quotes} quotes, ${s.events} events, ${s.disagreements} disagreements`,
      );
    }
    return bundle;
  };
  /** The content script's matcher, with an id that changes whenever its contents do. */
  const shipped = (): ShippedMatcher => {
    if (matcher) return matcher;
    const data = shippedMatcher(load().matcher);
    const id = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
    return (matcher = { ...data, id });
  };
  return {
    name: 'geneva-corpus',
    resolveId(id) {
      return id === CORPUS || id === GATE || id === MATCHER ? '\0' + id : undefined;
    },
    load(id) {
      if (id === '\0' + CORPUS) {
        this.addWatchFile(seedsDir);
        return `export default ${JSON.stringify(load())};`;
      }
      if (id === '\0' + GATE) {
        const gate = { ...gateOnly(load().matcher), id: shipped().id };
        return `export default ${JSON.stringify(gate)};`;
      }
      if (id === '\0' + MATCHER) {
        // JSON.parse of a string literal parses faster than the same object as code.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(shipped()))});`;
      }
      return undefined;
    },
    watchChange(id) {
      if (id.startsWith(seedsDir)) bundle = matcher = undefined;
    },
  };
}
