import { useState } from 'preact/hooks';
import type { CorpusSearch } from '../lib/search/search-index';
import { ArticleList } from './ArticleList';
import { EntityList } from './EntityList';
import { OnThisPage, type PageView } from './OnThisPage';
import { SearchPanel } from './SearchPanel';
import { Tabs } from './Tabs';
import { TimelineList } from './TimelineList';
import type { Strings } from './ui-strings';
import type { ViewContext } from './view-context';
import type { UiLang } from '../lib/settings/ui-language';

export type PopupTab = 'page' | 'search' | 'entities' | 'articles' | 'timeline';
const TABS: readonly PopupTab[] = ['page', 'search', 'entities', 'articles', 'timeline'];

/** The corpus views, loaded after the first frame so opening the popup never waits for them. */
export interface PopupCorpus {
  ctx: ViewContext;
  getSearch: () => CorpusSearch;
}

/** Props of PopupApp: the active tab, its status, and the actions the popup wires to the browser. */
export interface PopupAppProps {
  t: Strings;
  lang: UiLang;
  /** Undefined until the corpus has loaded. */
  corpus?: PopupCorpus;
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
  const { t, lang, corpus, page, site, paused } = props;
  const ctx = corpus?.ctx;
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
            nameOf={(id) => ctx?.lookup.entity(id)?.name[lang]}
            onFocusEntity={props.onFocusEntity}
          />
        )}
        {tab !== 'page' && !corpus && <p class="status">…</p>}
        {tab === 'search' && corpus && (
          <SearchPanel
            ctx={corpus.ctx}
            getSearch={corpus.getSearch}
            query={query}
            onQuery={setQuery}
            limits={{ entity: 6, article: 5, sentence: 12 }}
            moreLink
            autoFocus
          />
        )}
        {tab === 'entities' && ctx && <EntityList ctx={ctx} />}
        {tab === 'articles' && ctx && <ArticleList ctx={ctx} />}
        {tab === 'timeline' && ctx && <TimelineList ctx={ctx} events={ctx.lookup.timeline()} />}
      </Tabs>
      <footer class="bar">
        {ctx && (
          <a class="corpus-link" href={ctx.linkTo({ view: 'home' })}>
            {t.openCorpus}
          </a>
        )}
      </footer>
    </div>
  );
}
