import { describe, expect, test } from 'vitest';
import { foldText, searchKey, tokenize } from '../../../lib/search/fold';

describe('foldText', () => {
  test('folds case and diacritics', () => {
    expect(foldText('Genève ÖSE Brüssel')).toBe('geneve ose brussel');
  });
  test('spells out letters NFD keeps whole', () => {
    expect(foldText('Atlantshafsbandalagið Þýskaland Æsir')).toBe(
      'atlantshafsbandalagid thyskaland aesir',
    );
  });
  test('transliterates Cyrillic', () => {
    expect(foldText('Рябков Женева НАТО ОБСЕ')).toBe('ryabkov zheneva nato obse');
  });
});

describe('searchKey', () => {
  test.each([
    ['Рябков', 'Ryabkov'],
    ['Rjabkov', 'Ryabkov'],
    ['Rjabkow', 'Ryabkov'],
    ['Sergej', 'Sergei'],
    ['Sergey', 'Sergei'],
    ['Sergeij', 'Sergei'],
    ['NATO', 'nato'],
    ['НАТО', 'Nato'],
  ])('%s ~ %s', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });
  test('keeps different names apart', () => {
    expect(searchKey('Lavrov')).not.toBe(searchKey('Ryabkov'));
    expect(searchKey('Genf')).not.toBe(searchKey('Geneva'));
  });
});

test('tokenize splits on punctuation in every script, keeping letters with marks', () => {
  expect(tokenize("Ryabkov's NATO-Russia «Женеве» Genève")).toEqual([
    'Ryabkov',
    's',
    'NATO',
    'Russia',
    'Женеве',
    'Genève',
  ]);
});
