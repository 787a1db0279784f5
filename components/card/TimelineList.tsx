import type { CardEvent } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { CiteLine, CiteList } from './CiteLine';
import { formatDate } from './card-strings';

/** A small timeline: date, event, place; weekday slips in the sources flagged. */
export interface TimelineListProps {
  ui: CardUi;
  events: CardEvent[];
}

export function TimelineList({ ui, events }: TimelineListProps) {
  const { strings, lang } = ui;
  const day = (name: string) => strings.weekdays[name] ?? name;
  return (
    <ol class="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <time class="when" dateTime={e.date}>
            {formatDate(e.date, lang, e.precision)}
          </time>
          <div class="what">
            <p>
              {e.title}
              {e.place && <span class="place"> · {e.place}</span>}
              {e.disputed.length > 0 && <span class="badge badge-warn">{strings.disputed}</span>}
            </p>
            {e.weekdayFlags.map((w, i) => (
              <div class="flag" key={i} role="note">
                <p>
                  <span aria-hidden="true">⚠ </span>
                  {strings.weekdayMismatch(day(w.stated), formatDate(w.date, lang), day(w.actual))}
                </p>
                <CiteLine ui={ui} cites={[w.cite]} />
              </div>
            ))}
            <CiteList ui={ui} cites={e.cites} />
          </div>
        </li>
      ))}
    </ol>
  );
}
