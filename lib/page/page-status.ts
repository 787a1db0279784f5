/**
 * What the popup's "On this page" shows (message `page-status`, lib/browser/messages.ts),
 * from the settings and what the content script painted. Pure, so it is unit-tested.
 */
import type { EntityType } from '../corpus/schema';
import type { PageEntitySummary, PageStatus } from '../browser/messages';
import { isSiteActive, type Settings } from '../settings/schema';

export interface PaintedPage {
  /** The page had a trigger (or the mode is `all`) and was annotated. */
  annotated: boolean;
  /** Painted mentions a reader can see, per entity (shown types only). */
  counts: ReadonlyMap<string, number>;
  typeOf(entity: string): EntityType | undefined;
  /** Display name; the popup prefers its own corpus names and falls back to this. */
  nameOf(entity: string): string;
}

export function pageStatus(settings: Settings, hostname: string, page: PaintedPage): PageStatus {
  if (!settings.enabled) return { state: 'disabled' };
  if (!isSiteActive(settings, hostname)) return { state: 'paused' };
  if (!page.annotated) return { state: 'no-trigger' };
  const entities: PageEntitySummary[] = [];
  for (const [entity, count] of page.counts) {
    const type = page.typeOf(entity);
    if (type && count > 0) entities.push({ entity, type, name: page.nameOf(entity), count });
  }
  entities.sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity));
  return { state: 'annotated', entities };
}
