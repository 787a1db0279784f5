/**
 * A small hand-made corpus bundle for the card model's tests, built from real sentences of
 * two seed articles (one English, one Icelandic) with offsets computed, not typed.
 */
import type { Article, CorpusBundle, Mention, ResolvedFact } from '../../../lib/corpus/bundle';

const EN = 'us_and_russian';
const IS = 'is_genf';

function article(id: string, language: 'en' | 'is', title: string, sentences: string[]): Article {
  const text = sentences.join(' ');
  let start = 0;
  const spans = sentences.map((s) => {
    const span = { start, end: start + s.length, paragraph: 0 };
    start += s.length + 1;
    return span;
  });
  return {
    id,
    language,
    meta: {
      id: '000_0000000000000000',
      language,
      title: { text: title, evidence: title },
      source: { name: language === 'en' ? 'Reuters' : 'Vardberg', basis: 'stated' },
      date: { value: language === 'en' ? '2022-01-10' : '2022-01-09', evidence: '9. janúar' },
    },
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: spans,
    weekdayClaims: [],
  };
}

export const enArticle = article(EN, 'en', 'US and Russian negotiators face off in Geneva', [
  'The United States and Russia began tough negotiations in Geneva on Monday (Jan 10).',
  'The talks between Russian Deputy Foreign Minister Sergei Ryabkov and Deputy US Secretary of State Wendy Sherman began in Geneva.',
  'Ryabkov said the talks would be difficult.',
]);

export const isArticle = article(IS, 'is', 'Viðræður hefjast í Genf', [
  'Fulltrúar stjórna Bandaríkjanna og Rússlands hófu viðræður í Genf að kvöldi sunnudags 9. janúar.',
  'Vara-utanríkisráðherrar landanna tveggja ræða saman í Genf, Bandaríkjamaðurinn Wendy Sherman og Rússinn Sergeij Rjabkov.',
  '„Við gefum ekkert eftir,“ sagði Sergeij Rjabkov við rússneska fjölmiðlamenn.',
]);

/** Every match of `name` in the article, as mentions of `entity`. */
function mentionsOf(a: Article, entity: string, name: RegExp): Mention[] {
  return [...a.text.matchAll(name)].map((m) => {
    const start = m.index;
    const sentence = a.sentences.findIndex((s) => s.start <= start && start < s.end);
    return { article: a.id, entity, start, end: start + m[0].length, sentence };
  });
}

function fact(text: string, a: Article, evidence: string, is?: string): ResolvedFact {
  const sentence = a.sentences.findIndex((s) => a.text.slice(s.start, s.end).includes(evidence));
  return {
    text,
    ...(is ? { is } : {}),
    cites: [{ article: a.id, evidence, rawStart: a.text.indexOf(evidence), sentence }],
  };
}

export const mentions: Mention[] = [
  ...mentionsOf(enArticle, 'sergei-ryabkov', /Sergei Ryabkov|(?<!Sergei )Ryabkov/g),
  ...mentionsOf(isArticle, 'sergei-ryabkov', /Sergeij Rjabkov/g),
  ...mentionsOf(enArticle, 'geneva', /Geneva/g),
  ...mentionsOf(isArticle, 'geneva', /Genf/g),
  ...mentionsOf(enArticle, 'wendy-sherman', /Wendy Sherman/g),
  ...mentionsOf(isArticle, 'wendy-sherman', /Wendy Sherman/g),
];

