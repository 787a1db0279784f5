/**
 * Paints mentions with the CSS Custom Highlight API and serves them as the MentionIndex the
 * hover card reads (entrypoints/content/mention-index.ts). Contract (DESIGN.md): one Highlight
 * per entity, registered as `gl-<entityId>`, one Range per mention covering the name exactly.
 * The page's DOM is never touched: the look comes from style highlights (style-highlights.ts)
 * styled by the content script's own CSS, which a page CSP cannot block.
 */
import type { EntityType } from '../../lib/corpus/schema';
import type { HighlightStyle } from '../../lib/settings/schema';
import type { LiveMention, MentionIndex } from './mention-index';
import { isWithin, type BlockKey } from './walk';
import { compareMentions } from './document-order';
import { StyleHighlights } from './style-highlights';
import { hitTestIndex } from './hit-test';
import { HeldRegistry } from './registry';

export const HIGHLIGHT_PREFIX = 'gl-';

export class HighlightPainter implements MentionIndex {
  private readonly byBlock = new Map<BlockKey, LiveMention[]>();
  private readonly highlights = new Map<string, Highlight>();
  private readonly entityOf = new Map<Highlight, string>();
  private readonly styles: StyleHighlights;
  private readonly registry = new HeldRegistry();
  /** Open shadow roots of the page with text in them: hit-testing must be told about them. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private sorted: LiveMention[] | undefined;
  private shown: Record<EntityType, boolean> = { person: true, place: true, organisation: true };

  constructor(private readonly typeOf: (entity: string) => EntityType | undefined) {
    this.styles = new StyleHighlights(typeOf, this.registry);
  }

  /** Adds mentions found in the block `key`. */
  add(key: BlockKey, mentions: LiveMention[]): void {
    if (mentions.length === 0) return;
    const list = this.byBlock.get(key);
    if (list) list.push(...mentions);
    else this.byBlock.set(key, [...mentions]);
    for (const m of mentions) if (this.isShown(m.entity)) this.paint(m);
    this.sorted = undefined;
  }

  /** Forgets every block whose key lies inside one of `roots` (or is one of them). */
  dropWithin(roots: ReadonlySet<Node>): void {
    for (const key of [...this.byBlock.keys()]) if (isWithin(key, roots)) this.dropBlock(key);
  }

  /** Drops mentions whose text the page removed: their Range collapsed or left the document. */
  pruneStale(): void {
    for (const [key, mentions] of this.byBlock) {
      const live = mentions.filter((m) => !m.range.collapsed && m.range.startContainer.isConnected);
      if (live.length === mentions.length) continue;
      this.dropBlock(key);
      this.add(key, live);
    }
  }

  clear(): void {
    for (const name of this.highlights.keys()) this.registry.delete(HIGHLIGHT_PREFIX + name);
    this.highlights.clear();
    this.entityOf.clear();
    this.byBlock.clear();
    this.styles.clear();
    this.registry.release();
    this.sorted = undefined;
  }

  addShadowRoot(root: ShadowRoot): void {
    this.shadowRoots.add(root);
  }

  /** Paints without registering new Highlights until release() (see registry.ts). */
  hold(): void {
    this.registry.hold();
  }

  release(): void {
    this.registry.release();
  }

  setStyle(style: HighlightStyle): void {
    this.styles.setStyle(style);
  }

  /** Shows only the entity types switched on in the settings, live. */
  setTypes(types: Record<EntityType, boolean>): void {
    this.shown = { ...types };
    const all = [...this.byBlock];
    this.clear();
    for (const [key, mentions] of all) this.add(key, mentions);
  }

  hitTest(x: number, y: number): LiveMention | null {
    return hitTestIndex(
      x,
      y,
      this.entityOf,
      (key) => this.byBlock.get(key)?.filter((m) => this.isShown(m.entity)),
      [...this.shadowRoots],
    );
  }

  list(): LiveMention[] {
    this.sorted ??= [...this.byBlock.values()]
      .flat()
      .filter((m) => this.isShown(m.entity))
      .sort(compareMentions);
    return this.sorted;
  }

  private isShown(entity: string): boolean {
    const type = this.typeOf(entity);
    return type !== undefined && this.shown[type];
  }

  private paint(m: LiveMention): void {
    let h = this.highlights.get(m.entity);
    if (!h) {
      h = new Highlight();
      this.highlights.set(m.entity, h);
      this.entityOf.set(h, m.entity);
      this.registry.set(HIGHLIGHT_PREFIX + m.entity, h);
    }
    h.add(m.range);
    this.styles.add(m);
  }

  private dropBlock(key: BlockKey): void {
    const old = this.byBlock.get(key);
    if (!old) return;
    this.byBlock.delete(key);
    this.sorted = undefined;
    for (const m of old) {
      const h = this.highlights.get(m.entity);
      if (!h) continue;
      h.delete(m.range);
      this.styles.delete(m);
      if (h.size === 0) {
        this.registry.delete(HIGHLIGHT_PREFIX + m.entity);
        this.highlights.delete(m.entity);
        this.entityOf.delete(h);
      }
    }
  }
}
