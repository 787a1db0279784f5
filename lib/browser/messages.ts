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
 * The content script's parts that most pages never need, built as scripts of their own
 * (entrypoints/page-annotator.ts, entrypoints/card-ui.ts) and loaded into the content script's
 * world when first needed: the annotator once the trigger gate opens, the card's UI on the
 * first card. Chrome imports them; Firefox asks the background to inject them.
 */
export const LAZY_SCRIPT_PATHS = {
  'page-annotator': '/page-annotator.js',
  'card-ui': '/card-ui.js',
} as const;

export type LazyScript = keyof typeof LAZY_SCRIPT_PATHS;

/** content → background, Firefox only: inject one of the lazy scripts into the asking frame. */
export interface LazyScriptRequest {
  type: 'lazy-script';
  script: LazyScript;
}

export const isLazyScript = (name: unknown): name is LazyScript =>
  typeof name === 'string' && Object.hasOwn(LAZY_SCRIPT_PATHS, name);

export type BackgroundRequest =
  CardRequest | OpenCorpusRequest | MatcherRequest | LazyScriptRequest;
export type ContentRequest = PageStatusRequest | FocusEntityRequest | StepMentionRequest;

export interface ResponseMap {
  card: CardModel | null;
  'open-corpus': boolean;
  matcher: MatcherData;
  'lazy-script': boolean;
  'page-status': PageStatus;
  'focus-entity': boolean;
  'step-mention': boolean;
}
