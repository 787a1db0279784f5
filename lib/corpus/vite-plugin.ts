/**
 * Builds the corpus bundle from seeds/ whenever a build or test starts, and serves it as
 * virtual modules: `virtual:geneva-corpus` (whole bundle), `virtual:geneva-gate` (what the
 * content script ships: the trigger gate and entity types, lib/match/gate-only.ts) and
 * `virtual:geneva-matcher` (what the background sends it once the gate opens, with the trie
 * built: lib/match/compile.ts `shippedMatcher`). Seeds are watched, so adding one rebuilds.
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

const SEEDS = resolve(import.meta.dirname, '../../seeds');

/** One build per seeds folder, shared by the plugin and the asset, until a seed changes. */
const built = new Map<string, CorpusBundle>();

function corpusOf(seedsDir: string): CorpusBundle {
  let bundle = built.get(seedsDir);
  if (!bundle) built.set(seedsDir, (bundle = buildCorpus(readSeedFiles(seedsDir))));
  return bundle;
}

export function corpusPlugin(seedsDir = SEEDS): Plugin {
  let reported = false;
  const load = (): CorpusBundle => {
    const bundle = corpusOf(seedsDir);
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
  const shipped = (): MatcherData & { id: string } => {
    const data = shippedMatcher(load().matcher);
    const id = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
    return { ...data, id };
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
      if (id.startsWith(seedsDir)) built.delete(seedsDir);
    },
  };
}
