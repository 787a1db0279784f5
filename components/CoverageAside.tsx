import type { Article } from '../lib/corpus/bundle';
import { ArticleMetaLine } from './ArticleList';
import type { ViewContext } from './view-context';

/** Props of CoverageAside: the article being read. */
export interface CoverageAsideProps {
  ctx: ViewContext;
  article: Article;
}

/**
 * The other articles beside the reader, across languages: for each event both report, the
 * other article's own words about it, linked to that sentence.
 */
export function CoverageAside({ ctx, article }: CoverageAsideProps) {
  const { t, lang, lookup } = ctx;
  const others = lookup.coverage(article.id);
  return (
    <aside class="coverage" aria-labelledby="coverage-title" lang={lang}>
      <h2 id="coverage-title">{t.coverage}</h2>
      {others.every((o) => o.events.length === 0) && <p class="meta">{t.noCoverage}</p>}
      {others.map(({ article: other, events }) => (
        <section key={other.id} class="coverage-item">
          <a
            class="corpus-link article-link"
            lang={other.language}
            href={ctx.linkTo({ view: 'article', id: other.id })}
          >
            {other.meta.title.text}
          </a>
          <ArticleMetaLine ctx={ctx} article={other} />
          {events.length > 0 && <p class="meta">{t.sharedEvents(events.length)}</p>}
          {events.map((e) => (
            <div key={e.id} class="coverage-event">
              <span class="event-name">{e.title[lang]}</span>
              <ul class="cites">
                {e.cites
                  .filter((c) => c.article === other.id)
                  .map((c, i) => (
                    <li key={i}>
                      <a
                        class="corpus-link"
                        lang={other.language}
                        href={ctx.linkTo(
                          c.sentence === undefined
                            ? { view: 'article', id: other.id }
                            : { view: 'article', id: other.id, sentence: c.sentence },
                        )}
                      >
                        <q>{c.evidence}</q>
                      </a>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </aside>
  );
}
