/**
 * The card's UI strings in English and Icelandic, typed so a missing translation fails the
 * typecheck. Corpus text (sentences, quotes, evidence) is never translated: it stays in the
 * language of its article.
 */
import type { EntityType, Lang } from '../../lib/corpus/schema';
import type { CardSection } from '../../lib/cards/card-model';
import { MONTHS } from '../../lib/i18n/calendar';

export interface CardStrings {
  close: string;
  back: string;
  more: (hidden: number) => string;
  less: string;
  types: Record<EntityType, string>;
  sections: Record<CardSection, string>;
  languages: Record<Lang, string>;
  openInCorpus: string;
  openEntityInCorpus: string;
  mentions: (count: number) => string;
  /** Summary of a citation's disclosure: shows the verbatim evidence. */
  evidence: string;
  /** English weekday names (as the corpus build writes them) in this language. */
  weekdays: Record<string, string>;
  weekdayMismatch: (stated: string, date: string, actual: string) => string;
  disputed: string;
}

const en: CardStrings = {
  close: 'Close',
  back: 'Back',
  more: (n) => `More (${n})`,
  less: 'Less',
  types: { person: 'Person', place: 'Place', organisation: 'Organisation' },
  sections: {
    facts: 'Background',
    quotes: 'In their words',
    corpus: 'In the corpus',
    related: 'Related',
    timeline: 'Timeline',
    disagreements: 'Sources disagree',
  },
  languages: { en: 'English', is: 'Icelandic', de: 'German', ru: 'Russian', fr: 'French' },
  openInCorpus: 'Open in the corpus',
  openEntityInCorpus: 'All in the corpus',
  mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
  evidence: 'Evidence',
  weekdays: {
    Monday: 'Monday',
    Tuesday: 'Tuesday',
    Wednesday: 'Wednesday',
    Thursday: 'Thursday',
    Friday: 'Friday',
    Saturday: 'Saturday',
    Sunday: 'Sunday',
  },
  weekdayMismatch: (stated, date, actual) => `Says ${stated}, but ${date} was a ${actual}`,
  disputed: 'Disputed',
};

const is: CardStrings = {
  close: 'Loka',
  back: 'Til baka',
  more: (n) => `Meira (${n})`,
  less: 'Minna',
  types: { person: 'Persóna', place: 'Staður', organisation: 'Stofnun' },
  sections: {
    facts: 'Bakgrunnur',
    quotes: 'Í eigin orðum',
    corpus: 'Í greinasafninu',
    related: 'Tengt',
    timeline: 'Tímalína',
    disagreements: 'Heimildum ber ekki saman',
  },
  languages: { en: 'enska', is: 'íslenska', de: 'þýska', ru: 'rússneska', fr: 'franska' },
  openInCorpus: 'Opna í greinasafninu',
  openEntityInCorpus: 'Allt í greinasafninu',
  mentions: (n) => (n % 10 === 1 && n % 100 !== 11 ? `${n} nefning` : `${n} nefningar`),
  evidence: 'Heimild',
  weekdays: {
    Monday: 'mánudagur',
    Tuesday: 'þriðjudagur',
    Wednesday: 'miðvikudagur',
    Thursday: 'fimmtudagur',
    Friday: 'föstudagur',
    Saturday: 'laugardagur',
    Sunday: 'sunnudagur',
  },
  weekdayMismatch: (stated, date, actual) => `Sagt ${stated}, en ${date} var ${actual}`,
  disputed: 'Umdeilt',
};

export const CARD_STRINGS: Readonly<Record<'en' | 'is', CardStrings>> = { en, is };

/**
 * A date as the card shows it: "10 Jan 2022", "10. jan. 2022"; "June 2021", "júní 2021".
 * Formatted here rather than by Intl, whose Icelandic data some browser builds lack.
 */
export function formatDate(iso: string, lang: 'en' | 'is', precision = 'day'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  const [, year, , day] = match;
  if (precision === 'year') return year!;
  if (precision === 'month') return `${month} ${year}`;
  const short = month.length > 4 ? `${month.slice(0, 3)}${lang === 'is' ? '.' : ''}` : month;
  const shown = lang === 'en' ? short.charAt(0).toUpperCase() + short.slice(1) : short;
  return lang === 'is' ? `${Number(day)}. ${shown} ${year}` : `${Number(day)} ${shown} ${year}`;
}
