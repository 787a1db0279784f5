import { describe, expect, test } from 'vitest';
import { buildCardModel } from '../../../lib/cards/card-model';
import { bundle, enArticle, isArticle } from './fixture-bundle';

const emphasised = (s: { text: string; emphasis: { start: number; end: number }[] }) =>
  s.emphasis.map((e) => s.text.slice(e.start, e.end));

describe('buildCardModel on a hand-made bundle', () => {
  test('unknown entity gives null', () => {
    expect(buildCardModel(bundle, 'nobody', 'en')).toBeNull();
  });

  test('header: name in the card language, type, cited role', () => {
    const en = buildCardModel(bundle, 'sergei-ryabkov', 'en')!;
    expect(en.name).toBe('Sergei Ryabkov');
    expect(en.type).toBe('person');
    expect(en.role?.text).toBe('Russian Deputy Foreign Minister');
    expect(en.role?.textLang).toBe('en');
    expect(en.role?.cites[0]).toMatchObject({
      article: enArticle.id,
      source: 'Reuters',
      date: '2022-01-10',
      language: 'en',
      evidence: 'Russian Deputy Foreign Minister Sergei Ryabkov',
      sentence: 1,
    });
    const is = buildCardModel(bundle, 'sergei-ryabkov', 'is')!;
    expect(is.name).toBe('Sergeij Rjabkov');
    expect(is.role?.text).toBe('Vara-utanríkisráðherra Rússlands');
    expect(is.role?.textLang).toBe('is');
  });

  test('a fact without an Icelandic rendering stays English and says so', () => {
    const is = buildCardModel(bundle, 'sergei-ryabkov', 'is')!;
    expect(is.facts[0]).toMatchObject({
      text: 'Led the Russian side at the Geneva talks.',
      textLang: 'en',
    });
  });

  test('in the corpus: every article, best sentence verbatim, names emphasised', () => {
    const card = buildCardModel(bundle, 'sergei-ryabkov', 'en')!;
    expect(card.articles.map((a) => a.article).sort()).toEqual([enArticle.id, isArticle.id].sort());
    const is = card.articles.find((a) => a.article === isArticle.id)!;
    expect(is.language).toBe('is');
    expect(is.sentence?.index).toBe(2);
    expect(is.sentence?.text).toBe(
      '„Við gefum ekkert eftir,“ sagði Sergeij Rjabkov við rússneska fjölmiðlamenn.',
    );
    expect(emphasised(is.sentence!)).toEqual(['Sergeij Rjabkov']);
    const en = card.articles.find((a) => a.article === enArticle.id)!;
    expect(en.count).toBe(2);
    expect(emphasised(en.sentence!)).toEqual(['Sergei Ryabkov']);
  });

  test('emphasis lists every mention in the sentence, in order', () => {
    const card = buildCardModel(bundle, 'geneva', 'is')!;
    const en = card.articles.find((a) => a.article === enArticle.id)!;
    expect(emphasised(en.sentence!)).toEqual(['Geneva']);
    expect(card.name).toBe('Genf');
  });

  test('related: ranked by shared sentences, unknown ids dropped, names localised', () => {
    const card = buildCardModel(bundle, 'sergei-ryabkov', 'is')!;
    expect(card.related.map((r) => [r.entity, r.name, r.shared])).toEqual([
      ['geneva', 'Genf', 2],
      ['wendy-sherman', 'Wendy Sherman', 2],
    ]);
  });

  test('quotes by the person are cited in their own language', () => {
    const card = buildCardModel(bundle, 'sergei-ryabkov', 'en')!;
    expect(card.quotes).toHaveLength(1);
    expect(card.quotes[0]).toMatchObject({ text: 'Við gefum ekkert eftir,', lang: 'is' });
    expect(card.quotes[0]!.cite).toMatchObject({ article: isArticle.id, sentence: 2 });
    expect(buildCardModel(bundle, 'wendy-sherman', 'en')!.quotes).toEqual([]);
  });

  test('timeline: date order, place named, weekday mismatch flagged, dispute linked', () => {
    const card = buildCardModel(bundle, 'sergei-ryabkov', 'en')!;
    expect(card.events.map((e) => e.id)).toEqual(['dinner', 'geneva-talks']);
    const talks = card.events[1]!;
    expect(talks.place).toBe('Geneva');
    expect(talks.weekdayFlags).toEqual([
      expect.objectContaining({ stated: 'Tuesday', actual: 'Monday', date: '2022-01-10' }),
    ]);
    expect(talks.disputed).toEqual(['talks-start']);
    expect(buildCardModel(bundle, 'geneva', 'en')!.events.map((e) => e.id)).toEqual([
      'geneva-talks',
    ]);
  });

  test('disagreements show both sides with their own sources', () => {
    const card = buildCardModel(bundle, 'geneva', 'en')!;
    expect(card.disagreements).toHaveLength(1);
    const [a, b] = card.disagreements[0]!.claims;
    expect(card.disagreements[0]!.topic).toBe('When the talks began');
    expect(a!.cites[0]!.source).toBe('Vardberg');
    expect(b!.cites[0]!.source).toBe('Reuters');
    expect(buildCardModel(bundle, 'sergei-ryabkov', 'en')!.disagreements).toEqual([]);
  });

  test('sections: only non-empty ones, quotes lead for people, timeline for places', () => {
    expect(buildCardModel(bundle, 'sergei-ryabkov', 'en')!.sections).toEqual([
      'facts',
      'quotes',
      'corpus',
      'related',
      'timeline',
    ]);
    expect(buildCardModel(bundle, 'geneva', 'en')!.sections).toEqual([
      'facts',
      'corpus',
      'timeline',
      'disagreements',
      'related',
    ]);
  });

  test('the model is plain JSON (it crosses the message boundary)', () => {
    const card = buildCardModel(bundle, 'sergei-ryabkov', 'en');
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});
