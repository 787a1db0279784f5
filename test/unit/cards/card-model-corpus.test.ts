/**
 * The card model against the real corpus built from seeds/ (issue 4): what a reader sees for
 * Ryabkov, Geneva and the entities the sources disagree about, and invariants for every card.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCardModel, type CardModel } from '../../../lib/cards/card-model';
import { buildCorpus } from '../../../lib/corpus/build';
import { readSeedFiles } from '../../../lib/corpus/seed-files';

const corpus = buildCorpus(readSeedFiles(join(import.meta.dirname, '../../../seeds')));
const articles = new Map(corpus.articles.map((a) => [a.id, a]));
const card = (id: string, lang: 'en' | 'is' = 'en'): CardModel => {
  const model = buildCardModel(corpus, id, lang);
  if (!model) throw new Error(`no card for ${id}`);
  return model;
};
const emphasised = (s: { text: string; emphasis: { start: number; end: number }[] }) =>
  s.emphasis.map((e) => s.text.slice(e.start, e.end));

describe('Sergei Ryabkov', () => {
  const ryabkov = card('sergei-ryabkov');

  test('header: name, person, a role cited from the corpus', () => {
    expect(ryabkov.name).toBe('Sergei Ryabkov');
    expect(ryabkov.type).toBe('person');
    expect(ryabkov.role?.text).toMatch(/Deputy Foreign Minister/);
    expect(ryabkov.role?.cites.length).toBeGreaterThan(0);
    for (const cite of ryabkov.role!.cites) {
      expect(articles.get(cite.article)?.text).toContain(cite.evidence);
    }
  });

  test('in the corpus: four articles, each with a sentence that names him', () => {
    expect(ryabkov.articles).toHaveLength(4);
    expect(ryabkov.articles.reduce((n, a) => n + a.count, 0)).toBe(ryabkov.mentionCount);
    for (const a of ryabkov.articles) {
      const article = articles.get(a.article)!;
      expect(a.sentence).toBeDefined();
      const s = article.sentences[a.sentence!.index]!;
      expect(a.sentence!.text).toBe(article.text.slice(s.start, s.end));
      expect(emphasised(a.sentence!).length).toBeGreaterThan(0);
    }
  });

  test('the Icelandic article is quoted in Icelandic, his name as written there', () => {
    const is = ryabkov.articles.filter((a) => a.language === 'is');
    expect(is).toHaveLength(1);
    expect(is[0]!.sentence!.text).toMatch(/[áðéíóúýþæö]/);
    expect(emphasised(is[0]!.sentence!)).toContain('Sergeij Rjabkov');
    // The Icelandic UI does not translate corpus text either.
    expect(
      card('sergei-ryabkov', 'is').articles.find((a) => a.language === 'is')?.sentence,
    ).toEqual(is[0]!.sentence);
  });

  test('quotes: his words, verbatim in their article, in both languages', () => {
    expect(ryabkov.quotes.length).toBeGreaterThanOrEqual(4);
    for (const q of ryabkov.quotes) expect(articles.get(q.cite.article)?.text).toContain(q.text);
    expect(new Set(ryabkov.quotes.map((q) => q.lang))).toEqual(new Set(['en', 'is']));
    expect(ryabkov.quotes.some((q) => q.text.startsWith('Við gefum ekkert eftir'))).toBe(true);
  });

  test('related: ranked by shared sentences, Wendy Sherman first', () => {
    expect(ryabkov.related[0]?.entity).toBe('wendy-sherman');
    const shared = ryabkov.related.map((r) => r.shared);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });

  test('Icelandic card: Icelandic name and the same corpus', () => {
    const is = card('sergei-ryabkov', 'is');
    expect(is.name).not.toBe('');
    expect(is.articles.map((a) => a.article)).toEqual(ryabkov.articles.map((a) => a.article));
  });
});

describe('Geneva', () => {
  test('a place: timeline of what happened there, in date order, named Genf in Icelandic', () => {
    const geneva = card('geneva');
    expect(geneva.type).toBe('place');
    expect(geneva.sections.indexOf('timeline')).toBeLessThan(geneva.sections.indexOf('related'));
    expect(geneva.events.length).toBeGreaterThan(0);
    const dates = geneva.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(card('geneva', 'is').name).toBe('Genf');
    expect(geneva.articles.length).toBe(
      corpus.entities.find((e) => e.id === 'geneva')!.articles.length,
    );
  });
});

describe('disagreements', () => {
  test('every disagreement shows on its entities cards with every side cited', () => {
    expect(corpus.disagreements.length).toBeGreaterThan(0);
    for (const d of corpus.disagreements) {
      for (const entity of d.entities) {
        const shown = card(entity).disagreements.find((x) => x.id === d.id);
        expect(shown, `${d.id} on ${entity}`).toBeDefined();
        expect(shown!.claims.length).toBeGreaterThanOrEqual(2);
        for (const claim of shown!.claims) expect(claim.cites.length).toBeGreaterThan(0);
      }
    }
  });

  test('a weekday that does not match its date is flagged on the timeline', () => {
    const slipped = corpus.events.filter((e) => e.weekdayChecks.some((w) => !w.matches));
    expect(slipped.length).toBeGreaterThan(0);
    for (const event of slipped) {
      const who = event.participants[0] ?? event.place!;
      const shown = card(who).events.find((e) => e.id === event.id);
      expect(shown?.weekdayFlags.length, `${event.id} on ${who}`).toBeGreaterThan(0);
      expect(shown!.weekdayFlags[0]!.stated).not.toBe(shown!.weekdayFlags[0]!.actual);
    }
  });
});

describe('every entity, both languages', () => {
  test.each(corpus.entities.map((e) => e.id))('%s: a card with cited facts', (id) => {
    for (const lang of ['en', 'is'] as const) {
      const model = card(id, lang);
      expect(model.sections[0]).toBe('facts');
      for (const fact of [...model.facts, ...(model.role ? [model.role] : [])]) {
        expect(fact.cites.length).toBeGreaterThan(0);
      }
      for (const a of model.articles) {
        if (a.sentence) expect(emphasised(a.sentence).length).toBeGreaterThan(0);
      }
      expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    }
  });
});
