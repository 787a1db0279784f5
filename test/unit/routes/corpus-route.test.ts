import { describe, expect, test } from 'vitest';
import { formatRoute, parseRoute, type CorpusRoute } from '../../../lib/routes/corpus-route';

describe('parseRoute', () => {
  test.each<[string, CorpusRoute]>([
    ['', { view: 'home' }],
    ['#', { view: 'home' }],
    ['#/', { view: 'home' }],
    ['#/timeline', { view: 'timeline' }],
    ['#/entity/sergei-ryabkov', { view: 'entity', id: 'sergei-ryabkov' }],
    ['#/article/002_ec0cd77a669150c2', { view: 'article', id: '002_ec0cd77a669150c2' }],
    [
      '#/article/002_ec0cd77a669150c2/s/14',
      { view: 'article', id: '002_ec0cd77a669150c2', sentence: 14 },
    ],
    ['#/search/Genf', { view: 'search', query: 'Genf' }],
    ['#/search/%D0%A0%D1%8F%D0%B1%D0%BA%D0%BE%D0%B2', { view: 'search', query: 'Рябков' }],
    ['#/search/a%2Fb', { view: 'search', query: 'a/b' }],
    ['#/search/', { view: 'search', query: '' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test.each([
    '#/entity/',
    '#/entity/a/b',
    '#/entity/<script>',
    '#/article/x/s/',
    '#/article/x/s/-1',
    '#/article/x/s/1.5',
    '#/article/x/t/1',
    '#/search/%E0%A4%A',
    '#/unknown/x',
    '#/timeline/x',
  ])('malformed %s falls back to home', (hash) => {
    expect(parseRoute(hash)).toEqual({ view: 'home' });
  });
});

describe('formatRoute', () => {
  test.each<CorpusRoute>([
    { view: 'home' },
    { view: 'timeline' },
    { view: 'entity', id: 'nato' },
    { view: 'article', id: '000_1434eb43875de79f' },
    { view: 'article', id: '000_1434eb43875de79f', sentence: 0 },
    { view: 'search', query: 'Wendy R. Sherman / #1 ?' },
    { view: 'search', query: 'Рябков' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  test('gives the URL shapes cards link to', () => {
    expect(formatRoute({ view: 'article', id: '001_9bb72a10769e0753', sentence: 3 })).toBe(
      '#/article/001_9bb72a10769e0753/s/3',
    );
    expect(formatRoute({ view: 'entity', id: 'geneva' })).toBe('#/entity/geneva');
    expect(formatRoute({ view: 'search', query: 'Genf' })).toBe('#/search/Genf');
  });
});
