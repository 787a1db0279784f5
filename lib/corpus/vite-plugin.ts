/**
 * Builds the corpus bundle from seeds/ whenever a build or test starts, and serves it as
 * virtual modules: `virtual:geneva-corpus` (whole bundle) and `virtual:geneva-gate` (what the
 * content script ships: the trigger gate and entity types, lib/match/gate-only.ts). Seeds are watched, so adding one rebuilds.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildCorpus } from './build';
import { readSeedFiles } from './seed-files';
import type { CorpusBundle } from './bundle';
import { gateOnly } from '../match/gate-only';

const CORPUS = 'virtual:geneva-corpus';
const GATE = 'virtual:geneva-gate';

export function corpusPlugin(seedsDir = resolve(import.meta.dirname, '../../seeds')): Plugin {
  let bundle: CorpusBundle | undefined;
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
  return {
    name: 'geneva-corpus',
    resolveId(id) {
      return id === CORPUS || id === GATE ? '\0' + id : undefined;
    },
    load(id) {
      if (id === '\0' + CORPUS) {
        this.addWatchFile(seedsDir);
        return `export default ${JSON.stringify(load())};`;
      }
      if (id === '\0' + GATE) return `export default ${JSON.stringify(gateOnly(load().matcher))};`;
      return undefined;
    },
    watchChange(id) {
      if (id.startsWith(seedsDir)) bundle = undefined;
    },
  };
}
