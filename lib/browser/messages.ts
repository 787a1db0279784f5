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
import type { MatcherData } from '../match/types';

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

/**
 * content → background: open the corpus page at a view (`#/article/<id>/s/<n>`). A web page
 * may not navigate to an extension page, so the card's links go through the background.
 */
export interface OpenCorpusRequest {
  type: 'open-corpus';
  /** A hash route of corpus.html, as lib/routes/corpus-route formats it. */
  hash: string;
}

/** content → background, once the trigger gate opens: the full matcher (lib/match/gate-only.ts). */
export interface MatcherRequest {
  type: 'matcher';
}

/**
 * content → background, Firefox only, on the first card: inject the card's UI (card-ui.js)
 * into the asking frame. Chrome's content script imports it itself (card-loader.ts).
 */
export interface CardUiRequest {
  type: 'card-ui';
}

/** The card's UI as built (entrypoints/card-ui.ts): imported in Chrome, injected in Firefox. */
export const CARD_UI_PATH = '/card-ui.js';

export type BackgroundRequest = CardRequest | OpenCorpusRequest | MatcherRequest | CardUiRequest;
export type ContentRequest = PageStatusRequest | FocusEntityRequest | StepMentionRequest;

export interface ResponseMap {
  card: CardModel | null;
  'open-corpus': boolean;
  matcher: MatcherData;
  'card-ui': boolean;
  'page-status': PageStatus;
  'focus-entity': boolean;
  'step-mention': boolean;
}
