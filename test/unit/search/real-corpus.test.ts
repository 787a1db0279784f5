/** The search cases of issue 5 against the real corpus built from seeds/. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { readSeedFiles } from '../../../lib/corpus/seed-files';
import { buildCorpusLookup } from '../../../lib/search/corpus-lookup';
import { buildCorpusSearch } from '../../../lib/search/search-index';

const corpus = buildCorpus(readSeedFiles(join(import.meta.dirname, '../../../seeds')));
const search = buildCorpusSearch(corpus);
const lookup = buildCorpusLookup(corpus);

describe('the right entity comes first', () => {
  test.each([
    ['Genf', 'geneva'],
    ['Genfar', 'geneva'],
    ['Женева', 'geneva'],
    ['rjabkov', 'sergei-ryabkov'],
    ['Рябков', 'sergei-ryabkov'],
    ['Riabkov', 'sergei-ryabkov'],
    ['nato', 'nato'],
    ['НАТО', 'nato'],
    ['Atlantshafsbandalagið', 'nato'],
    ['Wendy Sherman', 'wendy-sherman'],
    ['Sherman', 'wendy-sherman'],
    ['ÖSE', 'osce'],
    ['Vínarborg', 'vienna'],
    ['Brüssel', 'brussels'],
    ['lavrov', 'sergei-lavrov'],
    ['Blinken', 'antony-blinken'],
  ])('%s → %s', (query, id) => {
    expect(search.search(query)[0]).toMatchObject({ kind: 'entity', entity: id });
  });
});

test('"nato" ranks NATO above the NATO-Russia Council, which it also finds', () => {
  const ids = search.search('nato').flatMap((h) => (h.kind === 'entity' ? [h.entity] : []));
  expect(ids[0]).toBe('nato');
  expect(ids).toContain('nato-russia-council');
});

test('sentences about Ryabkov are found in English and Icelandic articles alike', () => {
  const langs = new Set(
    search
      .search('Рябков')
      .flatMap((h) => (h.kind === 'sentence' ? [lookup.article(h.article)?.language] : [])),
  );
  expect(langs).toEqual(new Set(['en', 'is']));
});

test('articles are found by their title words', () => {
  const hit = search.search('dampen expectations').find((h) => h.kind === 'article');
  expect(hit).toMatchObject({ article: '003_3f24454829bac52e' });
});
