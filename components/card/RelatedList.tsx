import type { CardRelated } from '../../lib/cards/card-model';
import type { CardUi } from './card-ui';

/** Co-mentioned entities, ranked; each opens its own card in place. */
export interface RelatedListProps {
  ui: CardUi;
  related: CardRelated[];
  onOpen(entity: string): void;
}

export function RelatedList({ ui, related, onOpen }: RelatedListProps) {
  return (
    <ul class="related">
      {related.map((r) => (
        <li key={r.entity}>
          <button
            type="button"
            class={`chip chip-${r.type}`}
            title={`${ui.strings.types[r.type]} · ${ui.strings.mentions(r.shared)}`}
            onClick={() => onOpen(r.entity)}
          >
            {r.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
