import type { CardCite } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { CorpusLink } from './CorpusLink';
import { formatDate } from './card-strings';

/** One citation: source, date and language at a glance, the verbatim evidence on demand. */
export interface CiteLineProps {
  ui: CardUi;
  cite: CardCite;
}

export function CiteLine({ ui, cite }: CiteLineProps) {
  const { strings } = ui;
  return (
    <details class="cite">
      <summary>
        <span class="cite-source">{cite.source}</span>
        <span class="sep" aria-hidden="true">
          ·
        </span>
        <time dateTime={cite.date}>{formatDate(cite.date, ui.lang)}</time>
        <span class="sep" aria-hidden="true">
          ·
        </span>
        <abbr class="lang-badge" title={strings.languages[cite.language]}>
          {cite.language.toUpperCase()}
        </abbr>
      </summary>
      <blockquote class="evidence" lang={cite.language}>
        <p>{cite.evidence}</p>
        <footer>
          <cite lang={cite.language}>{cite.title}</cite>
          {cite.sentence !== undefined && (
            <CorpusLink
              ui={ui}
              route={{ view: 'article', id: cite.article, sentence: cite.sentence }}
            >
              {strings.openInCorpus}
            </CorpusLink>
          )}
        </footer>
      </blockquote>
    </details>
  );
}
