import { describe, expect, it } from 'vitest';
import { aliasForms, buildMatcherData, compileMatcher, findMentions } from '../../../lib/match';
import { foldText } from '../../../lib/match/fold';
import type { MatcherData } from '../../../lib/match/types';
import { loadSeeds } from '../corpus/seeds-load';
import { data, paradigms, seeds } from './fixture-seeds';

describe('buildMatcherData', () => {
  it('is plain JSON that compiles to the same matcher after a round trip', () => {
    const copy = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(copy).toEqual(data);
    const text = 'Wendy Sherman and Рябковым in Genfar; NATO.';
    expect(findMentions([text], compileMatcher(copy))).toEqual(
      findMentions([text], compileMatcher(data)),
    );
  });

  it('keeps stems and the used paradigms only, not every expanded form', () => {
    expect(Object.keys(data.paradigms).sort()).toEqual(
      ['de-s', 'is-genf', 'is-masc-s', 'is-neut-def', 'ru-fem-a', 'ru-masc'].sort(),
    );
    const ryabkov = data.entities.find((e) => e.id === 'sergei-ryabkov')!;
    expect(ryabkov.aliases).toContain('Рябков|ru-masc');
    const sherman = data.entities.find((e) => e.id === 'wendy-sherman')!;
    expect(sherman.aliases).toContain('?Sherman');
    expect(data.entities.find((e) => e.id === 'nato')!.aliases).toContain('=NATO');
  });

  it('ships rule phrases as folded words joined by one space, all the page reads', () => {
    const real = loadSeeds();
    for (const shipped of [data, buildMatcherData(real.entities, real.paradigms)]) {
      const lists = wordLists(shipped);
      expect(lists.length).toBeGreaterThan(5);
      for (const phrase of lists.flat()) {
        expect(phrase).toMatch(/^[\p{L}\p{N}_]+(?: [\p{L}\p{N}_]+)*$/u);
        expect(foldText(phrase)).toBe(phrase);
      }
    }
    const sherman = data.entities.find((e) => e.id === 'wendy-sherman')!.disambiguation!;
    expect(sherman.evidenceBefore).toEqual(expect.arrayContaining(['ms', 'deputy secretary']));
    expect(sherman.counterBefore).toEqual(expect.arrayContaining(['general', 'gen', 'm4']));
  });

  it('throws a clear error on an unknown paradigm', () => {
    const broken = [
      { ...seeds[0]!, aliases: [{ lang: 'ru' as const, text: 'Рябк', paradigm: 'nope' }] },
    ];
    expect(() => buildMatcherData(broken, paradigms)).toThrow(/sergei-ryabkov.*Рябк.*"nope"/);
  });

  it('lists every written form of an alias for search', () => {
    expect(aliasForms({ lang: 'is', text: 'Genf', paradigm: 'is-genf' }, paradigms)).toEqual([
      'Genf',
      'Genfar',
    ]);
    expect(aliasForms({ lang: 'is', text: 'Úkraína', forms: ['Úkraínu'] }, paradigms)).toEqual([
      'Úkraína',
      'Úkraínu',
    ]);
  });
});

/** Every word list of the data's rules (not `evidenceNearby`: those are matched like aliases). */
function wordLists(d: MatcherData): string[][] {
  return d.entities.flatMap((e) =>
    Object.entries(e.disambiguation ?? {})
      .filter(([k, v]) => k !== 'evidenceNearby' && k !== 'nearbyOneOf' && Array.isArray(v))
      .map(([, v]) => v as string[]),
  );
}
