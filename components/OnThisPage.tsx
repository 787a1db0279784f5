import { ENTITY_TYPES } from '../lib/corpus/schema';
import type { PageStatus } from '../lib/browser/messages';
import type { Strings } from './ui-strings';

/** What the popup knows about the active tab: the content script's answer, or why there is none. */
export type PageView = { state: 'loading' } | { state: 'unavailable' } | PageStatus;

/** Props of OnThisPage: the active tab's status and what to do when a name is chosen. */
export interface OnThisPageProps {
  t: Strings;
  view: PageView;
  /** The active tab's site, for the "paused" message. */
  site?: string;
  /** Display name of an entity in the UI language (the page reports names as matched). */
  nameOf: (entity: string) => string | undefined;
  onFocusEntity: (entity: string) => void;
}

/** The entities marked on the active tab, by type with counts; choosing one goes to it. */
export function OnThisPage({ t, view, site, nameOf, onFocusEntity }: OnThisPageProps) {
  switch (view.state) {
    case 'loading':
      return <p class="status">{t.status.loading}</p>;
    case 'unavailable':
      return <p class="status">{t.status.unavailable}</p>;
    case 'no-trigger':
      return <p class="status">{t.status.noTrigger}</p>;
    case 'paused':
      return <p class="status">{t.status.paused(site ?? '')}</p>;
    case 'disabled':
      return <p class="status">{t.status.disabled}</p>;
  }
  const total = view.entities.length;
  return (
    <div class="on-page">
      <p class="status">
        {t.status.found(total)}. {total > 0 ? t.status.hint : ''}
      </p>
      {ENTITY_TYPES.map((type) => {
        const list = view.entities
          .filter((e) => e.type === type)
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (list.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`page-${type}`}>
            <h2 id={`page-${type}`}>
              {t.types[type]} <span class="count">{list.length}</span>
            </h2>
            <ul class="rows">
              {list.map((e) => (
                <li key={e.entity}>
                  <button
                    type="button"
                    class={`entity-link type-${type}`}
                    onClick={() => onFocusEntity(e.entity)}
                  >
                    {nameOf(e.entity) ?? e.name}
                  </button>
                  <span class="count">
                    <span aria-hidden="true">{e.count}</span>
                    <span class="sr-only">{t.mentions(e.count)}</span>
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
