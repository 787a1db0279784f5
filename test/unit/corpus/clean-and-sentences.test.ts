import { describe, expect, test } from 'vitest';
import { cleanArticle, compileBoilerplate } from '../../../lib/corpus/clean';
import { splitSentences } from '../../../lib/corpus/sentences';

const rules = compileBoilerplate({
  lines: ['Comments are closed.', 'Related Articles'],
  patterns: ['^Source From: \\S'],
  trailing: ['\\s+— NNN-AGENCIES$'],
  captionAfter: ['^Image:'],
});

const sentencesOf = (text: string, lang: 'en' | 'is' = 'en') => {
  const c = cleanArticle(text, rules);
  return splitSentences(c.text, c.paragraphs, lang).map((s) => c.text.slice(s.start, s.end));
};

describe('cleanArticle', () => {
  test('drops boilerplate lines, captions, repeated headlines and trailing bylines', () => {
    const raw = [
      'Talks open',
      '',
      'Talks open',
      'Image: Soldiers at an exercise',
      'Soldiers from Poland take part in an exercise',
      'GENEVA — Talks open today.',
      'NATO chief spoke. — NNN-AGENCIES',
      'Source From: Stern',
      'Comments are closed.',
      'Related Articles',
    ].join('\n');
    const { text, paragraphs } = cleanArticle(raw, rules, 'Talks open');
    expect(text).toBe('GENEVA — Talks open today.\n\nNATO chief spoke.');
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'GENEVA — Talks open today.',
      'NATO chief spoke.',
    ]);
  });

  test('keeps the headline as body text when the title is curated (no headline given)', () => {
    expect(cleanArticle('Talks open\nMore.', rules).text).toBe('Talks open\n\nMore.');
  });
});

describe('splitSentences', () => {
  test('does not split after titles, month abbreviations or middle initials', () => {
    expect(
      sentencesOf('Mr. Ryabkov met Ms. Wendy R. Sherman on Jan. 10 in Geneva. They talked.'),
    ).toEqual(['Mr. Ryabkov met Ms. Wendy R. Sherman on Jan. 10 in Geneva.', 'They talked.']);
  });

  test('does not split Icelandic ordinal dates', () => {
    expect(sentencesOf('Fundur verður 12. janúar í Brussel. Síðan í Vín.', 'is')).toEqual([
      'Fundur verður 12. janúar í Brussel.',
      'Síðan í Vín.',
    ]);
  });

  test('keeps a quotation with its attribution, in Icelandic and English quote marks', () => {
    expect(
      sentencesOf(
        '„Við gefum ekkert eftir. Það kemur ekki til greina,“ sagði Rjabkov. Svo fór hann.',
        'is',
      ),
    ).toEqual([
      '„Við gefum ekkert eftir. Það kemur ekki til greina,“ sagði Rjabkov.',
      'Svo fór hann.',
    ]);
    expect(sentencesOf('“We are ready. We wait,” Blinken said. Then he left.')).toEqual([
      '“We are ready. We wait,” Blinken said.',
      'Then he left.',
    ]);
  });

  test('ends a sentence at a quotation that closes with a full stop', () => {
    expect(
      sentencesOf('Hann sagði: „Hættan er raunveruleg.“ Rússar settu fram kröfur.', 'is'),
    ).toEqual(['Hann sagði: „Hættan er raunveruleg.“', 'Rússar settu fram kröfur.']);
  });
});
