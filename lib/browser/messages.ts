/**
 * Typed messages between the extension's contexts. Every message is a discriminated union
 * member; handlers are plain functions (lib/ or entrypoints/) so they can be unit-tested
 * without a browser.
 *
 * content → background: card data and settings-independent corpus queries.
 * popup → content (tabs.sendMessage): what is on this page, focus an entity.
 */
import type { EntityType } from '../corpus/schema';
import type { CardModel } from '../cards/card-model';

export type UiLang = 'en' | 'is';

export interface CardRequest {
  type: 'card';
  entity: string;
  lang: UiLang;
}

export interface PageEntitySummary {
  entity: string;
  type: EntityType;
  name: string;
  count: number;
}

export type PageStatus =
  | { state: 'annotated'; entities: PageEntitySummary[] }
  | { state: 'no-trigger' }
  | { state: 'paused' }
  | { state: 'disabled' };

export interface PageStatusRequest {
  type: 'page-status';
}

export interface FocusEntityRequest {
  type: 'focus-entity';
  entity: string;
}

/** background → content, from the keyboard commands: step to the next/previous mention. */
export interface StepMentionRequest {
  type: 'step-mention';
  direction: 1 | -1;
}

export type BackgroundRequest = CardRequest;
export type ContentRequest = PageStatusRequest | FocusEntityRequest | StepMentionRequest;

export interface ResponseMap {
  card: CardModel | null;
  'page-status': PageStatus;
  'focus-entity': boolean;
  'step-mention': boolean;
}
