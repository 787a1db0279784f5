/**
 * What the content script ships: the trigger gate and each entity's id and type, without the
 * aliases and evidence rules (about 20 kB of the 60 kB budget). The page asks the background
 * for the full `MatcherData` only once the gate opens, so a page without a trigger never
 * parses or compiles it.
 */
import type { MatcherData } from './types';

export function gateOnly(data: MatcherData): MatcherData {
  return {
    prefilter: data.prefilter,
    entities: data.entities.map(({ id, type, trigger }) => ({
      id,
      type,
      ...(trigger ? { trigger } : {}),
      aliases: [],
    })),
    paradigms: {},
  };
}
