import type { Article } from '../lib/corpus/bundle';
import { formatDate } from './ui-strings';
import type { ViewContext } from './view-context';

/** Props of ArticleMetaLine: the article whose source, language and date to show. */
export interface ArticleMetaLineProps {
  ctx: ViewContext;
  article: Article;
}

/** Source · language · date of an article. */
export function ArticleMetaLine({ ctx, article }: ArticleMetaLineProps) {
  const { meta } = article;
  return (
    <span class="meta">
      <span title={meta.source.note}>{meta.source.name}</span> · {ctx.t.languages[article.language]}{' '}
      · <time dateTime={meta.date.value}>{formatDate(meta.date.value, ctx.lang)}</time>
    </span>
  );
}

/** Props of ArticleList: the corpus views context. */
export interface ArticleListProps {
  ctx: ViewContext;
}

/** Every article of the corpus in date order; each opens in the reader. */
export function ArticleList({ ctx }: ArticleListProps) {
  const articles = [...ctx.lookup.corpus.articles].sort(
    (a, b) => a.meta.date.value.localeCompare(b.meta.date.value) || a.id.localeCompare(b.id),
  );
  return (
    <ul class="rows articles">
      {articles.map((a) => (
        <li key={a.id}>
          <a
            class="corpus-link article-link"
            lang={a.language}
            href={ctx.linkTo({ view: 'article', id: a.id })}
          >
            {a.meta.title.text}
          </a>
          <ArticleMetaLine ctx={ctx} article={a} />
        </li>
      ))}
    </ul>
  );
}
