import { expect, test } from 'vitest';
import { corpusHashOf, isOpenCorpusRequest } from '../../../lib/cards/open-corpus';
import { stepForCommand } from '../../../lib/hover/commands';

test('open-corpus accepts corpus routes only, re-formatted', () => {
  expect(isOpenCorpusRequest({ type: 'open-corpus', hash: '#/entity/geneva' })).toBe(true);
  expect(isOpenCorpusRequest({ type: 'open-corpus' })).toBe(false);
  expect(isOpenCorpusRequest({ type: 'card', hash: '#/' })).toBe(false);
  const open = (hash: string) => corpusHashOf({ type: 'open-corpus', hash });
  expect(open('#/article/002_ec0cd77a669150c2/s/3')).toBe('#/article/002_ec0cd77a669150c2/s/3');
  expect(open('#/entity/sergei-ryabkov')).toBe('#/entity/sergei-ryabkov');
  expect(open('javascript:alert(1)')).toBeNull();
  expect(open('#/entity/../../evil')).toBeNull();
});

test('keyboard commands map to step-mention directions', () => {
  expect(stepForCommand('next-mention')).toEqual({ type: 'step-mention', direction: 1 });
  expect(stepForCommand('previous-mention')).toEqual({ type: 'step-mention', direction: -1 });
  expect(stepForCommand('_execute_action')).toBeNull();
});
