/**
 * Another first name before a surname (`Cindy Sherman`): which capitalised words can be one,
 * and the doubt it casts on the page's bare surname (fixture seeds: Sherman's `firstNames`).
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/match';
import { matcher } from './fixture-seeds';
import { blockMarks, marks } from './helpers';

const sherman = (text: string) => marks(text).filter((m) => m.endsWith('wendy-sherman'));

describe('another first name', () => {
  it('rules out another capitalised first name right before', () => {
    const page = 'Wendy Sherman spoke. ';
    expect(sherman(page + 'Roger Sherman signed.')).toEqual(['Wendy Sherman → wendy-sherman']);
    expect(sherman(page + 'William Tecumseh Sherman marched.')).toEqual([
      'Wendy Sherman → wendy-sherman',
    ]);
    expect(sherman(page + 'said Sherman.')).toEqual([
      'Wendy Sherman → wendy-sherman',
      'Sherman → wendy-sherman',
    ]);
    expect(sherman(page + 'On Monday, Sherman said.')).toHaveLength(2);
  });

  it('reads a capitalised word before a surname as a first name only where it can be one', () => {
    const page = 'Wendy Sherman spoke. ';
    const hers = [
      'But Sherman agreed.',
      'When Sherman left, nobody spoke.',
      'Neither Sherman nor Ryabkov spoke.',
      'Unlike Sherman, he smiled.',
      'Für Sherman ist klar: nein.',
      'Bæði Sherman og Rjabkov sögðu nei.',
      'Ранее Шерман заявила о диалоге.',
      // Longer than a first name: an Icelandic title with its article.
      'Varautanríkisráðherrann Sherman sagði nei.',
      'Die Amerikanerin Sherman sagte nichts.',
      'US-Unterhändlerin Sherman sagte nichts.',
      'The US envoy met Ryabkov; US Sherman',
      'On Monday Sherman said no.',
      'Þá Sherman sagði nei.',
      'Ryabkov Meets Sherman In Geneva',
    ];
    for (const text of hers) expect(sherman(page + text), text).toHaveLength(2);
    expect(sherman(page + 'Roger Sherman signed.')).toHaveLength(1);
    expect(sherman(page + 'He said that Roger Sherman signed it.')).toHaveLength(1);
  });

  it('reads the first word of a headline in title case or capitals as a first name', () => {
    for (const headline of ['Cindy Sherman Opens Retrospective', 'CINDY SHERMAN: FILM STILLS']) {
      const page = [headline, 'Ms. Sherman, 68, spoke.'];
      expect(findMentions(page, matcher).triggered, headline).toBe(false);
      expect(blockMarks(page), headline).toEqual([]);
    }
    // Further in, a title-case run says nothing about first names.
    expect(marks('Ryabkov Meets Sherman In Geneva')).toContain('Sherman → wendy-sherman');
  });

  it('reads the counter words before first names: General Sherman rules out one mention', () => {
    // "General", "Fort", "Israeli … tanks": a thing or a rank, not another person of the name.
    expect(
      blockMarks(['General Sherman marched to the sea.', 'Mrs. Sherman wrote to him.']),
    ).toEqual(['1:Sherman → wendy-sherman']);
    expect(blockMarks(['Roger Sherman signed.', 'Mrs. Sherman wrote to him.'])).toEqual([]);
  });

  it('doubts a bare surname all over a page that gives it to someone else, until the full name', () => {
    const page = ['Cindy Sherman photographed herself.', 'Ms. Sherman, 68, spoke.'];
    const result = findMentions(page, matcher);
    expect(result.mentions).toEqual([]);
    expect(result.triggered).toBe(false);
    // In either order: every hit is judged before any is decided.
    expect(blockMarks([...page].reverse())).toEqual([]);
    // Once the full name is there, the bare one is hers again; the other Sherman stays out.
    expect(blockMarks([...page, 'Wendy Sherman arrived.'])).toEqual([
      '1:Sherman → wendy-sherman',
      '2:Wendy Sherman → wendy-sherman',
    ]);
  });
});
