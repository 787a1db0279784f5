import type { CardFact } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { CiteList } from './CiteLine';

/** A statement with every citation that supports it. */
export interface FactItemProps {
  ui: CardUi;
  fact: CardFact;
}

export function FactItem({ ui, fact }: FactItemProps) {
  return (
    <>
      <p class="fact-text" lang={fact.textLang}>
        {fact.text}
      </p>
      <CiteList ui={ui} cites={fact.cites} />
    </>
  );
}
