import { describe, expect, it } from 'vitest';
import { buildMatcherData, compileMatcher, findMentions, mightTrigger } from '../../../lib/match';
import { CLASS, charClass } from '../../../lib/match/fold';
import { data, matcher, paradigms, seeds as fixtureSeeds } from './fixture-seeds';

const triggering = [
  'Wendy R. Sherman',
  'Wendy\n\nSherman',
  'Ms. Sherman',
  'Sergei   A.  Ryabkov',
  'RYABKOV’s',
  'РЯБКОВЫМ',
  'Rjab\u00adkovs',
  'Ge\u0301neve, Switzerland',
  'GENÈVE, Switzerland',
  'Женеве',
  'l’NATO',
  '(Nato)',
  'НАТО',
  'ATLANTSHAFSBANDALAGIÐ',
  'the North\u00a0Atlantic  Treaty Organization',
  'Rİabkov',
];

const quiet = [
  'The senator signed the imaginators deal with Morgan.',
  'nato a Roma; Ιράν ι',
  'NaTo and xNATO',
  'Soft\u00adhyphen and de\u0301composed words',
  '',
];

describe('mightTrigger', () => {
  it('is true wherever findMentions finds a trigger', () => {
    for (const text of triggering) {
      expect(findMentions([text], matcher).triggered, text).toBe(true);
      expect(mightTrigger(text, matcher), text).toBe(true);
      expect(mightTrigger(`lorem ipsum ${text} dolor`, matcher), text).toBe(true);
    }
  });

  it('reads every unit the matcher takes for a space as a gap between words', () => {
    let spaces = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (charClass(c) !== CLASS.SPACE) continue;
      spaces++;
      const text = `Wendy${String.fromCharCode(c)}Sherman`;
      expect(findMentions([text], matcher).triggered, c.toString(16)).toBe(true);
      expect(mightTrigger(text, matcher), c.toString(16)).toBe(true);
    }
    // Tab to CR, space, NBSP, U+1680, U+2000–200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF.
    expect(spaces).toBe(25);
  });

  it('is false on text with no trigger, including key letters inside words', () => {
    for (const text of quiet) expect(mightTrigger(text, matcher), text).toBe(false);
  });

  it('agrees with findMentions on random mixes of names and noise', () => {
    const pieces = ['Sherman', 'Ms.', 'tank', 'Genf', 'ar', 'NATO', 'nato', 'Nato', 'Рябков', 'ым'];
    const seps = [' ', '', '-', '\u00ad', "'", '\n', 'x'];
    let seed = 7;
    const pick = <T>(a: T[]) => a[(seed = (seed * 48271) % 2147483647) % a.length]!;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 6; k++) text += pick(pieces) + pick(seps);
      if (findMentions([text], matcher).triggered)
        expect(mightTrigger(text, matcher), text).toBe(true);
    }
  });

  it('opens for an alias that spells an initial, written with or without it', () => {
    const seeds = [
      {
        ...fixtureSeeds[0]!,
        aliases: [{ lang: 'en' as const, text: 'Sergei A. Ryabkov' }],
      },
    ];
    const only = compileMatcher(buildMatcherData(seeds, paradigms));
    for (const text of ['Sergei A. Ryabkov', 'Sergei A. B. Ryabkov', 'Sergei A Ryabkov']) {
      expect(findMentions([text], only).triggered, text).toBe(true);
      expect(mightTrigger(text, only), text).toBe(true);
    }
  });

  it('always scans when the data has no gate', () => {
    expect(mightTrigger('anything', compileMatcher({ ...data, prefilter: '' }))).toBe(true);
  });
});

describe('gateSource for the candidate finder (word start and first unit up front)', () => {
  it('finds exactly the matches of the same trie without it', async () => {
    const { gateSource } = await import('../../../lib/match/gate');
    const { buildPrefilter } = await import('../../../lib/match/prefilter-source');
    const keys = buildPrefilter(data, true);
    const plain = new RegExp(gateSource(keys.keys, keys.exact, keys.classes), 'g');
    const ahead = new RegExp(gateSource(keys.keys, keys.exact, keys.classes, true), 'g');
    expect(ahead.source.startsWith('(?<![A-Za-z0-9_])(?=[')).toBe(true);
    const text =
      'Wendy R. Sherman met РЯБКОВЫМ in GENÈVE; l’NATO, Nato-Generalsekretär, ' +
      'Atlantshafsbandalagið and the senator from xNATO, ASENATOR, 3Geneva, _Genf, éGenf. ' +
      'Ms.\u00a0Sherman, Rjab\u00adkovs.';
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(all(plain).length).toBeGreaterThan(5);
    expect(all(ahead)).toEqual(all(plain));
  });
});
