/**
 * The card's view model: everything a hover card shows about one entity, resolved from the
 * corpus bundle in the card's language. Pure; built by the background and sent to the content
 * script over the `card` message, so it is plain JSON. Issue 4.
 */
import type { CorpusBundle, Entity } from '../corpus/bundle';
import type { EntityType, Lang } from '../corpus/schema';
import { citeArticle, resolveFact, type CardCite, type CardFact } from './card-cites';
import { corpusArticles, type CardArticle } from './card-articles';
import { entityEvents, type CardEvent } from './card-timeline';

export type { CardCite, CardFact } from './card-cites';
export type { CardArticle, CardSentence } from './card-articles';
export type { CardEvent, CardWeekdayFlag } from './card-timeline';

export type CardLang = 'en' | 'is';

export interface CardRelated {
  entity: string;
  name: string;
  type: EntityType;
  /** Sentences of the corpus that mention both. */
  shared: number;
}

export interface CardQuote {
  /** The quoted words, in the article's language. */
  text: string;
  lang: Lang;
  cite: CardCite;
}

export interface CardDisagreement {
  id: string;
  topic: string;
  /** Each side with its own sources; at least two. */
  claims: CardFact[];
}

/** Sections in the order the card shows them; only non-empty ones are listed. */
export type CardSection = 'facts' | 'quotes' | 'corpus' | 'related' | 'timeline' | 'disagreements';

export interface CardModel {
  entity: string;
  lang: CardLang;
  name: string;
  type: EntityType;
  /** One line: office and affiliation for people, what it is for places and organisations. */
  role?: CardFact;
  facts: CardFact[];
  /** Every article that mentions the entity, most mentions first. */
  articles: CardArticle[];
  mentionCount: number;
  related: CardRelated[];
  quotes: CardQuote[];
  events: CardEvent[];
  disagreements: CardDisagreement[];
  sections: CardSection[];
}

/** How many related entities a card lists: past this they stop being informative. */
export const MAX_RELATED = 8;

/**
 * What reads first differs by type: a person is best known by what they said, a place or an
 * organisation by what happened there, so quotes lead for people and the timeline moves up
 * for the others. Background facts always come first: they answer "who is this?".
 */
const SECTION_ORDER: Record<EntityType, CardSection[]> = {
  person: ['facts', 'quotes', 'corpus', 'disagreements', 'related', 'timeline'],
  place: ['facts', 'corpus', 'timeline', 'disagreements', 'related', 'quotes'],
  organisation: ['facts', 'corpus', 'timeline', 'disagreements', 'related', 'quotes'],
};

function related(bundle: CorpusBundle, entity: Entity, lang: CardLang): CardRelated[] {
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  return entity.related
    .flatMap((r) => {
      const other = byId.get(r.entity);
      return other && other.id !== entity.id
        ? [{ entity: other.id, name: other.name[lang], type: other.type, shared: r.shared }]
        : [];
    })
    .sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name))
    .slice(0, MAX_RELATED);
}

function quotes(bundle: CorpusBundle, entityId: string): CardQuote[] {
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  return bundle.quotes.flatMap((q) => {
    const article = articles.get(q.article);
    if (q.speaker !== entityId || !article) return [];
    return [
      {
        text: q.text,
        lang: article.language,
        cite: citeArticle(article, q.text, q.sentence),
      },
    ];
  });
}

function disagreements(bundle: CorpusBundle, entityId: string, lang: CardLang) {
  return bundle.disagreements
    .filter((d) => d.entities.includes(entityId))
    .map((d) => ({
      id: d.id,
      topic: d.topic[lang],
      claims: d.claims.map((c) => resolveFact(bundle, c, lang)),
    }));
}

export function buildCardModel(
  bundle: CorpusBundle,
  entityId: string,
  lang: CardLang,
): CardModel | null {
  const entity = bundle.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const model: Omit<CardModel, 'sections'> = {
    entity: entity.id,
    lang,
    name: entity.name[lang],
    type: entity.type,
    ...(entity.role ? { role: resolveFact(bundle, entity.role, lang) } : {}),
    facts: entity.facts.map((f) => resolveFact(bundle, f, lang)),
    articles: corpusArticles(bundle, entity),
    mentionCount: entity.mentionCount,
    related: related(bundle, entity, lang),
    quotes: quotes(bundle, entity.id),
    events: entityEvents(bundle, entity.id, lang),
    disagreements: disagreements(bundle, entity.id, lang),
  };
  const filled: Record<CardSection, boolean> = {
    facts: model.facts.length > 0,
    quotes: model.quotes.length > 0,
    corpus: model.articles.length > 0,
    related: model.related.length > 0,
    timeline: model.events.length > 0,
    disagreements: model.disagreements.length > 0,
  };
  return { ...model, sections: SECTION_ORDER[entity.type].filter((s) => filled[s]) };
}
