import type { CardFact } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { CiteLine } from './CiteLine';

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
      <div class="cites">
        {fact.cites.map((cite, i) => (
          <CiteLine key={i} ui={ui} cite={cite} />
        ))}
      </div>
    </>
  );
}
