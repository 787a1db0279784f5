import type { Entity } from '../lib/corpus/bundle';
import { ArticleMetaLine } from './ArticleList';
import { CiteSource, FactItem } from './CiteList';
import { TimelineList } from './TimelineList';
import type { ViewContext } from './view-context';

/** Props of EntityView: the entity to show in full. */
export interface EntityViewProps {
  ctx: ViewContext;
  entity: Entity;
}

/** Everything the corpus holds about one entity, unabridged (the card shows the best of it). */
export function EntityView({ ctx, entity }: EntityViewProps) {
  const { t, lang, lookup } = ctx;
  const other = lang === 'is' ? entity.name.en : entity.name.is;
  const quotes = lookup.quotesBy(entity.id);
  const events = lookup.eventsOf(entity.id);
  const disagreements = lookup.disagreementsOf(entity.id);
  const mentions = lookup.corpus.mentions.filter((m) => m.entity === entity.id);
  return (
    <article class="entity-view" aria-labelledby="entity-title">
      <header>
        <h1 id="entity-title" class={`type-${entity.type}`}>
          {entity.name[lang]}
        </h1>
        <p class="meta">
          {t.type[entity.type]}
          {other !== entity.name[lang] ? ` · ${other}` : ''} · {t.mentions(entity.mentionCount)}{' '}
          {t.inArticles(entity.articles.length)}
        </p>
        {entity.role && (
          <ul class="facts role">
            <FactItem ctx={ctx} fact={entity.role} />
          </ul>
        )}
      </header>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t.facts}</h2>
        <ul class="facts">
          {entity.facts.map((f, i) => (
            <FactItem key={i} ctx={ctx} fact={f} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="corpus-title">
        <h2 id="corpus-title">{t.inCorpus}</h2>
        {entity.articles.map((ref) => {
          const article = lookup.article(ref.article);
          if (!article) return null;
          const sentences = [...ref.sentences].sort((a, b) => a - b);
          return (
            <section key={ref.article} class="mentions-in">
              <h3>
                <a
                  class="corpus-link article-link"
                  lang={article.language}
                  href={ctx.linkTo({ view: 'article', id: article.id })}
                >
                  {article.meta.title.text}
                </a>
              </h3>
              <p>
                <ArticleMetaLine ctx={ctx} article={article} /> ·{' '}
                <span class="meta">{t.mentions(ref.count)}</span>
              </p>
              <ol class="sentences" lang={article.language}>
                {sentences.map((si) => {
                  const s = article.sentences[si];
                  if (!s) return null;
                  const marks = mentions.filter(
                    (m) => m.article === article.id && m.sentence === si,
                  );
                  const parts = [];
                  let at = s.start;
                  for (const m of marks) {
                    parts.push(
                      article.text.slice(at, m.start),
                      <mark key={m.start}>{article.text.slice(m.start, m.end)}</mark>,
                    );
                    at = m.end;
                  }
                  parts.push(article.text.slice(at, s.end));
                  return (
                    <li key={si}>
                      <a
                        class="corpus-link sentence-link"
                        href={ctx.linkTo({ view: 'article', id: article.id, sentence: si })}
                      >
                        {parts}
                      </a>
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </section>

      {quotes.length > 0 && (
        <section aria-labelledby="quotes-title">
          <h2 id="quotes-title">{t.quotes}</h2>
          <ul class="quotes">
            {quotes.map((q, i) => (
              <li key={i}>
                <blockquote lang={lookup.article(q.article)?.language}>{q.text}</blockquote>
                <CiteSource ctx={ctx} cite={q} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {entity.related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{t.related}</h2>
          <ul class="related">
            {entity.related.map((r) => {
              const e = lookup.entity(r.entity);
              return e ? (
                <li key={e.id}>
                  <a
                    class={`corpus-link entity-link type-${e.type}`}
                    href={ctx.linkTo({ view: 'entity', id: e.id })}
                  >
                    {e.name[lang]}
                  </a>{' '}
                  <span class="count">{r.shared}</span>
                </li>
              ) : null;
            })}
          </ul>
        </section>
      )}

      {events.length > 0 && (
        <section aria-labelledby="events-title">
          <h2 id="events-title">{t.events}</h2>
          <TimelineList ctx={ctx} events={events} full />
        </section>
      )}

      {disagreements.length > 0 && (
        <section aria-labelledby="disagreements-title">
          <h2 id="disagreements-title">{t.disagreements}</h2>
          {disagreements.map((d) => (
            <section key={d.id} class="disagreement">
              <h3>{d.topic[lang]}</h3>
              <ul class="facts">
                {d.claims.map((c, i) => (
                  <FactItem key={i} ctx={ctx} fact={c} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </article>
  );
}
