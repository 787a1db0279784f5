import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { CardModel, CardSection } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { CiteList } from './CiteLine';
import { CorpusArticles } from './CorpusArticles';
import { CorpusLink } from './CorpusLink';
import { DisagreementList } from './DisagreementList';
import { FactItem } from './FactItem';
import { QuoteList } from './QuoteList';
import { RelatedList } from './RelatedList';
import { TimelineList } from './TimelineList';
import { cardLayout } from './card-layout';

/**
 * The hover card about one entity: a non-modal dialog named by the entity's display name.
 * Prop-driven (no browser APIs), so the popup and corpus page can show it too.
 */
export interface CardProps {
  model: CardModel;
  ui: CardUi;
  /** Unique id for the heading, which names the dialog (aria-labelledby). */
  titleId: string;
  onClose(): void;
  /** A related entity was chosen: show its card in place. */
  onOpenEntity(entity: string): void;
  /** Present when this card replaced another one: returns to it. */
  onBack?: () => void;
}

export function Card({ model, ui, titleId, onClose, onOpenEntity, onBack }: CardProps) {
  const [expanded, setExpanded] = useState(false);
  const { strings } = ui;
  const { shown, hidden } = cardLayout(model, expanded);
  const body: Record<CardSection, (limit: number) => JSX.Element> = {
    facts: (limit) => (
      <ul class="facts">
        {model.facts.slice(0, limit).map((f, i) => (
          <li key={i}>
            <FactItem ui={ui} fact={f} />
          </li>
        ))}
      </ul>
    ),
    quotes: (limit) => <QuoteList ui={ui} quotes={model.quotes.slice(0, limit)} />,
    corpus: (limit) => <CorpusArticles ui={ui} articles={model.articles.slice(0, limit)} />,
    related: (limit) => (
      <RelatedList ui={ui} related={model.related.slice(0, limit)} onOpen={onOpenEntity} />
    ),
    timeline: (limit) => <TimelineList ui={ui} events={model.events.slice(0, limit)} />,
    disagreements: (limit) => (
      <DisagreementList ui={ui} disagreements={model.disagreements.slice(0, limit)} />
    ),
  };

  return (
    <section
      class={`card card-${model.type}`}
      role="dialog"
      aria-labelledby={titleId}
      lang={ui.lang}
      tabIndex={-1}
    >
      <header class="head">
        <div class="head-row">
          {onBack && (
            <button type="button" class="icon-button back" onClick={onBack} title={strings.back}>
              <span aria-hidden="true">←</span>
              <span class="visually-hidden">{strings.back}</span>
            </button>
          )}
          <div class="head-title">
            <p class={`type type-${model.type}`}>{strings.types[model.type]}</p>
            <h2 id={titleId} lang={model.lang}>
              {model.name}
            </h2>
          </div>
          <button type="button" class="icon-button close" onClick={onClose} title={strings.close}>
            <span aria-hidden="true">×</span>
            <span class="visually-hidden">{strings.close}</span>
          </button>
        </div>
        {model.role && (
          <div class="role">
            <p lang={model.role.textLang}>{model.role.text}</p>
            <CiteList ui={ui} cites={model.role.cites} />
          </div>
        )}
      </header>
      <div class="body">
        {shown.map(({ section: s, items }) => (
          <section class={`section section-${s}`} key={s} aria-labelledby={`${titleId}-${s}`}>
            <h3 id={`${titleId}-${s}`}>{strings.sections[s]}</h3>
            {body[s](items)}
          </section>
        ))}
      </div>
      <footer class="foot">
        {(hidden > 0 || expanded) && (
          <button
            type="button"
            class="more"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? strings.less : strings.more(hidden)}
          </button>
        )}
        <CorpusLink ui={ui} class="open-link" route={{ view: 'entity', id: model.entity }}>
          {strings.openEntityInCorpus} · {strings.mentions(model.mentionCount)}
        </CorpusLink>
      </footer>
    </section>
  );
}
