/**
 * Rules beyond evidence for one ambiguous hit: words that name another of the name and doubt
 * the page, the neighbours that count, and guarded aliases (fixture seeds, varied per test).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createSession, findMentions } from '../../../lib/match';
import { shippedMatcher } from '../../../lib/match/compile';
import { data, matcher, withRules } from './fixture-seeds';
import { blockMarks, marks } from './helpers';

describe('words that name someone or somewhere else of the name (othersBefore, othersAfter)', () => {
  const others = withRules('geneva', {
    othersAfter: ['Ill.'],
    othersBefore: ['Smitherman of'],
    evidenceAfter: ['Switzerland'],
  });
  const found = (blocks: string[]) => blockMarks(blocks, undefined, others);

  it('rule the name out and doubt its every bare mention on the page', () => {
    const page = [
      'GENEVA, Ill. — Teachers resumed talks.',
      'Geneva schools opened to Swiss visitors.',
    ];
    // Without them, both are the city: "Swiss" confirms the second, and it the first.
    expect(blockMarks(page)).toEqual(['0:GENEVA → geneva', '1:Geneva → geneva']);
    expect(found(page)).toEqual([]);
    expect(findMentions(page, others).triggered).toBe(false);
    expect(found(['Smitherman of Geneva spoke.', 'Geneva was Swiss.'])).toEqual([]);
  });

  it('stop doubting once an alias that needs no evidence names the entity', () => {
    const page = ['GENEVA, Ill. — Teachers resumed talks.', 'Geneva was Swiss.', 'Í Genf.'];
    expect(found(page)).toEqual(['1:Geneva → geneva', '2:Genf → geneva']);
  });

  it('leave a name that the words right after it set apart (evidenceAfter)', () => {
    const page = ['Geneva, Ill. is small.', 'Talks in Geneva, Switzerland began.'];
    expect(found(page)).toEqual(['1:Geneva → geneva']);
    expect(findMentions(page, others).triggered).toBe(true);
    // It is no evidence for the page's bare names, in one call or across calls.
    const more = [...page, 'Geneva was cold.'];
    expect(found(more)).toEqual(['1:Geneva → geneva']);
    expect(findMentions(more, others).newlyConfident).toEqual([]);
    const session = createSession();
    const calls = [[more[1]!], [more[0]!, more[2]!]].map((blocks) =>
      findMentions(blocks, others, { session }).mentions.map((m) => m.entity),
    );
    expect(calls).toEqual([['geneva'], []]);
  });
});

describe('neighbours that count (nearbyOneOf)', () => {
  it('confirms a name only by the entities its rules list', () => {
    const page = ['Sherman rolled from Moscow to Washington.'];
    expect(blockMarks(page)).toContain('0:Sherman → wendy-sherman');
    const talks = withRules('wendy-sherman', { nearbyOneOf: ['sergei-ryabkov', 'geneva'] });
    expect(findMentions(page, talks).mentions.map((m) => m.entity)).toEqual([
      'moscow',
      'washington',
    ]);
    expect(blockMarks(['Sherman met Ryabkov in Geneva.'], undefined, talks)).toContain(
      '0:Sherman → wendy-sherman',
    );
  });
});

describe('guarded aliases need no evidence but heed counter-evidence', () => {
  const moscow = (text: string, m = matcher) =>
    marks(text, undefined, m).filter((x) => x.endsWith('moscow'));

  it('takes a bare guarded name as sure: no evidence asked, nothing deferred', () => {
    expect(moscow('Moscow wants guarantees.')).toEqual(['Moscow → moscow']);
    expect(moscow('Gespräche in Moskau, Moskaus Antwort')).toEqual([
      'Moskau → moscow',
      'Moskaus → moscow',
    ]);
    expect(findMentions(['Moscow wants guarantees.'], matcher).deferred).toEqual([]);
  });

  it('rules it out where counter-evidence stands next to it', () => {
    expect(moscow('The Moscow Times reported it.')).toEqual([]);
    expect(moscow('Students in Moscow, Idaho, mourned.')).toEqual([]);
    expect(moscow('Spartak Moscow won.')).toEqual([]);
    // Nothing is deferred either: the page naming Moscow elsewhere does not bring it back.
    const page = findMentions(['Moscow wants guarantees.', 'The Moscow Times said so.'], matcher);
    expect(page.mentions.map((m) => m.block)).toEqual([0]);
    expect(page.deferred).toEqual([]);
  });

  it('lets words that name another of the name doubt the page’s other bare mentions', () => {
    const page = ['Students in Moscow, Idaho, mourned.', 'Moscow wants guarantees.'];
    expect(moscow(page.join(' '))).toEqual(['Moscow → moscow']);
    const others = withRules('moscow', { othersAfter: ['Idaho'] });
    expect(findMentions(page, others).mentions).toEqual([]);
    expect(moscow([...page, 'Moskau antwortete.'].join(' '), others)).toEqual([]);
  });

  it('keeps the guard in the trie the build packs for the content script', () => {
    const shipped = compileMatcher(JSON.parse(JSON.stringify(shippedMatcher(data))) as typeof data);
    expect(moscow('The Moscow Times and Moscow.', shipped)).toEqual(['Moscow → moscow']);
  });
});
