import type { Article } from '../lib/corpus/bundle';
import type { CorpusRoute } from '../lib/routes/corpus-route';
import type { CorpusSearch } from '../lib/search/search-index';
import { ArticleList } from './ArticleList';
import { ArticleReader } from './ArticleReader';
import { EntityList } from './EntityList';
import { EntityView } from './EntityView';
import { SearchPanel } from './SearchPanel';
import { TimelineList } from './TimelineList';
import type { ViewContext } from './view-context';

/** Props of CorpusApp: the current route and what its views need. */
export interface CorpusAppProps {
  ctx: ViewContext;
  route: CorpusRoute;
  getSearch: () => CorpusSearch;
  /** Typing in the search box: the query becomes the URL (#/search/<query>). */
  onSearch: (query: string) => void;
  paint?: (root: HTMLElement, article: Article) => () => void;
}

/** The corpus browser: one view per route, with a header to move between them. */
export function CorpusApp({ ctx, route, getSearch, onSearch, paint }: CorpusAppProps) {
  const { t, lookup } = ctx;
  const current = (view: CorpusRoute['view']) => (route.view === view ? 'page' : undefined);
  return (
    <>
      <header class="site-header">
        <a class="brand" href={ctx.linkTo({ view: 'home' })}>
          {t.appName}
        </a>
        <nav aria-label={t.appName}>
          <a href={ctx.linkTo({ view: 'home' })} aria-current={current('home')}>
            {t.home}
          </a>
          <a href={ctx.linkTo({ view: 'timeline' })} aria-current={current('timeline')}>
            {t.tabs.timeline}
          </a>
          <a href={ctx.linkTo({ view: 'search', query: '' })} aria-current={current('search')}>
            {t.tabs.search}
          </a>
        </nav>
      </header>
      <main id="main">{view()}</main>
    </>
  );

  function view() {
    switch (route.view) {
      case 'home':
        return (
          <div class="home">
            <section aria-labelledby="home-articles">
              <h1 id="home-articles">{t.tabs.articles}</h1>
              <ArticleList ctx={ctx} />
            </section>
            <section aria-labelledby="home-names">
              <h1 id="home-names">{t.tabs.entities}</h1>
              <EntityList ctx={ctx} />
            </section>
          </div>
        );
      case 'timeline':
        return (
          <section aria-labelledby="timeline-title" class="narrow">
            <h1 id="timeline-title">{t.tabs.timeline}</h1>
            <TimelineList ctx={ctx} events={lookup.timeline()} full />
          </section>
        );
      case 'search':
        return (
          <section aria-labelledby="search-title" class="narrow">
            <h1 id="search-title">{t.searchLabel}</h1>
            <SearchPanel
              ctx={ctx}
              getSearch={getSearch}
              query={route.query}
              onQuery={onSearch}
              autoFocus
            />
          </section>
        );
      case 'entity': {
        const entity = lookup.entity(route.id);
        return entity ? (
          <EntityView ctx={ctx} entity={entity} />
        ) : (
          <p class="status">{t.notFound}</p>
        );
      }
      case 'article': {
        const article = lookup.article(route.id);
        return article ? (
          <ArticleReader ctx={ctx} article={article} sentence={route.sentence} paint={paint} />
        ) : (
          <p class="status">{t.notFound}</p>
        );
      }
    }
  }
}
