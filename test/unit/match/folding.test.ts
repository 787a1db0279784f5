import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/match';
import {
  CLASS,
  charClass,
  computeClass,
  computeFold,
  foldText,
  foldUnit,
  FIRST_UNSPACED,
  UNSPACED,
} from '../../../lib/match/fold';
import { matcher } from './fixture-seeds';
import { marks } from './helpers';

describe('case and diacritic folding', () => {
  it('folds case for fold aliases, in Latin and Cyrillic', () => {
    expect(marks('GENF Genf')).toEqual(['GENF → geneva', 'Genf → geneva']);
    expect(marks('РЯБКОВ Рябков')).toEqual(['РЯБКОВ → sergei-ryabkov', 'Рябков → sergei-ryabkov']);
  });

  it('never lets a capitalised name match a word in lowercase (Italian "è nato")', () => {
    expect(marks('è nato a Roma, genf, ryabkov')).toEqual([]);
  });

  it('respects exact case', () => {
    expect(marks('NATO Nato NaTo')).toEqual(['NATO → nato', 'Nato → nato']);
  });

  it('folds Latin and Cyrillic accents, ё to е, but keeps й and Icelandic letters', () => {
    expect(marks('Genève Geneve GENÈVE in Switzerland').length).toBe(3);
    expect(marks('Рябкoв')).toEqual([]); // a Latin o inside Cyrillic is another word
    expect(marks('в Женёве')).toEqual(['Женёве → geneva']);
    expect(foldText('Ёж Йод Þór Æsir ðæ')).toBe('еж йод þór æsir ðæ'.replace('ó', 'o'));
    expect(foldText('Úkraína')).toBe('ukraina');
  });

  it('matches decomposed accents and soft hyphens inside a name', () => {
    expect(marks('Ge\u0301ne\u0300ve in Switzerland')).toEqual(['Ge\u0301ne\u0300ve → geneva']);
    expect(marks('Rjab\u00adkovs')).toEqual(['Rjab\u00adkovs → sergei-ryabkov']);
  });

  it('keeps offsets exact when case mapping changes length (İ, ß) or text is astral', () => {
    const text = 'İİİ Straße 😀 Ryabkov, ǅ NATO';
    const found = findMentions([text], matcher).mentions;
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Ryabkov', 'NATO']);
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('folds a dotted capital I to i (Turkish-style capitals)', () => {
    expect(marks('Rİabkov')).toEqual(['Rİabkov → sergei-ryabkov']);
  });
});

describe('the scripts written without spaces', () => {
  it('start at FIRST_UNSPACED, so no unit below it needs their expression', () => {
    for (let c = 0; c < FIRST_UNSPACED; c++) {
      expect(UNSPACED.test(String.fromCharCode(c)), `unit ${c}`).toBe(false);
    }
    expect(UNSPACED.test(String.fromCharCode(FIRST_UNSPACED))).toBe(true);
    expect(computeClass('与'.charCodeAt(0))).toBe(CLASS.OTHER);
  });
});

describe('the ASCII shortcut', () => {
  it('gives every ASCII unit the class and fold of the general Unicode path', () => {
    const fixed: Record<number, number> = {
      [CLASS.SPACE]: 0x20,
      [CLASS.HYPHEN]: 0x2d,
      [CLASS.APOSTROPHE]: 0x27,
    };
    for (let c = 0; c < 0x80; c++) {
      const k = computeClass(c);
      expect(charClass(c), `class of ${c}`).toBe(k);
      expect(foldUnit(c), `fold of ${c}`).toBe(fixed[k] ?? computeFold(c));
    }
  });
});
