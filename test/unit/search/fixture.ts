/** A small hand-made corpus for the search tests, independent of the real seeds. */
import type { Article, CorpusBundle, Entity } from '../../../lib/corpus/bundle';
import type { EntityType, Lang } from '../../../lib/corpus/schema';

function entity(id: string, type: EntityType, en: string, is: string, aliases: string[]): Entity {
  return {
    id,
    type,
    name: { en, is },
    trigger: false,
    aliases,
    facts: [],
    articles: [],
    mentionCount: 0,
    related: [],
  };
}

/** Sentences are split at ". " so the fixture stays readable. */
function article(id: string, language: Lang, title: string, paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  const article: Article = {
    id,
    language,
    meta: {
      id,
      language,
      title: { text: title, evidence: title },
      source: { name: 'Test Wire', basis: 'stated' },
      date: { value: '2022-01-10', evidence: '10 January' },
    },
    text,
    paragraphs: [],
    sentences: [],
    weekdayClaims: [],
  };
  let at = 0;
  paragraphs.forEach((p, pi) => {
    article.paragraphs.push({ start: at, end: at + p.length });
    let s = 0;
    for (const m of p.matchAll(/\. /g)) {
      article.sentences.push({ start: at + s, end: at + m.index + 1, paragraph: pi });
      s = m.index + 2;
    }
    article.sentences.push({ start: at + s, end: at + p.length, paragraph: pi });
    at += p.length + 2;
  });
  return article;
}

export const fixtureCorpus: CorpusBundle = {
  articles: [
    article('000_aaaaaaaaaaaaaaaa', 'en', 'Talks open in Geneva', [
      'Sergei Ryabkov met Wendy Sherman in Geneva. The talks lasted eight hours.',
      'NATO allies were briefed in Brussels. Ryabkov said there was no progress.',
    ]),
    article('001_bbbbbbbbbbbbbbbb', 'is', 'Viðræður í Genf', [
      'Rjabkov og Sherman hittust í Genf á mánudag. Atlantshafsbandalagið fundar í Brussel.',
    ]),
  ],
  entities: [
    entity('geneva', 'place', 'Geneva', 'Genf', [
      'Geneva',
      'Genf',
      'Genfar',
      'Genève',
      'Женева',
      'Женеве',
    ]),
    entity('sergei-ryabkov', 'person', 'Sergei Ryabkov', 'Sergej Rjabkov', [
      'Sergei Ryabkov',
      'Ryabkov',
      'Rjabkov',
      'Sergey Ryabkov',
      'Рябков',
      'Рябкова',
    ]),
    entity('wendy-sherman', 'person', 'Wendy Sherman', 'Wendy Sherman', [
      'Wendy R. Sherman',
      'Sherman',
    ]),
    entity('nato', 'organisation', 'NATO', 'Atlantshafsbandalagið', [
      'NATO',
      'Nato',
      'Atlantshafsbandalagið',
      'НАТО',
    ]),
    entity('nato-russia-council', 'organisation', 'NATO-Russia Council', 'NATO-Rússlandsráðið', [
      'NATO-Russia Council',
    ]),
    entity('brussels', 'place', 'Brussels', 'Brussel', ['Brussels', 'Brussel', 'Brüssel']),
  ],
  mentions: [],
  quotes: [],
  events: [],
  disagreements: [],
  matcher: { entities: [], paradigms: {}, prefilter: '' },
  summary: { articles: 2, entities: 6, mentions: 0, quotes: 0, events: 0, disagreements: 0 },
};
