/**
 * The look of the marks, kept apart from the contract highlights (`gl-<entity>`, which carry
 * no style of their own): every painted Range is also put in one or two style highlights per
 * entity type, styled by `::highlight(geneva-lens-…)` rules in style.css. Switching the `style`
 * setting moves Ranges between these highlights, so no stylesheet is built at run time and a
 * page's CSP (`style-src 'none'`) has nothing to block.
 */
import type { EntityType } from '../../lib/corpus/schema';
import type { HighlightStyle } from '../../lib/settings/schema';
import type { LiveMention } from './mention-index';
import type { HeldRegistry } from './registry';

type Layer = 'line' | 'fill';

const LAYERS: Record<HighlightStyle, Layer[]> = {
  underline: ['line'],
  background: ['fill'],
  both: ['line', 'fill'],
};

/** Not `gl-`: these names are not entities, and tools counting `gl-*` must not see them. */
export const styleHighlightName = (type: EntityType, layer: Layer): string =>
  `geneva-lens-${type}-${layer}`;

export class StyleHighlights {
  private readonly layers = new Map<string, Highlight>();
  private readonly members = new Set<LiveMention>();
  private style: HighlightStyle = 'underline';

  constructor(
    private readonly typeOf: (entity: string) => EntityType | undefined,
    private readonly registry: HeldRegistry,
  ) {}

  add(m: LiveMention): void {
    this.members.add(m);
    const type = this.typeOf(m.entity);
    if (!type) return;
    for (const layer of LAYERS[this.style]) this.layer(type, layer).add(m.range);
  }

  delete(m: LiveMention): void {
    this.members.delete(m);
    for (const h of this.layers.values()) h.delete(m.range);
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    const members = [...this.members];
    this.clear();
    for (const m of members) this.add(m);
  }

  clear(): void {
    for (const name of this.layers.keys()) this.registry.delete(name);
    this.layers.clear();
    this.members.clear();
  }

  private layer(type: EntityType, layer: Layer): Highlight {
    const name = styleHighlightName(type, layer);
    let h = this.layers.get(name);
    if (!h) {
      h = new Highlight();
      this.layers.set(name, h);
      this.registry.set(name, h);
    }
    return h;
  }
}
