/**
 * The alias list every contender marks: all written forms of the real MatcherData, compiled
 * from seeds/ by the same build the extension ships. GL_BENCH_MATCHER=<file.json> benches
 * another MatcherData instead (for trying the bench before the seeds are complete).
 */
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../lib/corpus/build';
import { readSeedFiles } from '../../lib/corpus/seed-files';
import type { MatcherData } from '../../lib/match/types';
import type { PeerAlias } from './page/peers';

export function loadMatcherData(seedsDir: string): MatcherData {
  const override = process.env.GL_BENCH_MATCHER;
  return override
    ? (JSON.parse(readFileSync(override, 'utf8')) as MatcherData)
    : buildCorpus(readSeedFiles(seedsDir)).matcher;
}

/**
 * Unpacks the aliases as lib/match/types.ts documents them: `=` (exact case) and `?`
 * (ambiguous) prefixes dropped, `stem|paradigm` expanded with the paradigm's endings. The
 * peers get every form with no rules: they mark what ours would only mark with evidence.
 */
export function expandAliases(data: MatcherData): PeerAlias[] {
  const out = new Map<string, PeerAlias>();
  for (const entity of data.entities) {
    for (const packed of entity.aliases) {
      const [stem = '', paradigm] = packed.replace(/^=?\??/, '').split('|');
      const endings = paradigm === undefined ? [''] : data.paradigms[paradigm];
      if (!endings) throw new Error(`alias ${packed} of ${entity.id}: no paradigm ${paradigm}`);
      for (const ending of endings) {
        const form = stem + ending;
        if (form) out.set(`${form}\n${entity.id}`, { form, entity: entity.id });
      }
    }
  }
  if (out.size === 0) {
    throw new Error('The MatcherData has no aliases: nothing to bench (are seeds/entities in?).');
  }
  return [...out.values()];
}
