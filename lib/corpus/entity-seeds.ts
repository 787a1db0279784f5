/**
 * seeds/entities → parsed entity seeds, with the checks the schema alone cannot make: the id is
 * the file name, paradigms and neighbours exist, a guarded alias has counter-evidence. Each
 * problem is a SeedError naming file, line and path.
 */
import * as s from './schema';
import type { SeedFile } from './seed-files';
import { parseSeed, seedProblem } from './parse-seeds';

export const idOf = (file: SeedFile) => file.path.replace(/^.*\//, '').replace(/\.(json|txt)$/, '');

export interface ParsedEntitySeed {
  file: SeedFile;
  seed: s.EntitySeed;
}

function guardProblem(a: s.Alias, d: s.Disambiguation | undefined): string | undefined {
  if (a.ambiguous) {
    return 'an alias is ambiguous or guarded, not both (ambiguous already heeds counter-evidence)';
  }
  const counters = [d?.counterBefore, d?.counterAfter, d?.othersBefore, d?.othersAfter];
  if (counters.some((list) => list?.length) || d?.firstNames?.length) return undefined;
  return 'a guarded alias needs counter-evidence: disambiguation.counterBefore, counterAfter, othersBefore, othersAfter or firstNames';
}

export function parseEntitySeeds(files: SeedFile[], paradigms: s.Paradigms): ParsedEntitySeed[] {
  const parsed = files.map((f) => {
    const e = parseSeed(f, s.EntitySeedSchema);
    if (e.id !== idOf(f)) throw seedProblem(f, ['id'], `id "${e.id}" does not match the file name`);
    e.aliases.forEach((a, i) => {
      if (a.paradigm && !paradigms[a.paradigm]) {
        throw seedProblem(f, ['aliases', i, 'paradigm'], `unknown paradigm "${a.paradigm}"`);
      }
      const problem = a.guarded ? guardProblem(a, e.disambiguation) : undefined;
      if (problem) throw seedProblem(f, ['aliases', i, 'guarded'], problem);
    });
    return { file: f, seed: e };
  });
  const ids = new Set(parsed.map(({ seed }) => seed.id));
  for (const { file, seed } of parsed) {
    const oneOf = seed.disambiguation?.nearbyOneOf ?? [];
    checkEntityIds(ids, file, ['disambiguation', 'nearbyOneOf'], oneOf);
  }
  return parsed;
}

/** Throws a SeedError at `path[i]` for the first of `ids` that is not a known entity. */
export function checkEntityIds(
  known: ReadonlySet<string>,
  file: SeedFile,
  path: (string | number)[],
  ids: readonly string[],
): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) throw seedProblem(file, [...path, i], `unknown entity "${id}"`);
  });
}
