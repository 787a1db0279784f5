import { expect, test } from 'vitest';
import { stepTarget } from '../../../lib/hover/step';

const never = () => {
  throw new Error('the viewport is not consulted when a mention is current');
};

test('from the current mention: next and previous, wrapping around', () => {
  expect(stepTarget({ count: 5, current: 2, firstInView: never, direction: 1 })).toBe(3);
  expect(stepTarget({ count: 5, current: 2, firstInView: never, direction: -1 })).toBe(1);
  expect(stepTarget({ count: 5, current: 4, firstInView: never, direction: 1 })).toBe(0);
  expect(stepTarget({ count: 5, current: 0, firstInView: never, direction: -1 })).toBe(4);
});

test('with nothing current: forward opens the first in view, backward the last above it', () => {
  expect(stepTarget({ count: 5, current: -1, firstInView: () => 3, direction: 1 })).toBe(3);
  expect(stepTarget({ count: 5, current: -1, firstInView: () => 3, direction: -1 })).toBe(2);
  expect(stepTarget({ count: 5, current: -1, firstInView: () => 0, direction: -1 })).toBe(4);
});

test('with every mention above the viewport: forward wraps to the first, backward the last', () => {
  expect(stepTarget({ count: 5, current: -1, firstInView: () => -1, direction: 1 })).toBe(0);
  expect(stepTarget({ count: 5, current: -1, firstInView: () => -1, direction: -1 })).toBe(4);
});

test('only accepted mentions are landed on; none accepted or none at all gives -1', () => {
  const even = (i: number) => i % 2 === 0;
  expect(
    stepTarget({ count: 6, current: 2, firstInView: never, direction: 1, accepts: even }),
  ).toBe(4);
  expect(
    stepTarget({ count: 6, current: 4, firstInView: never, direction: 1, accepts: even }),
  ).toBe(0);
  expect(
    stepTarget({ count: 6, current: 1, firstInView: never, direction: 1, accepts: () => false }),
  ).toBe(-1);
  expect(stepTarget({ count: 0, current: -1, firstInView: () => -1, direction: 1 })).toBe(-1);
});

test('the only accepted mention, already current, is landed on again (its card reopens)', () => {
  const only3 = (i: number) => i === 3;
  expect(
    stepTarget({ count: 6, current: 3, firstInView: never, direction: 1, accepts: only3 }),
  ).toBe(3);
});
