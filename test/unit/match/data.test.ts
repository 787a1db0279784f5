import { describe, expect, it } from 'vitest';
import { aliasForms, buildMatcherData, compileMatcher, findMentions } from '../../../lib/match';
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
