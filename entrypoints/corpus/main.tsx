import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import corpus from 'virtual:geneva-corpus';
import './corpus.css';
import { CorpusApp } from '../../components/CorpusApp';
import { stringsFor } from '../../components/ui-strings';
import type { ViewContext } from '../../components/view-context';
import type { Article } from '../../lib/corpus/bundle';
import { getSettings, watchSettings } from '../../lib/browser/storage';
import { formatRoute, parseRoute, type CorpusRoute } from '../../lib/routes/corpus-route';
import { buildCorpusLookup } from '../../lib/search/corpus-lookup';
import { buildCorpusSearch, type CorpusSearch } from '../../lib/search/search-index';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { resolveUiLang } from '../../lib/settings/ui-language';
import { highlightRules } from './highlight-style';
import { paintMentions } from './paint-mentions';
import { installReaderCards } from './reader-cards';

const lookup = buildCorpusLookup(corpus);
let search: CorpusSearch | undefined;
const getSearch = () => (search ??= buildCorpusSearch(corpus));
const highlightSheet = document.head.appendChild(document.createElement('style'));

// The latest settings, for the reader's hover cards: they live outside Preact and read the
// language and dwell on every hover, so a change applies at once.
let current: Settings | undefined;

/** Mentions painted, clickable (to the entity's view) and with hover cards. */
const paint = (root: HTMLElement, article: Article) => {
  const painted = paintMentions(
    root,
    lookup.mentionsIn(article.id),
    article.weekdayClaims.filter((w) => !w.matches),
  );
  const onClick = (e: MouseEvent) => {
    if (window.getSelection()?.isCollapsed === false) return;
    const hit = painted.mentionAt(e.clientX, e.clientY);
    if (hit) location.hash = formatRoute({ view: 'entity', id: hit.mention.entity });
  };
  root.addEventListener('click', onClick);
  const uninstall = installReaderCards(corpus, root, painted, {
    lang: () => resolveUiLang(current?.uiLanguage ?? 'browser', navigator.languages),
    dwellMs: () => current?.hoverDelayMs ?? DEFAULT_SETTINGS.hoverDelayMs,
  });
  return () => {
    uninstall();
    root.removeEventListener('click', onClick);
    painted.dispose();
  };
};

function titleOf(route: CorpusRoute, ctx: ViewContext): string {
  const name =
    route.view === 'article'
      ? lookup.article(route.id)?.meta.title.text
      : route.view === 'entity'
        ? lookup.entity(route.id)?.name[ctx.lang]
        : route.view === 'search'
          ? route.query || ctx.t.tabs.search
          : route.view === 'timeline'
            ? ctx.t.tabs.timeline
            : undefined;
  return name ? `${name} · ${ctx.t.appName}` : ctx.t.appName;
}

function Corpus({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  current = settings;
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    const unwatch = watchSettings(setSettings);
    return () => {
      window.removeEventListener('hashchange', onHash);
      unwatch();
    };
  }, []);
  const lang = resolveUiLang(settings.uiLanguage, navigator.languages);
  const ctx: ViewContext = { lookup, lang, t: stringsFor(lang), linkTo: formatRoute };
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = titleOf(route, ctx);
  });
  useEffect(() => {
    // A new view starts at its top; the reader scrolls to its sentence itself.
    if (route.view !== 'article') window.scrollTo(0, 0);
  }, [route]);
  useEffect(() => {
    highlightSheet.textContent = highlightRules(corpus.entities, settings.style);
  }, [settings.style]);
  const onSearch = (query: string) => {
    const next: CorpusRoute = { view: 'search', query };
    // Typing refines one search: replace its history entry instead of adding one per key.
    history.replaceState(null, '', formatRoute(next));
    setRoute(next);
  };
  return (
    <CorpusApp ctx={ctx} route={route} getSearch={getSearch} onSearch={onSearch} paint={paint} />
  );
}

void getSettings().then((settings) =>
  render(<Corpus initial={settings} />, document.getElementById('app')!),
);
