/**
 * The ::highlight rules of the reader, one per entity (a highlight pseudo-element needs its
 * name), coloured by entity type and drawn in the user's highlight style.
 */
import type { Entity } from '../../lib/corpus/bundle';
import type { HighlightStyle } from '../../lib/settings/schema';
import { WEEKDAY_HIGHLIGHT } from './paint-mentions';

export function highlightRules(entities: readonly Entity[], style: HighlightStyle): string {
  const draw = (type: string) => {
    const line = `text-decoration: underline 2px var(--${type}); text-underline-offset: 3px;`;
    const fill = `background-color: color-mix(in srgb, var(--${type}) 18%, transparent);`;
    return style === 'underline' ? line : style === 'background' ? fill : line + fill;
  };
  return [
    ...entities.map((e) => `::highlight(gl-${e.id}) { ${draw(e.type)} }`),
    `::highlight(${WEEKDAY_HIGHLIGHT}) { text-decoration: underline wavy 1.5px var(--flag); }`,
  ].join('\n');
}
