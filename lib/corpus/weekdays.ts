/**
 * Finds "weekday + date" statements ("Monday (Jan 10)", "föstudaginn 22. janúar") and checks
 * the weekday against the calendar of the events' year, so the timeline can flag a source
 * whose weekdays do not match its dates (seed 001).
 */
import type { WeekdayClaim } from './bundle';
import { MONTHS } from '../i18n/calendar';

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Icelandic weekday stems, Sunday first; endings vary by case ("sunnudags", "föstudaginn"). */
const WEEKDAYS_IS = [
  'sunnudag',
  'mánudag',
  'þriðjudag',
  'miðvikudag',
  'fimmtudag',
  'föstudag',
  'laugardag',
];
const MONTHS_EN = MONTHS.en.map((m) => m.slice(0, 3).toLowerCase());
const MONTHS_IS = MONTHS.is;

const EN = new RegExp(
  `\\b(${WEEKDAYS_EN.join('|')})\\b[\\s,(]*(?:(${MONTHS_EN.join('|')})[a-z]*\\.?\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS_EN.join('|')})[a-z]*)`,
  'giu',
);
const IS = new RegExp(
  `(${WEEKDAYS_IS.join('|')})\\p{L}*\\s+(\\d{1,2})\\.\\s*(${MONTHS_IS.join('|')})`,
  'giu',
);

function claim(
  start: number,
  end: number,
  stated: string,
  weekday: number,
  year: number,
  month: number,
  day: number,
): WeekdayClaim {
  const d = new Date(Date.UTC(year, month, day));
  const date = d.toISOString().slice(0, 10);
  const actual = d.getUTCDay();
  return {
    start,
    end,
    stated,
    date,
    actual: WEEKDAYS_EN[actual] ?? '',
    matches: actual === weekday,
  };
}

export function findWeekdayClaims(text: string, year: number): WeekdayClaim[] {
  const out: WeekdayClaim[] = [];
  for (const m of text.matchAll(EN)) {
    const weekday = WEEKDAYS_EN.findIndex((w) => w.toLowerCase() === (m[1] ?? '').toLowerCase());
    const month = MONTHS_EN.indexOf((m[2] ?? m[5] ?? '').slice(0, 3).toLowerCase());
    const day = Number(m[3] ?? m[4]);
    if (weekday >= 0 && month >= 0 && day >= 1 && day <= 31) {
      out.push(claim(m.index, m.index + m[0].length, m[1] ?? '', weekday, year, month, day));
    }
  }
  for (const m of text.matchAll(IS)) {
    const weekday = WEEKDAYS_IS.indexOf((m[1] ?? '').toLowerCase());
    const month = MONTHS_IS.indexOf((m[3] ?? '').toLowerCase());
    const day = Number(m[2]);
    if (weekday >= 0 && month >= 0 && day >= 1 && day <= 31) {
      const stated = m[0].split(/\s/u)[0] ?? '';
      out.push(claim(m.index, m.index + m[0].length, stated, weekday, year, month, day));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
