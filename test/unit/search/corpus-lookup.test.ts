import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { readSeedFiles } from '../../../lib/corpus/seed-files';
import { buildCorpusLookup } from '../../../lib/search/corpus-lookup';

const corpus = buildCorpus(readSeedFiles(join(import.meta.dirname, '../../../seeds')));
const lookup = buildCorpusLookup(corpus);

test('mentions of an article come in text order', () => {
  for (const a of corpus.articles) {
    const starts = lookup.mentionsIn(a.id).map((m) => m.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(starts.length).toBe(corpus.mentions.filter((m) => m.article === a.id).length);
  }
});

test('the timeline is in date order', () => {
  const dates = lookup.timeline().map((e) => e.date);
  expect(dates).toEqual([...dates].sort());
  expect(dates).toHaveLength(corpus.events.length);
});

test('coverage lists every other article, those sharing more events first, with only shared events', () => {
  for (const a of corpus.articles) {
    const cov = lookup.coverage(a.id);
    expect(cov.map((c) => c.article.id).sort()).toEqual(
      corpus.articles
        .filter((x) => x.id !== a.id)
        .map((x) => x.id)
        .sort(),
    );
    const counts = cov.map((c) => c.events.length);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    for (const c of cov) {
      for (const e of c.events) {
        expect(e.cites.some((x) => x.article === a.id)).toBe(true);
        expect(e.cites.some((x) => x.article === c.article.id)).toBe(true);
      }
    }
  }
});

test('events of an entity are those it takes part in or that happen there', () => {
  const geneva = lookup.eventsOf('geneva');
  expect(geneva.length).toBeGreaterThan(0);
  for (const e of geneva)
    expect(e.place === 'geneva' || e.participants.includes('geneva')).toBe(true);
  expect(lookup.quotesBy('sergei-ryabkov').every((q) => q.speaker === 'sergei-ryabkov')).toBe(true);
  expect(lookup.sentenceText(corpus.articles[0]!, 10_000)).toBe('');
});
