import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../lib/corpus/bundle';
import { ArticleMetaLine } from './ArticleList';
import { formatDate } from './ui-strings';
import { CoverageAside } from './CoverageAside';
import type { ViewContext } from './view-context';

/** Props of ArticleReader: the article, the sentence a deep link points at, and the painter of its mentions. */
export interface ArticleReaderProps {
  ctx: ViewContext;
  article: Article;
  /** Sentence to scroll to and emphasise (from #/article/<id>/s/<n>). */
  sentence?: number;
  /**
   * Paints the article's mentions once its text is in the DOM; returns the undo. Each paragraph
   * element carries its offset into Article.text in `data-start`.
   */
  paint?: (root: HTMLElement, article: Article) => () => void;
}

/** The entities the article mentions, most mentioned first: the keyboard path to their views. */
function NamesHere({ ctx, article }: { ctx: ViewContext; article: Article }) {
  const counts = new Map<string, number>();
  for (const m of ctx.lookup.mentionsIn(article.id))
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const entities = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .flatMap(([id, n]) => {
      const e = ctx.lookup.entity(id);
      return e ? [{ e, n }] : [];
    });
  return (
    <nav class="names-here" aria-label={ctx.t.namesHere} lang={ctx.lang}>
      {entities.map(({ e, n }) => (
        <a
          key={e.id}
          class={`corpus-link entity-link type-${e.type}`}
          href={ctx.linkTo({ view: 'entity', id: e.id })}
        >
          {e.name[ctx.lang]} <span class="count">{n}</span>
        </a>
      ))}
    </nav>
  );
}

/** Weekdays the article states that do not match their date, each linked to its sentence. */
function WeekdayFlags({ ctx, article }: { ctx: ViewContext; article: Article }) {
  const wrong = article.weekdayClaims.filter((w) => !w.matches);
  return wrong.length === 0 ? null : (
    <ul class="flags" lang={ctx.lang}>
      {wrong.map((w) => {
        const sentence = article.sentences.findIndex((s) => s.start <= w.start && w.start < s.end);
        return (
          <li key={w.start} class="flag weekday">
            <a
              class="corpus-link"
              href={ctx.linkTo(
                sentence < 0
                  ? { view: 'article', id: article.id }
                  : { view: 'article', id: article.id, sentence },
              )}
            >
              <span aria-hidden="true">⚠ </span>
              {ctx.t.weekdayMismatch(w.stated, formatDate(w.date, ctx.lang), w.actual)}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The cleaned article text, one span per sentence, with the coverage of other outlets beside it. */
export function ArticleReader({ ctx, article, sentence, paint }: ArticleReaderProps) {
  const body = useRef<HTMLDivElement>(null);
  useEffect(
    () => (body.current && paint ? paint(body.current, article) : undefined),
    [article, paint],
  );
  useEffect(() => {
    const target =
      sentence === undefined
        ? undefined
        : body.current?.querySelector<HTMLElement>(`#s-${sentence}`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    } else window.scrollTo(0, 0);
  }, [article, sentence]);

  const { meta } = article;
  return (
    <div class="reader-layout">
      <article class="reader" lang={article.language} aria-labelledby="article-title">
        <header>
          <h1 id="article-title">{meta.title.text}</h1>
          <p lang={ctx.lang}>
            <ArticleMetaLine ctx={ctx} article={article} />
            {meta.title.curated && <span class="meta"> · {ctx.t.curatedTitle}</span>}
          </p>
          <NamesHere ctx={ctx} article={article} />
          <WeekdayFlags ctx={ctx} article={article} />
        </header>
        <div class="reader-text" ref={body}>
          {article.paragraphs.map((p, pi) => {
            const parts = [];
            let at = p.start;
            article.sentences.forEach((s, si) => {
              if (s.paragraph !== pi) return;
              if (s.start > at) parts.push(article.text.slice(at, s.start));
              parts.push(
                <span
                  key={si}
                  id={`s-${si}`}
                  class={si === sentence ? 's focus' : 's'}
                  tabIndex={si === sentence ? -1 : undefined}
                >
                  {article.text.slice(s.start, s.end)}
                </span>,
              );
              at = s.end;
            });
            if (at < p.end) parts.push(article.text.slice(at, p.end));
            return (
              <p key={pi} data-start={p.start}>
                {parts}
              </p>
            );
          })}
        </div>
      </article>
      <CoverageAside ctx={ctx} article={article} />
    </div>
  );
}
