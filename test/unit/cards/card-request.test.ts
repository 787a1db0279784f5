import { expect, test } from 'vitest';
import { cardResponder, isCardRequest } from '../../../lib/cards/card-request';
import { bundle } from './fixture-bundle';

test('isCardRequest accepts only well-formed card messages', () => {
  expect(isCardRequest({ type: 'card', entity: 'geneva', lang: 'en' })).toBe(true);
  expect(isCardRequest({ type: 'card', entity: 'geneva', lang: 'de' })).toBe(false);
  expect(isCardRequest({ type: 'card', lang: 'en' })).toBe(false);
  expect(isCardRequest({ type: 'page-status' })).toBe(false);
  expect(isCardRequest(null)).toBe(false);
  expect(isCardRequest('card')).toBe(false);
});

test('the responder answers per language and caches', () => {
  const respond = cardResponder(bundle);
  const en = respond({ type: 'card', entity: 'geneva', lang: 'en' });
  expect(en?.name).toBe('Geneva');
  expect(respond({ type: 'card', entity: 'geneva', lang: 'is' })?.name).toBe('Genf');
  expect(respond({ type: 'card', entity: 'geneva', lang: 'en' })).toBe(en);
  expect(respond({ type: 'card', entity: 'nobody', lang: 'en' })).toBeNull();
});
