import { useMemo, useRef } from 'preact/hooks';
import type { CorpusSearch, SearchHit } from '../lib/search/search-index';
import { markTerms } from '../lib/search/snippet';
import { ArticleMetaLine } from './ArticleList';
import type { ViewContext } from './view-context';

/** Props of SearchPanel: the query (owned by the caller, so it can live in a URL) and the index. */
export interface SearchPanelProps {
  ctx: ViewContext;
  /** The index, built on first use so opening the popup never waits for it. */
  getSearch: () => CorpusSearch;
  query: string;
  onQuery: (query: string) => void;
  /** Most hits shown per kind (entities, articles, sentences). */
  limits?: { entity: number; article: number; sentence: number };
  /** Offer a link to every result on the corpus page when some were left out (the popup). */
  moreLink?: boolean;
  autoFocus?: boolean;
}

type Kind = SearchHit['kind'];
const KINDS: readonly Kind[] = ['entity', 'article', 'sentence'];

/** Search as you type, results grouped by kind in rank order; ↓ from the box goes to them. */
export function SearchPanel({
  ctx,
  getSearch,
  query,
  onQuery,
  limits,
  autoFocus,
  moreLink,
}: SearchPanelProps) {
  const { t, lang, lookup } = ctx;
  const results = useRef<HTMLDivElement>(null);
  const hits = useMemo(
    () => (query.trim() ? getSearch().search(query, 200) : []),
    [query, getSearch],
  );
  const max = limits ?? { entity: 10, article: 10, sentence: 30 };
  const byKind = (kind: Kind) => hits.filter((h) => h.kind === kind).slice(0, max[kind]);
  const heading: Record<Kind, string> = {
    entity: t.tabs.entities,
    article: t.tabs.articles,
    sentence: t.sentences,
  };

  const render = (h: SearchHit) => {
    if (h.kind === 'entity') {
      const e = lookup.entity(h.entity);
      if (!e) return null;
      return (
        <li key={e.id}>
          <a
            class={`corpus-link entity-link type-${e.type}`}
            href={ctx.linkTo({ view: 'entity', id: e.id })}
          >
            {e.name[lang]}
          </a>
          <span class="meta">
            {t.type[e.type]} · {t.mentions(e.mentionCount)}
          </span>
        </li>
      );
    }
    const article = lookup.article(h.article);
    if (!article) return null;
    if (h.kind === 'article') {
      return (
        <li key={article.id}>
          <a
            class="corpus-link article-link"
            lang={article.language}
            href={ctx.linkTo({ view: 'article', id: article.id })}
          >
            {article.meta.title.text}
          </a>
          <ArticleMetaLine ctx={ctx} article={article} />
        </li>
      );
    }
    const text = lookup.sentenceText(article, h.sentence);
    return (
      <li key={`${article.id}:${h.sentence}`}>
        <a
          class="corpus-link sentence-link"
          lang={article.language}
          href={ctx.linkTo({ view: 'article', id: article.id, sentence: h.sentence })}
        >
          {markTerms(text, h.terms).map((r, i) =>
            r.match ? <mark key={i}>{r.text}</mark> : r.text,
          )}
        </a>
        <span class="meta">{article.meta.title.text}</span>
      </li>
    );
  };

  return (
    <div class="search">
      <input
        type="search"
        aria-label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        value={query}
        autoFocus={autoFocus}
        spellcheck={false}
        autocomplete="off"
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          const first = results.current?.querySelector<HTMLElement>('a');
          if (first) {
            e.preventDefault();
            first.focus();
          }
        }}
      />
      <div class="results" ref={results} aria-live="polite">
        {query.trim() !== '' && hits.length === 0 && <p class="empty">{t.noResults}</p>}
        {KINDS.map((kind) => {
          const list = byKind(kind);
          if (list.length === 0) return null;
          return (
            <section key={kind} aria-label={heading[kind]} class={`hits hits-${kind}`}>
              <h2>{heading[kind]}</h2>
              <ul class="rows">{list.map(render)}</ul>
            </section>
          );
        })}
        {moreLink && KINDS.some((k) => hits.filter((h) => h.kind === k).length > max[k]) && (
          <p class="more">
            <a class="corpus-link" href={ctx.linkTo({ view: 'search', query })}>
              {t.allResults(hits.length)}
            </a>
          </p>
        )}
      </div>
    </div>
  );
}
