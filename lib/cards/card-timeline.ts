/**
 * The card's small timeline: events the entity took part in or that happened there, in date
 * order, each cited, with weekdays that do not match their date flagged and disputed events
 * marked so the card can point at the disagreement.
 */
import type { CorpusBundle } from '../corpus/bundle';
import { resolveCite, type CardCite } from './card-cites';

export interface CardWeekdayFlag {
  /** The weekday the source wrote. */
  stated: string;
  /** The date it wrote beside it (ISO, year of the events). */
  date: string;
  /** The weekday that date really falls on. */
  actual: string;
  cite: CardCite;
}

export interface CardEvent {
  id: string;
  title: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  endDate?: string;
  /** Display name of the place, in the card's language. */
  place?: string;
  cites: CardCite[];
  /** Weekdays in the sources that do not match the date. */
  weekdayFlags: CardWeekdayFlag[];
  /** Ids of disagreements about this event. */
  disputed: string[];
}

export function entityEvents(bundle: CorpusBundle, entityId: string, lang: 'en' | 'is') {
  const names = new Map(bundle.entities.map((e) => [e.id, e.name[lang]]));
  return bundle.events
    .filter((e) => e.participants.includes(entityId) || e.place === entityId)
    .map((e): CardEvent => {
      const place = e.place === undefined ? undefined : names.get(e.place);
      return {
        id: e.id,
        title: e.title[lang],
        date: e.date,
        precision: e.precision,
        ...(e.endDate === undefined ? {} : { endDate: e.endDate }),
        ...(place === undefined ? {} : { place }),
        cites: e.cites.flatMap((c) => resolveCite(bundle, c)),
        weekdayFlags: e.weekdayChecks
          .filter((w) => !w.matches)
          .flatMap((w) =>
            resolveCite(bundle, w.cite).map((cite) => ({
              stated: w.stated,
              date: w.date,
              actual: w.actual,
              cite,
            })),
          ),
        disputed: e.disagreements,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
