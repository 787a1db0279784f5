import { describe, expect, it } from 'vitest';
import { createSession, findMentions } from '../../../lib/match';
import { matcher } from './fixture-seeds';

describe('incremental rescans with a MatchSession', () => {
  it('keeps page-level evidence between calls', () => {
    const session = createSession();
    const first = findMentions(['Wendy Sherman arrived.'], matcher, { session });
    expect(first.newlyConfident).toEqual(['wendy-sherman']);
    const later = findMentions(['Sherman spoke.'], matcher, { session });
    expect(later.mentions).toEqual([{ block: 0, start: 0, end: 7, entity: 'wendy-sherman' }]);
    expect(later.newlyConfident).toEqual([]);
  });

  it('reports evidence that arrives after a deferred hit, so the caller can promote it', () => {
    const session = createSession();
    const first = findMentions(['Sherman spoke.'], matcher, { session });
    expect(first.mentions).toEqual([]);
    expect(first.deferred.map((d) => d.entity)).toEqual(['wendy-sherman']);
    const second = findMentions(['Wendy Sherman, again.'], matcher, { session });
    expect(second.newlyConfident).toEqual(['wendy-sherman']);
    expect(session.confident.has('wendy-sherman')).toBe(true);
  });

  it('lets a name its own evidence confirmed promote what an earlier call held back', () => {
    const session = createSession();
    const first = findMentions(['Geneva was cold.'], matcher, { session });
    expect(first.deferred.map((d) => d.entity)).toEqual(['geneva']);
    const second = findMentions(['Talks in Geneva, Switzerland.'], matcher, { session });
    expect(second.newlyConfident).toEqual(['geneva']);
    expect(session.confident.has('geneva')).toBe(true);
  });

  it('keeps doubting a surname another first name took, until a later call names her', () => {
    const session = createSession();
    findMentions(['Cindy Sherman photographed herself.'], matcher, { session });
    expect(findMentions(['Ms. Sherman spoke.'], matcher, { session }).mentions).toEqual([]);
    findMentions(['Wendy Sherman arrived.'], matcher, { session });
    expect(findMentions(['Ms. Sherman spoke.'], matcher, { session }).mentions).toHaveLength(1);
  });

  it('stays triggered once a trigger was seen, even with requireTrigger', () => {
    const session = createSession();
    const opts = { session, requireTrigger: true };
    expect(findMentions(['Washington.'], matcher, opts).mentions).toEqual([]);
    expect(findMentions(['Ryabkov spoke.'], matcher, opts).triggered).toBe(true);
    const later = findMentions(['Washington.'], matcher, opts);
    expect(later.triggered).toBe(true);
    expect(later.mentions).toHaveLength(1);
  });

  it('finds in chunks a subset of the whole, completed by promoting deferred hits', () => {
    const blocks = [
      'Sherman arrived.',
      'Wendy Sherman met Ryabkov in Geneva, Switzerland.',
      'NATO and Washington.',
    ];
    const whole = findMentions(blocks, matcher).mentions;
    const session = createSession();
    const found = blocks.map((b) => findMentions([b], matcher, { session }));
    const promoted = found.flatMap((r, block) =>
      [...r.mentions, ...r.deferred.filter((d) => session.confident.has(d.entity))]
        .map((m) => ({ ...m, block }))
        .sort((a, b) => a.start - b.start),
    );
    expect(promoted).toEqual(whole);
  });

  it('defers no name the page doubts: promoting it would skip the doubt', () => {
    const session = createSession();
    const blocks = ['Ms. Sherman met Ryabkov in Geneva.', 'Cindy Sherman opened a show.'];
    blocks.forEach((b) => findMentions([b], matcher, { session }));
    const later = findMentions(['Sherman said the talks were useful.'], matcher, { session });
    expect(session.confident.has('wendy-sherman')).toBe(true);
    expect(later.mentions).toEqual([]);
    expect(later.deferred).toEqual([]);
  });
});