export const bundle: CorpusBundle = {
  articles: [enArticle, isArticle],
  entities: [
    {
      id: 'sergei-ryabkov',
      type: 'person',
      name: { en: 'Sergei Ryabkov', is: 'Sergeij Rjabkov' },
      role: fact(
        'Russian Deputy Foreign Minister',
        enArticle,
        'Russian Deputy Foreign Minister Sergei Ryabkov',
        'Vara-utanríkisráðherra Rússlands',
      ),
      trigger: true,
      aliases: ['Sergei Ryabkov', 'Rjabkov'],
      facts: [fact('Led the Russian side at the Geneva talks.', enArticle, 'The talks between')],
      articles: [
        { article: IS, count: 2, sentences: [2, 1] },
        { article: EN, count: 2, sentences: [1, 2] },
      ],
      mentionCount: 4,
      related: [
        { entity: 'geneva', shared: 2 },
        { entity: 'wendy-sherman', shared: 2 },
        { entity: 'unknown-entity', shared: 9 },
      ],
    },
    {
      id: 'geneva',
      type: 'place',
      name: { en: 'Geneva', is: 'Genf' },
      trigger: true,
      aliases: ['Geneva', 'Genf'],
      facts: [fact('Swiss city where the talks were held.', isArticle, 'viðræður í Genf')],
      articles: [
        { article: EN, count: 2, sentences: [0, 1] },
        { article: IS, count: 2, sentences: [0, 1] },
      ],
      mentionCount: 4,
      related: [{ entity: 'sergei-ryabkov', shared: 2 }],
    },
    {
      id: 'wendy-sherman',
      type: 'person',
      name: { en: 'Wendy Sherman', is: 'Wendy Sherman' },
      trigger: true,
      aliases: ['Wendy Sherman'],
      facts: [fact('US Deputy Secretary of State.', enArticle, 'Deputy US Secretary of State')],
      articles: [{ article: EN, count: 1, sentences: [1] }],
      mentionCount: 1,
      related: [],
    },
  ],
  mentions,
  quotes: [
    {
      article: IS,
      speaker: 'sergei-ryabkov',
      text: 'Við gefum ekkert eftir,',
      sentence: 2,
      start: isArticle.text.indexOf('Við gefum'),
      end: isArticle.text.indexOf('Við gefum') + 'Við gefum ekkert eftir,'.length,
    },
  ],
  events: [
    {
      id: 'geneva-talks',
      title: { en: 'US–Russia talks in Geneva', is: 'Viðræður í Genf' },
      date: '2022-01-10',
      precision: 'day',
      place: 'geneva',
      participants: ['sergei-ryabkov', 'wendy-sherman'],
      cites: [{ article: EN, evidence: 'on Monday (Jan 10)', rawStart: 0, sentence: 0 }],
      weekdayChecks: [
        {
          cite: { article: IS, evidence: 'sunnudags 9. janúar', rawStart: 0, sentence: 0 },
          stated: 'Sunday',
          date: '2022-01-09',
          actual: 'Sunday',
          matches: true,
        },
        {
          cite: { article: EN, evidence: 'on Monday (Jan 10)', rawStart: 0, sentence: 0 },
          stated: 'Tuesday',
          date: '2022-01-10',
          actual: 'Monday',
          matches: false,
        },
      ],
      disagreements: ['talks-start'],
    },
    {
      id: 'dinner',
      title: { en: 'Working dinner', is: 'Kvöldverður' },
      date: '2022-01-09',
      precision: 'day',
      participants: ['sergei-ryabkov'],
      cites: [{ article: IS, evidence: 'að kvöldi sunnudags', rawStart: 0, sentence: 0 }],
      weekdayChecks: [],
      disagreements: [],
    },
  ],
  disagreements: [
    {
      id: 'talks-start',
      topic: { en: 'When the talks began', is: 'Hvenær viðræðurnar hófust' },
      entities: ['geneva'],
      claims: [
        fact(
          'On Sunday 9 January.',
          isArticle,
          'hófu viðræður í Genf að kvöldi sunnudags 9. janúar',
        ),
        fact('On Monday 10 January.', enArticle, 'began tough negotiations in Geneva on Monday'),
      ],
    },
  ],
  matcher: { entities: [], paradigms: {}, prefilter: '' },
  summary: {
    articles: 2,
    entities: 3,
    mentions: mentions.length,
    quotes: 1,
    events: 2,
    disagreements: 1,
  },
};
