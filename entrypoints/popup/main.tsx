// First statement of the popup's own code (its static imports, Preact and the popup's modules,
// are evaluated before it; the corpus loads after the first frame): the render cost alone is
// measured from here, the user-facing first render from navigation start (issue 5: < 100 ms).
performance.mark('geneva-lens:popup-start');

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import './popup.css';
import { PopupApp, type PopupCorpus } from '../../components/PopupApp';
import type { PageView } from '../../components/OnThisPage';
import { stringsFor } from '../../components/ui-strings';
import { getSettings, updateSettings, watchSettings } from '../../lib/browser/storage';
import type { ContentRequest, ResponseMap } from '../../lib/browser/messages';
import { formatRoute } from '../../lib/routes/corpus-route';
import type { CorpusLookup } from '../../lib/search/corpus-lookup';
import type { CorpusSearch } from '../../lib/search/search-index';
import { isPaused, siteOf, withSitePaused } from '../../lib/settings/paused-sites';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { resolveUiLang } from '../../lib/settings/ui-language';

type Tab = { id?: number; url?: string };

const STATUS_TIMEOUT_MS = 2000;

/**
 * ?tab=<id>&url=<page url> name the tab explicitly, for tests, where the "active tab" of a
 * headless browser is unreliable and activeTab (granted by clicking the toolbar button, which a
 * test cannot do) is what reveals a tab's URL. Without them: the active tab.
 */
async function findTab(): Promise<Tab | undefined> {
  const params = new URLSearchParams(location.search);
  const explicit = Number(params.get('tab'));
  if (Number.isInteger(explicit) && explicit > 0) {
    const tab = await browser.tabs.get(explicit).catch(() => undefined);
    return tab && { id: tab.id, url: tab.url ?? params.get('url') ?? undefined };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

function send<R extends ContentRequest>(
  tabId: number,
  request: R,
): Promise<ResponseMap[R['type']]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ResponseMap[R['type']]>;
}

/** A failed sendMessage means no content script there: a browser page, the store, or not yet loaded. */
async function pageStatus(tab: Tab | undefined): Promise<PageView> {
  if (tab?.id === undefined) return { state: 'unavailable' };
  // A content script that never answers (a frozen or unloading page) must not leave the popup
  // saying "looking" forever.
  const silence = new Promise<undefined>((ok) => setTimeout(ok, STATUS_TIMEOUT_MS));
  try {
    return (
      (await Promise.race([send(tab.id, { type: 'page-status' }), silence])) ?? {
        state: 'unavailable',
      }
    );
  } catch {
    return { state: 'unavailable' };
  }
}

/**
 * What "On this page" shows: paused as soon as the user pauses (before the page answers
 * again), and the page's list only once the corpus is here to name its entity ids.
 */
function shownPage(page: PageView, paused: boolean, named: boolean): PageView {
  if (paused && page.state !== 'unavailable') return { state: 'paused' };
  return page.state === 'annotated' && !named ? { state: 'loading' } : page;
}

const corpusPage = browser.runtime.getURL('/corpus.html');

/** The corpus, its lookups and search index (MiniSearch): "On this page" renders without them. */
async function loadCorpus(): Promise<Omit<PopupCorpus, 'ctx'> & { lookup: CorpusLookup }> {
  const [{ default: corpus }, { buildCorpusLookup }, { buildCorpusSearch }] = await Promise.all([
    import('virtual:geneva-corpus'),
    import('../../lib/search/corpus-lookup'),
    import('../../lib/search/search-index'),
  ]);
  let search: CorpusSearch | undefined;
  return {
    lookup: buildCorpusLookup(corpus),
    getSearch: () => (search ??= buildCorpusSearch(corpus)),
  };
}

// The UI language of the last visit, read synchronously so the first frame needs no storage
// round trip; the real settings follow within milliseconds.
const LANG_KEY = 'geneva-lens:ui-lang';
const cachedLang = (): Settings['uiLanguage'] => {
  const v = localStorage.getItem(LANG_KEY);
  return v === 'en' || v === 'is' ? v : 'browser';
};

function Popup() {
  const [settings, setSettings] = useState<Settings>(() => ({
    ...DEFAULT_SETTINGS,
    uiLanguage: cachedLang(),
  }));
  const [tab, setTab] = useState<Tab | undefined>();
  const [page, setPage] = useState<PageView>({ state: 'loading' });
  const [loaded, setLoaded] = useState<Awaited<ReturnType<typeof loadCorpus>>>();
  const site = siteOf(tab?.url);
  useEffect(() => {
    // After the first frame: build the search index while the user reads, not when they type.
    requestAnimationFrame(() =>
      setTimeout(
        () =>
          void loadCorpus().then((c) => {
            setLoaded(c);
            (window.requestIdleCallback ?? setTimeout)(() => c.getSearch());
          }),
      ),
    );
  }, []);
  useEffect(() => {
    let stale = false;
    let found: Tab | undefined;
    const refresh = () => pageStatus(found).then((v) => stale || setPage(v));
    void Promise.all([getSettings(), findTab()]).then(([s, t]) => {
      found = t;
      setSettings(s);
      setTab(t);
      return refresh();
    });
    const unwatch = watchSettings((next) => {
      setSettings(next);
      // The content script applies the change first; ask again once it has.
      setTimeout(refresh, 150);
    });
    return () => {
      stale = true;
      unwatch();
    };
  }, []);
  const lang = resolveUiLang(settings.uiLanguage, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);
  const t = stringsFor(lang);
  const corpus: PopupCorpus | undefined = loaded && {
    getSearch: loaded.getSearch,
    ctx: { lookup: loaded.lookup, lang, t, linkTo: (route) => corpusPage + formatRoute(route) },
  };
  const paused = site !== undefined && isPaused(settings, site);
  return (
    <PopupApp
      t={t}
      lang={lang}
      corpus={corpus}
      page={shownPage(page, paused, corpus !== undefined)}
      site={site}
      paused={paused}
      onTogglePause={() => {
        // From the stored list, not this popup's copy: another page may have changed it.
        if (site)
          void getSettings().then((now) =>
            updateSettings({ pausedSites: withSitePaused(now, site, !paused) }),
          );
      }}
      onFocusEntity={(entity) => {
        if (tab?.id === undefined) return;
        void send(tab.id, { type: 'focus-entity', entity }).finally(() => window.close());
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

// Links into the corpus open in a tab of their own; the popup then has done its job.
document.addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest?.('a.corpus-link');
  if (!(link instanceof HTMLAnchorElement)) return;
  e.preventDefault();
  void browser.tabs.create({ url: link.href }).then(() => window.close());
});

render(<Popup />, document.getElementById('app')!);
// The frame after this one is the first with the view painted.
requestAnimationFrame(() =>
  setTimeout(() => {
    performance.measure('geneva-lens:popup-render', 'geneva-lens:popup-start');
    performance.measure('geneva-lens:popup-first-render', { start: 0, end: performance.now() });
  }),
);
