import type { TimelineEvent } from '../lib/corpus/bundle';
import { CiteList, FactItem } from './CiteList';
import { formatDate } from './ui-strings';
import type { ViewContext } from './view-context';

/** Props of TimelineList: the events to list and how much of each to unfold. */
export interface TimelineListProps {
  ctx: ViewContext;
  events: readonly TimelineEvent[];
  /** Show each event's citations and disagreements in full (the corpus page) or folded (popup). */
  full?: boolean;
}

/** Dated events, with weekdays that do not match their date and disagreeing sources marked. */
export function TimelineList({ ctx, events, full = false }: TimelineListProps) {
  const { lookup, lang, t } = ctx;
  return (
    <ol class="timeline">
      {events.map((e) => {
        const mismatches = e.weekdayChecks.filter((w) => !w.matches);
        const disagreements = e.disagreements.flatMap((id) => {
          const d = lookup.corpus.disagreements.find((x) => x.id === id);
          return d ? [d] : [];
        });
        const place = e.place ? lookup.entity(e.place) : undefined;
        return (
          <li key={e.id} id={`event-${e.id}`} class="event">
            <time dateTime={e.date}>
              {formatDate(e.date, lang, e.precision)}
              {e.endDate ? ` ${t.until} ${formatDate(e.endDate, lang, e.precision)}` : ''}
            </time>
            <h3>{e.title[lang]}</h3>
            {place && (
              <a
                class="corpus-link entity-link type-place"
                href={ctx.linkTo({ view: 'entity', id: place.id })}
              >
                {place.name[lang]}
              </a>
            )}
            {mismatches.map((w, i) => (
              <p key={i} class="flag weekday">
                <span aria-hidden="true">⚠ </span>
                {t.weekdayMismatch(w.stated, formatDate(w.date, lang), w.actual)}
              </p>
            ))}
            {disagreements.map((d) => (
              <details key={d.id} class="flag disagreement" open={full}>
                <summary>
                  <span aria-hidden="true">⚖ </span>
                  {t.disagree}: {d.topic[lang]}
                </summary>
                <ul class="facts">
                  {d.claims.map((c, i) => (
                    <FactItem key={i} ctx={ctx} fact={c} />
                  ))}
                </ul>
              </details>
            ))}
            <details class="event-cites" open={full}>
              <summary>
                {t.cited} ({e.cites.length})
              </summary>
              <CiteList ctx={ctx} cites={e.cites} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
