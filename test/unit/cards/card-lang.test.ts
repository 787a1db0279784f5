import { expect, test } from 'vitest';
import { cardLang } from '../../../lib/cards/card-lang';

test('an explicit setting wins over the browser language', () => {
  expect(cardLang('is', 'en-US')).toBe('is');
  expect(cardLang('en', 'is-IS')).toBe('en');
});

test('browser: Icelandic only for languages starting with "is"', () => {
  expect(cardLang('browser', 'is-IS')).toBe('is');
  expect(cardLang('browser', 'IS')).toBe('is');
  expect(cardLang('browser', 'en-GB')).toBe('en');
  expect(cardLang('browser', 'de')).toBe('en');
  expect(cardLang('browser', undefined)).toBe('en');
});
