import { expect, test } from 'vitest';
import { extractQuotes, type PersonMention } from '../../../lib/corpus/quotes';
import { splitSentences } from '../../../lib/corpus/sentences';
import type { Span } from '../../../lib/corpus/bundle';

/** Builds paragraphs and person mentions from text where people are written [[id|Name]]. */
function article(marked: string[], lang: 'en' | 'is' = 'en') {
  const people: PersonMention[] = [];
  const paragraphs: Span[] = [];
  let text = '';
  for (const para of marked) {
    if (text) text += '\n\n';
    const start = text.length;
    text += para.replace(
      /\[\[([a-z-]+)\|([^\]]+)\]\]/g,
      (_m, id: string, name: string, offset: number) => {
        const before = para.slice(0, offset).replace(/\[\[[a-z-]+\|([^\]]+)\]\]/g, '$1');
        people.push({
          entity: id,
          start: start + before.length,
          end: start + before.length + name.length,
        });
        return name;
      },
    );
    paragraphs.push({ start, end: text.length });
  }
  const sentences = splitSentences(text, paragraphs, lang);
  return extractQuotes('a', text, paragraphs, sentences, lang, people).map((q) => [
    q.speaker,
    q.text,
  ]);
}

test('“…,” X said and “…,” said X', () => {
  expect(article(['“We need guarantees,” Mr [[sergei-ryabkov|Ryabkov]] said.'])).toEqual([
    ['sergei-ryabkov', 'We need guarantees'],
  ]);
  expect(
    article(['“Europe has to be involved,” said [[ursula-von-der-leyen|Ursula von der Leyen]].']),
  ).toEqual([['ursula-von-der-leyen', 'Europe has to be involved']]);
});

test('Icelandic: „…“ sagði X, and a following quote in the paragraph keeps the speaker', () => {
  expect(
    article(
      [
        '„Við gefum ekkert eftir,“ sagði [[sergei-ryabkov|Sergeij Rjabkov]] við fréttamenn. „Við höfum orðið fyrir vonbrigðum.“',
      ],
      'is',
    ),
  ).toEqual([
    ['sergei-ryabkov', 'Við gefum ekkert eftir'],
    ['sergei-ryabkov', 'Við höfum orðið fyrir vonbrigðum.'],
  ]);
});

test('X said: on the previous paragraph introduces the quote', () => {
  expect(
    article(
      [
        '[[antony-blinken|Antony Blinken]] sagði 9. janúar við CNN:',
        '„Fyrir hendi er leið viðræðna.“',
      ],
      'is',
    ),
  ).toEqual([['antony-blinken', 'Fyrir hendi er leið viðræðna.']]);
});

test('the speaker is the person with the speech verb, not the nearest name', () => {
  expect(
    article(
      [
        '[[joe-biden|Joe Biden]] sagði að [[vladimir-putin|Vladimir Pútin]] mundi „láta til skarar skríða“.',
      ],
      'is',
    ),
  ).toEqual([['joe-biden', 'láta til skarar skríða']]);
});

test('“…,” said the 61-year-old refers back to the person named before', () => {
  expect(
    article([
      '[[sergei-ryabkov|Sergei Ryabkov]] spoke of “realistic” hopes. “It would be naive,” said the 61-year-old.',
    ]),
  ).toEqual([
    ['sergei-ryabkov', 'realistic'],
    ['sergei-ryabkov', 'It would be naive'],
  ]);
});

test('a paragraph-long quote after “…, he added.” keeps the speaker', () => {
  expect(
    article([
      '“No,” [[sergei-ryabkov|Ryabkov]] said.',
      'It was time to be flexible, he added.',
      '“If they are unable, they will face worse.”',
    ]),
  ).toEqual([
    ['sergei-ryabkov', 'No'],
    ['sergei-ryabkov', 'If they are unable, they will face worse.'],
  ]);
});

test('quotes with no named person are left out', () => {
  expect(article(['“There will be no commitments,” said a US government official.'])).toEqual([]);
  expect(article(['“The talks promise to be long,” the mission tweeted.'])).toEqual([]);
});
