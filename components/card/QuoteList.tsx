import type { CardQuote } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { CiteLine } from './CiteLine';

/** What the person said, verbatim in the article's language, each cited. */
export interface QuoteListProps {
  ui: CardUi;
  quotes: CardQuote[];
}

export function QuoteList({ ui, quotes }: QuoteListProps) {
  return (
    <ul class="quotes">
      {quotes.map((q, i) => (
        <li key={i}>
          <q class="quote" lang={q.lang}>
            {q.text}
          </q>
          <CiteLine ui={ui} cites={[q.cite]} />
        </li>
      ))}
    </ul>
  );
}
