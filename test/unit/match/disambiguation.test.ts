import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/match';
import { matcher } from './fixture-seeds';
import { blockMarks, marks } from './helpers';

const sherman = (text: string) => marks(text).filter((m) => m.endsWith('wendy-sherman'));
const geneva = (text: string) => marks(text).filter((m) => m.endsWith('geneva'));

describe('ambiguous aliases need evidence', () => {
  it('holds a bare ambiguous name back without evidence', () => {
    const result = findMentions(['Sherman spoke for an hour.'], matcher);
    expect(result.mentions).toEqual([]);
    expect(result.deferred).toEqual([{ block: 0, start: 0, end: 7, entity: 'wendy-sherman' }]);
    expect(result.triggered).toBe(false);
  });

  it('accepts a title or phrase right before or after (evidenceBefore/After)', () => {
    expect(sherman('Ms. Sherman spoke.')).toEqual(['Sherman → wendy-sherman']);
    expect(sherman('Ms Sherman spoke.')).toEqual(['Sherman → wendy-sherman']);
    expect(sherman('Deputy Secretary Sherman spoke.')).toEqual(['Sherman → wendy-sherman']);
    expect(sherman('Sherman told reporters that')).toEqual(['Sherman → wendy-sherman']);
    expect(sherman('Secretary Sherman spoke.')).toEqual([]);
    expect(sherman('госсекретаря Шермана')).toEqual(['Шермана → wendy-sherman']);
  });

  it('accepts the full name anywhere on the page (page-level evidence)', () => {
    expect(blockMarks(['Sherman arrived.', 'Later, Wendy Sherman spoke.'])).toEqual([
      '0:Sherman → wendy-sherman',
      '1:Wendy Sherman → wendy-sherman',
    ]);
  });

  it('accepts nearby words in the same block, not in another block', () => {
    expect(geneva('Talks in Geneva, the Swiss city.')).toEqual(['Geneva → geneva']);
    expect(blockMarks(['Talks in Geneva.', 'A Swiss city.'])).toEqual([]);
  });

  it('never lets an evidence phrase hide the mention it starts with', () => {
    expect(geneva('the Geneva talks began')).toEqual(['Geneva → geneva']);
  });

  it('accepts enough other confident entities in the same block (minNearbyEntities)', () => {
    expect(geneva('Washington and Moscow will meet in Geneva.')).toEqual(['Geneva → geneva']);
    expect(geneva('They will meet in Geneva.')).toEqual([]);
  });

  it('counts a neighbour that its own neighbours confirmed, in any order (minNearbyEntities)', () => {
    // Geneva needs one other name and has Ryabkov; Sherman needs two: Ryabkov and that Geneva.
    const chain = ['Ryabkov → sergei-ryabkov', 'Sherman → wendy-sherman', 'Geneva → geneva'];
    expect(marks('Ryabkov met Sherman in Geneva.')).toEqual(chain);
    expect(marks('In Geneva, Sherman met Ryabkov.')).toEqual([
      'Geneva → geneva',
      'Sherman → wendy-sherman',
      'Ryabkov → sergei-ryabkov',
    ]);
    // One sure name is one neighbour; doubtful names never confirm each other.
    expect(sherman('Sherman met Ryabkov.')).toEqual([]);
    expect(marks('Sherman met them in Geneva.')).toEqual([]);
  });

  it('lets a chain of neighbours that starts at a hidden name mark but not trigger (isSeen)', () => {
    // "Washington" (at 0) is hidden; Geneva leans on it, and Sherman on both.
    const blocks = ['Washington was not told; Geneva was chosen and Sherman agreed.'];
    const washingtonHidden = (_: number, start: number) => start !== 0;
    const hidden = findMentions(blocks, matcher, { isSeen: washingtonHidden });
    expect(hidden.mentions.map((m) => m.entity)).toEqual(['washington', 'geneva', 'wendy-sherman']);
    expect(hidden.triggered).toBe(false);
    expect(findMentions(blocks, matcher, { isSeen: () => true }).triggered).toBe(true);
  });

  it('triggers where what the reader sees is enough, though not what confirmed it (isSeen)', () => {
    // A hidden "Swiss" confirmed Geneva; the Washington the reader sees confirms it as well,
    // and the two are Sherman's neighbours.
    const blocks = ['Geneva was chosen by the Swiss hosts; Washington and Sherman agreed.'];
    const swissHidden = (_: number, start: number) => start !== blocks[0]!.indexOf('Swiss');
    expect(findMentions(blocks, matcher, { isSeen: swissHidden }).triggered).toBe(true);
    // Without Washington, nothing the reader sees says which Geneva, or which Sherman.
    const alone = ['Geneva was chosen by the Swiss hosts, and Sherman agreed.'];
    const hidden = (_: number, start: number) => start !== alone[0]!.indexOf('Swiss');
    const result = findMentions(alone, matcher, { isSeen: hidden });
    expect(result.mentions.map((m) => m.entity)).toEqual(['geneva']);
    expect(result.triggered).toBe(false);
  });

  it('lets counter-evidence right before or after win over any evidence', () => {
    const page = 'Wendy Sherman spoke. ';
    expect(sherman(page + 'General Sherman marched.')).toEqual(['Wendy Sherman → wendy-sherman']);
    expect(sherman(page + 'A Sherman tank. Sherman tanks.')).toEqual([
      'Wendy Sherman → wendy-sherman',
    ]);
    expect(sherman(page + 'Ms. Sherman, Sherman Oaks')).toEqual([
      'Wendy Sherman → wendy-sherman',
      'Sherman → wendy-sherman',
    ]);
    expect(sherman(page + "Sherman's tanks")).toEqual(['Wendy Sherman → wendy-sherman']);
    expect(sherman(page + 'the M4 Sherman')).toEqual(['Wendy Sherman → wendy-sherman']);
  });

  it('asks the page about a cue word once per block, however many names lean on it', () => {
    // A hostile page: every "Geneva" leans on its block's only cue word, which is hidden.
    const n = 500;
    const block = 'Geneva was Swiss. '.repeat(n);
    let calls = 0;
    const swiss = new Set([...block.matchAll(/Swiss/g)].map((m) => m.index));
    const isSeen = (_: number, start: number) => {
      calls++;
      return !swiss.has(start);
    };
    const result = findMentions([block], matcher, { isSeen });
    expect(result.mentions).toHaveLength(n);
    expect(calls).toBeLessThanOrEqual(3 * n);
  });

  it('takes a name its evidence confirmed as evidence for the page, where the reader sees both', () => {
    const blocks = ['Talks in Geneva, Switzerland.', 'Geneva was cold.'];
    const result = findMentions(blocks, matcher);
    expect(result.mentions.map((m) => `${m.block}:${m.entity}`)).toEqual(['0:geneva', '1:geneva']);
    expect(result.newlyConfident).toEqual(['geneva']);
    // A hidden "Switzerland" still says which Geneva the first is, but not for the page.
    const cue = blocks[0]!.indexOf('Switzerland');
    const hidden = findMentions(blocks, matcher, {
      isSeen: (block, start) => !(block === 0 && start === cue),
    });
    expect(hidden.mentions.map((m) => `${m.block}:${m.entity}`)).toEqual(['0:geneva']);
    expect(hidden.newlyConfident).toEqual([]);
  });

  it('rules out the other Genevas', () => {
    const page = 'Talks in Geneva, Switzerland. ';
    const others = [
      'the Geneva Conventions',
      'the Geneva Convention',
      'Geneva, Illinois',
      'Lake Geneva, Wis.',
      'Geneva, New York',
      'Geneva County',
    ];
    for (const text of others) expect(geneva(page + text), text).toEqual(['Geneva → geneva']);
  });

  it('reads no counter word past the end of a sentence', () => {
    expect(geneva('Swiss talks in Geneva. Conventions of the trade were kept.')).toEqual([
      'Geneva → geneva',
    ]);
    expect(geneva('Talks in Geneva, Switzerland. Lake Geneva, Wis. Next')).toEqual([
      'Geneva → geneva',
    ]);
  });

  it('does not let a rule reach across a clause break', () => {
    expect(sherman('Wendy Sherman spoke. He was a General; Sherman agreed.')).toHaveLength(2);
  });

  it('triggers only on a confident trigger mention', () => {
    expect(findMentions(['A Sherman tank in Geneva, Illinois.'], matcher).triggered).toBe(false);
    expect(findMentions(['Washington and Ukraine.'], matcher).triggered).toBe(false);
    expect(findMentions(['Ms. Sherman spoke.'], matcher).triggered).toBe(true);
  });

  it('lets what the reader cannot see neither trigger nor serve as evidence (isSeen)', () => {
    const blocks = ['Sherman arrived.', 'Washington and Ukraine.', 'Later, Wendy Sherman spoke.'];
    const asked: string[] = [];
    const hidden = (block: number, start: number) => {
      asked.push(`${block}:${start}`);
      return block !== 2;
    };
    expect(findMentions(blocks, matcher, { requireTrigger: true, isSeen: hidden })).toMatchObject({
      mentions: [],
      triggered: false,
    });
    // Only the trigger's mention was asked about: the others could change nothing.
    expect(asked.filter((a) => a.startsWith('2:'))).toEqual(['2:7']);
    // Seen elsewhere, the same mentions are marked, the unseen one included.
    const seen = findMentions([...blocks, 'NATO'], matcher, { isSeen: hidden });
    expect(seen.triggered).toBe(true);
    expect(seen.mentions.map((m) => `${m.block}:${m.entity}`)).toEqual([
      '1:washington',
      '1:ukraine',
      '2:wendy-sherman',
      '3:nato',
    ]);
    // Hidden, the full name is no evidence for the bare one.
    expect(seen.deferred.map((m) => `${m.block}:${m.entity}`)).toEqual(['0:wendy-sherman']);
  });

  it('lets a name only hidden neighbours confirm be marked but not trigger the page (isSeen)', () => {
    // "Washington" at 0 is hidden (a collapsed aside inside the paragraph), "Geneva" at 24 not.
    const blocks = ['Washington was not told; Geneva was chosen.'];
    const asked: number[] = [];
    const washingtonHidden = (_: number, start: number) => {
      asked.push(start);
      return start !== 0;
    };
    const hidden = findMentions(blocks, matcher, { isSeen: washingtonHidden });
    // Its neighbour still says which Geneva this is, for a page something else triggers.
    expect(hidden.mentions.map((m) => m.entity)).toEqual(['washington', 'geneva']);
    expect(hidden.triggered).toBe(false);
    // Asked about once, as page-wide evidence and as the neighbour the trigger needed.
    expect(asked.filter((start) => start === 0)).toEqual([0]);
    expect(
      findMentions(blocks, matcher, { requireTrigger: true, isSeen: washingtonHidden }).mentions,
    ).toEqual([]);
    expect(findMentions(blocks, matcher, { isSeen: () => true }).triggered).toBe(true);
  });

  it('lets a name only hidden cue words confirm be marked but not trigger the page (isSeen)', () => {
    // "Swiss" (at 25) is in a collapsed part of the paragraph; the bare "Geneva" is not.
    const blocks = ['Geneva was chosen by the Swiss hosts.'];
    const swiss = blocks[0]!.indexOf('Swiss');
    const swissHidden = (_: number, start: number) => start !== swiss;
    const hidden = findMentions(blocks, matcher, { isSeen: swissHidden });
    // The cue still says which Geneva this is, for a page something else triggers.
    expect(hidden.mentions.map((m) => m.entity)).toEqual(['geneva']);
    expect(hidden.triggered).toBe(false);
    expect(findMentions(blocks, matcher, { isSeen: () => true }).triggered).toBe(true);
    // A cue the reader sees ("Geneva talks") still triggers it, beside a hidden one.
    const titled = ['Geneva talks were held; the Swiss hosts said so.'];
    const shown = (_: number, start: number) => start !== titled[0]!.indexOf('Swiss');
    expect(findMentions(titled, matcher, { isSeen: shown }).triggered).toBe(true);
  });

  it('returns nothing without a trigger when asked to', () => {
    const blocks = ['Washington and Ukraine.'];
    expect(findMentions(blocks, matcher).mentions).toHaveLength(2);
    expect(findMentions(blocks, matcher, { requireTrigger: true })).toMatchObject({
      mentions: [],
      deferred: [],
      triggered: false,
    });
    const triggered = findMentions([...blocks, 'NATO'], matcher, { requireTrigger: true });
    expect(triggered.mentions).toHaveLength(3);
  });
});
