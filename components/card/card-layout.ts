/**
 * What the card shows before "More": the first sections, a few items each, enough to answer
 * "who is this, and where does the corpus say so?"; the rest is counted for the button. Pure,
 * so the count on "More (n)" is tested without a DOM.
 */
import type { CardModel, CardSection } from '../../lib/cards/card-model';

export const COLLAPSED_SECTIONS = 3;
export const COLLAPSED_ITEMS: Readonly<Record<CardSection, number>> = {
  facts: 1,
  quotes: 1,
  corpus: 2,
  related: 8,
  timeline: 3,
  disagreements: 1,
};

export interface CardLayout {
  /** Sections shown, in order, each with how many of its items. */
  shown: { section: CardSection; items: number }[];
  /** Items (across sections) that "More" would reveal. */
  hidden: number;
}

export function itemCount(model: CardModel, section: CardSection): number {
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

export function cardLayout(model: CardModel, expanded: boolean): CardLayout {
  const shown: CardLayout['shown'] = [];
  let hidden = 0;
  model.sections.forEach((section, i) => {
    const count = itemCount(model, section);
    const room = expanded ? count : i < COLLAPSED_SECTIONS ? COLLAPSED_ITEMS[section] : 0;
    const items = Math.min(count, room);
    if (items > 0) shown.push({ section, items });
    hidden += count - items;
  });
  return { shown, hidden };
}
