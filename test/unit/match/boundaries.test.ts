import { describe, expect, it } from 'vitest';
import { marks } from './helpers';

describe('word boundaries', () => {
  it('never matches inside a word, in Latin or Cyrillic', () => {
    expect(marks('NATOMAS and SUNATO and ANTINATO')).toEqual([]);
    expect(marks('ВНАТО и НАТОвский')).toEqual([]);
    expect(marks('Genfer See, Ryabkovich, Shermanesque')).toEqual([]);
    expect(marks('Rjabkovi')).toEqual([]);
  });

  it('matches at the edges of a block and before punctuation', () => {
    expect(marks('NATO')).toEqual(['NATO → nato']);
    expect(marks('(NATO), "Genf." НАТО!')).toEqual(['NATO → nato', 'Genf → geneva', 'НАТО → nato']);
  });

  it('finds a Latin name right beside Chinese, Japanese or Korean characters', () => {
    expect(marks('美国与NATO的谈判, ロシアとNATO, 나토NATO')).toEqual([
      'NATO → nato',
      'NATO → nato',
      'NATO → nato',
    ]);
  });

  it('treats digits and underscores as part of a word', () => {
    expect(marks('NATO2 NATO_summit 2NATO')).toEqual([]);
  });

  it('ends a mention before a possessive or clitic, straight or curly', () => {
    expect(marks("NATO's Nato’s Ryabkov's Ryabkov’s Ryabkov'")).toEqual([
      'NATO → nato',
      'Nato → nato',
      'Ryabkov → sergei-ryabkov',
      'Ryabkov → sergei-ryabkov',
      'Ryabkov → sergei-ryabkov',
    ]);
  });

  it('starts a mention after a French elision but not after an Irish O’', () => {
    expect(marks('le rôle de l’Ukraine et d’Ukraine')).toEqual([
      'Ukraine → ukraine',
      'Ukraine → ukraine',
    ]);
    expect(marks('O’Ryabkov and don’tNATO')).toEqual([]);
  });

  it('takes hyphenated compounds: longest alias first, else the name before the hyphen', () => {
    expect(marks('the NATO-Russia Council met')).toEqual([
      'NATO-Russia Council → nato-russia-council',
    ]);
    expect(marks('the NATO–Russia Council met')).toEqual([
      'NATO–Russia Council → nato-russia-council',
    ]);
    expect(marks('Nato-Generalsekretär, NATO-Staaten, anti-NATO')).toEqual([
      'Nato → nato',
      'NATO → nato',
      'NATO → nato',
    ]);
    expect(marks('NATO-Russia relations')).toEqual(['NATO → nato']);
    expect(marks('the NATO Russia Council met')).toEqual([
      'NATO Russia Council → nato-russia-council',
    ]);
  });

  it('needs an inflected form to be declared', () => {
    expect(marks('Rjabkovs Rjabkovi Genfar Genfir')).toEqual([
      'Rjabkovs → sergei-ryabkov',
      'Genfar → geneva',
    ]);
    expect(marks('Úkraínuher')).toEqual([]);
  });
});
