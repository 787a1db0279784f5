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

/** Before "more": the first sections, a few items each. Enough to answer "who is this?". */
const COLLAPSED_SECTIONS = 3;
const COLLAPSED_ITEMS: Record<CardSection, number> = {
  facts: 1,
  quotes: 1,
  corpus: 2,
  related: 8,
  timeline: 3,
  disagreements: 1,
};

function itemCount(model: CardModel, section: CardSection): number {
  const lists = {
    facts: model.facts,
    quotes: model.quotes,
    corpus: model.articles,
    related: model.related,
    timeline: model.events,
    disagreements: model.disagreements,
  };
  return lists[section].length;
}

export function Card({ model, ui, titleId, onClose, onOpenEntity, onBack }: CardProps) {
  const [expanded, setExpanded] = useState(false);
  const { strings } = ui;
  const visible = expanded ? model.sections : model.sections.slice(0, COLLAPSED_SECTIONS);
  const limit = (s: CardSection) => (expanded ? Infinity : COLLAPSED_ITEMS[s]);
  const hidden = model.sections.reduce(
    (n, s, i) =>
      n +
      (expanded
        ? 0
        : i < COLLAPSED_SECTIONS
          ? Math.max(0, itemCount(model, s) - COLLAPSED_ITEMS[s])
          : itemCount(model, s)),
    0,
  );
  const body: Record<CardSection, () => JSX.Element> = {
    facts: () => (
      <ul class="facts">
        {model.facts.slice(0, limit('facts')).map((f, i) => (
          <li key={i}>
            <FactItem ui={ui} fact={f} />
          </li>
        ))}
      </ul>
    ),
    quotes: () => <QuoteList ui={ui} quotes={model.quotes.slice(0, limit('quotes'))} />,
    corpus: () => <CorpusArticles ui={ui} articles={model.articles.slice(0, limit('corpus'))} />,
    related: () => (
      <RelatedList
        ui={ui}
        related={model.related.slice(0, limit('related'))}
        onOpen={onOpenEntity}
      />
    ),
    timeline: () => <TimelineList ui={ui} events={model.events.slice(0, limit('timeline'))} />,
    disagreements: () => (
      <DisagreementList
        ui={ui}
        disagreements={model.disagreements.slice(0, limit('disagreements'))}
      />
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
        {visible.map((s) => (
          <section class={`section section-${s}`} key={s} aria-labelledby={`${titleId}-${s}`}>
            <h3 id={`${titleId}-${s}`}>{strings.sections[s]}</h3>
            {body[s]()}
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
