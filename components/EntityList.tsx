import { ENTITY_TYPES } from '../lib/corpus/schema';
import type { ViewContext } from './view-context';

/** Props of EntityList: the corpus views context. */
export interface EntityListProps {
  ctx: ViewContext;
}

/** Every corpus entity, by type, most mentioned first; each opens its full view. */
export function EntityList({ ctx }: EntityListProps) {
  const { lookup, lang, t } = ctx;
  return (
    <div class="entity-groups">
      {ENTITY_TYPES.map((type) => {
        const list = lookup.corpus.entities
          .filter((e) => e.type === type)
          .sort(
            (a, b) =>
              b.mentionCount - a.mentionCount || a.name[lang].localeCompare(b.name[lang], lang),
          );
        if (list.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`types-${type}`}>
            <h2 id={`types-${type}`}>
              {t.types[type]} <span class="count">{list.length}</span>
            </h2>
            <ul class="rows">
              {list.map((e) => (
                <li key={e.id}>
                  <a
                    class={`corpus-link entity-link type-${e.type}`}
                    href={ctx.linkTo({ view: 'entity', id: e.id })}
                  >
                    {e.name[lang]}
                  </a>
                  <span class="meta">
                    {t.mentions(e.mentionCount)}{' '}
                    {e.articles.length > 0 ? t.inArticles(e.articles.length) : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
