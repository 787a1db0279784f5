import { expect, test } from 'vitest';
import { CARD_STRINGS, formatDate } from '../../../components/card/card-strings';

test('dates in English and Icelandic, at each precision', () => {
  expect(formatDate('2022-01-10', 'en')).toBe('10 Jan 2022');
  expect(formatDate('2022-01-10', 'is')).toBe('10. jan. 2022');
  expect(formatDate('2022-05-01', 'en')).toBe('1 May 2022');
  expect(formatDate('2022-05-01', 'is')).toBe('1. maí 2022');
  expect(formatDate('2021-06-01', 'en', 'month')).toBe('June 2021');
  expect(formatDate('2021-06-01', 'is', 'month')).toBe('júní 2021');
  expect(formatDate('2021-01-01', 'is', 'year')).toBe('2021');
  expect(formatDate('not a date', 'en')).toBe('not a date');
});

test('Icelandic mention counts agree in number (1, 21 singular; 11 plural)', () => {
  const { mentions } = CARD_STRINGS.is;
  expect([1, 2, 11, 21].map(mentions)).toEqual([
    '1 nefning',
    '2 nefningar',
    '11 nefningar',
    '21 nefning',
  ]);
  expect(CARD_STRINGS.en.mentions(1)).toBe('1 mention');
  expect(CARD_STRINGS.en.mentions(3)).toBe('3 mentions');
});

test('both languages name every weekday the corpus build writes', () => {
  const english = Object.keys(CARD_STRINGS.en.weekdays).sort();
  expect(Object.keys(CARD_STRINGS.is.weekdays).sort()).toEqual(english);
  expect(english).toHaveLength(7);
});
