import type { CardCite } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { CorpusLink } from './CorpusLink';
import { formatDate } from './card-strings';

/**
 * The citations of one article: source, date and language at a glance, the verbatim
 * evidence on demand (one passage per cite), each linked to its sentence in the corpus.
 */
export interface CiteLineProps {
  ui: CardUi;
  /** Cites of the same article. */
  cites: CardCite[];
}

export function CiteLine({ ui, cites }: CiteLineProps) {
  const { strings } = ui;
  const [first] = cites;
  if (!first) return null;
  return (
    <details class="cite">
      <summary>
        <span class="cite-source">{first.source}</span>
        <span class="sep" aria-hidden="true">
          ·
        </span>
        <time dateTime={first.date}>{formatDate(first.date, ui.lang)}</time>
        <span class="sep" aria-hidden="true">
          ·
        </span>
        <abbr class="lang-badge" title={strings.languages[first.language]}>
          {first.language.toUpperCase()}
        </abbr>
      </summary>
      {cites.map((cite, i) => (
        <blockquote class="evidence" lang={cite.language} key={i}>
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
      ))}
    </details>
  );
}

/** A statement's citations, one line per article (several passages of one article share it). */
export interface CiteListProps {
  ui: CardUi;
  cites: CardCite[];
}

export function CiteList({ ui, cites }: CiteListProps) {
  const byArticle = new Map<string, CardCite[]>();
  for (const cite of cites)
    byArticle.set(cite.article, [...(byArticle.get(cite.article) ?? []), cite]);
  return (
    <div class="cites">
      {[...byArticle].map(([article, group]) => (
        <CiteLine key={article} ui={ui} cites={group} />
      ))}
    </div>
  );
}
