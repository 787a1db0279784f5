import { useState } from 'preact/hooks';
import type { CorpusSearch } from '../lib/search/search-index';
import { ArticleList } from './ArticleList';
import { EntityList } from './EntityList';
import { OnThisPage, type PageView } from './OnThisPage';
import { SearchPanel } from './SearchPanel';
import { Tabs } from './Tabs';
import { TimelineList } from './TimelineList';
import type { ViewContext } from './view-context';

export type PopupTab = 'page' | 'search' | 'entities' | 'articles' | 'timeline';
const TABS: readonly PopupTab[] = ['page', 'search', 'entities', 'articles', 'timeline'];

export interface PopupAppProps {
  ctx: ViewContext;
  getSearch: () => CorpusSearch;
  page: PageView;
  /** The active tab's site when it is a web page that can be paused. */
  site?: string;
  paused: boolean;
  initialTab?: PopupTab;
  onTogglePause: () => void;
  onFocusEntity: (entity: string) => void;
  onOpenOptions: () => void;
}

/** The toolbar popup: what is on this page, pause, and the corpus in five tabs. */
export function PopupApp(props: PopupAppProps) {
  const { ctx, page, site, paused } = props;
  const { t, lookup, lang } = ctx;
  const [tab, setTab] = useState<PopupTab>(props.initialTab ?? 'page');
  const [query, setQuery] = useState('');
  return (
    <div class="popup">
      <header class="bar">
        <h1>{t.appName}</h1>
        {site && (
          <button type="button" class="pause" aria-pressed={paused} onClick={props.onTogglePause}>
            {paused ? t.resume : t.pause}
          </button>
        )}
        <button type="button" class="options" onClick={props.onOpenOptions}>
          {t.options}
        </button>
      </header>
      <Tabs
        idPrefix="popup"
        label={t.appName}
        tabs={TABS.map((id) => ({ id, label: t.tabs[id] }))}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'page' && (
          <OnThisPage
            t={t}
            view={page}
            site={site}
            nameOf={(id) => lookup.entity(id)?.name[lang]}
            onFocusEntity={props.onFocusEntity}
          />
        )}
        {tab === 'search' && (
          <SearchPanel
            ctx={ctx}
            getSearch={props.getSearch}
            query={query}
            onQuery={setQuery}
            limits={{ entity: 6, article: 5, sentence: 12 }}
            autoFocus
          />
        )}
        {tab === 'entities' && <EntityList ctx={ctx} />}
        {tab === 'articles' && <ArticleList ctx={ctx} />}
        {tab === 'timeline' && <TimelineList ctx={ctx} events={lookup.timeline()} />}
      </Tabs>
      <footer class="bar">
        <a class="corpus-link" href={ctx.linkTo({ view: 'home' })}>
          {t.openCorpus}
        </a>
      </footer>
    </div>
  );
}
