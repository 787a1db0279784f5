import type { CardArticle } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { CorpusLink } from './CorpusLink';
import { EmphasisedSentence } from './EmphasisedSentence';
import { formatDate } from './card-strings';

/** "In the corpus": the articles that mention the entity, each with its best sentence. */
export interface CorpusArticlesProps {
  ui: CardUi;
  articles: CardArticle[];
}

export function CorpusArticles({ ui, articles }: CorpusArticlesProps) {
  const { strings } = ui;
  return (
    <ul class="articles">
      {articles.map((a) => (
        <li key={a.article}>
          <p class="article-title">
            <cite lang={a.language}>{a.title}</cite>
          </p>
          <p class="meta">
            <span>{a.source}</span>
            <span class="sep" aria-hidden="true">
              ·
            </span>
            <time dateTime={a.date}>{formatDate(a.date, ui.lang)}</time>
            <span class="sep" aria-hidden="true">
              ·
            </span>
            <abbr class="lang-badge" title={strings.languages[a.language]}>
              {a.language.toUpperCase()}
            </abbr>
            <span class="sep" aria-hidden="true">
              ·
            </span>
            <span>{strings.mentions(a.count)}</span>
          </p>
          {a.sentence && (
            <>
              <EmphasisedSentence sentence={a.sentence} lang={a.language} />
              <CorpusLink
                ui={ui}
                class="open-link"
                route={{ view: 'article', id: a.article, sentence: a.sentence.index }}
              >
                {strings.openInCorpus}
              </CorpusLink>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
