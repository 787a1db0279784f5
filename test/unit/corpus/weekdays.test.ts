import { expect, test } from 'vitest';
import { findWeekdayClaims } from '../../../lib/corpus/weekdays';

test('checks English and Icelandic weekday + date statements against the calendar', () => {
  const text =
    'Talks began on Monday (Jan 10). Fundurinn var föstudaginn 22. janúar og sunnudaginn 9. janúar.';
  const claims = findWeekdayClaims(text, 2022);
  expect(claims.map((c) => [c.stated, c.date, c.actual, c.matches])).toEqual([
    ['Monday', '2022-01-10', 'Monday', true],
    ['föstudaginn', '2022-01-22', 'Saturday', false],
    ['sunnudaginn', '2022-01-09', 'Sunday', true],
  ]);
  expect(text.slice(claims[1]!.start, claims[1]!.end)).toBe('föstudaginn 22. janúar');
});

test('the same weekday can match in another year', () => {
  expect(findWeekdayClaims('föstudaginn 22. janúar', 2021)[0]?.matches).toBe(true);
});

test('a weekday without a date is no claim', () => {
  expect(findWeekdayClaims('They met on Friday in Geneva.', 2022)).toEqual([]);
});
