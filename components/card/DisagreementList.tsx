import type { CardDisagreement } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';
import { FactItem } from './FactItem';

/** Where the sources disagree: every side, each with its own sources. */
export interface DisagreementListProps {
  ui: CardUi;
  disagreements: CardDisagreement[];
}

export function DisagreementList({ ui, disagreements }: DisagreementListProps) {
  return (
    <ul class="disagreements">
      {disagreements.map((d) => (
        <li key={d.id}>
          <p class="topic">{d.topic}</p>
          <ul class="claims">
            {d.claims.map((c, i) => (
              <li key={i}>
                <FactItem ui={ui} fact={c} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
