import { describe, expect, test } from 'vitest';
import { buildCorpusSearch, type SearchHit } from '../../../lib/search/search-index';
import { markTerms } from '../../../lib/search/snippet';
import { fixtureCorpus } from './fixture';

const search = buildCorpusSearch(fixtureCorpus);
const first = (q: string): SearchHit | undefined => search.search(q)[0];
const entityIds = (q: string): string[] =>
  search.search(q).flatMap((h) => (h.kind === 'entity' ? [h.entity] : []));

describe('cross-language alias matching puts the right entity first', () => {
  test.each([
    ['Genf', 'geneva'],
    ['genf', 'geneva'],
    ['Женева', 'geneva'],
    ['geneve', 'geneva'],
    ['rjabkov', 'sergei-ryabkov'],
    ['Рябков', 'sergei-ryabkov'],
    ['Riabkov', 'sergei-ryabkov'],
    ['Sergej Rjabkow', 'sergei-ryabkov'],
    ['nato', 'nato'],
    ['НАТО', 'nato'],
    ['atlantshafsbandalagid', 'nato'],
    ['Brüssel', 'brussels'],
  ])('%s → %s', (query, id) => {
    expect(first(query)).toMatchObject({ kind: 'entity', entity: id });
  });
});

test('an exact alias beats an entity that only contains the word', () => {
  const ids = entityIds('nato');
  expect(ids.indexOf('nato')).toBeLessThan(ids.indexOf('nato-russia-council'));
  expect(ids).toContain('nato-russia-council');
});

test('results come as you type (prefixes)', () => {
  expect(first('Ryab')).toMatchObject({ kind: 'entity', entity: 'sergei-ryabkov' });
  expect(first('Wend')).toMatchObject({ kind: 'entity', entity: 'wendy-sherman' });
});

test('sentences in every corpus language are found, with the matched words', () => {
  const hits = search.search('Rjabkov');
  const sentences = hits.filter((h) => h.kind === 'sentence');
  expect(sentences.map((h) => h.article)).toEqual(
    expect.arrayContaining(['000_aaaaaaaaaaaaaaaa', '001_bbbbbbbbbbbbbbbb']),
  );
  const is = sentences.find((h) => h.article === '001_bbbbbbbbbbbbbbbb');
  const text = 'Rjabkov og Sherman hittust í Genf á mánudag.';
  expect(markTerms(text, is?.terms ?? []).filter((r) => r.match)).toEqual([
    { text: 'Rjabkov', match: true },
  ]);
});

test('articles are found by title and ranked below the entity', () => {
  const hits = search.search('Geneva');
  expect(hits[0]).toMatchObject({ kind: 'entity', entity: 'geneva' });
  expect(hits.some((h) => h.kind === 'article' && h.article === '000_aaaaaaaaaaaaaaaa')).toBe(true);
});

test('multi-word queries need every word, and fall back to any word', () => {
  const both = search.search('Sherman Genf');
  expect(both.filter((h) => h.kind === 'sentence')).toEqual([
    expect.objectContaining({ article: '001_bbbbbbbbbbbbbbbb', sentence: 0 }),
  ]);
  expect(search.search('Ryabkov zzzzqqq').length).toBeGreaterThan(0);
});

test('empty and punctuation-only queries return nothing', () => {
  expect(search.search('')).toEqual([]);
  expect(search.search('  … ')).toEqual([]);
});
