import { SKIPPING_ATTRIBUTES } from './walk';

/** How long page mutations are collected before one pass handles them together. */
export const MUTATION_BATCH_MS = 40;

/** What every watch of the page's text observes. */
export const OBSERVE: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
};

/**
 * The annotator's watch also follows the attributes that put a subtree out of bounds: marks go
 * when a page hides a subtree from assistive technology or makes it editable, and come back
 * when it stops. The quiet watches before a trigger leave them out: they only look for text.
 */
export const OBSERVE_ANNOTATED: MutationObserverInit = {
  ...OBSERVE,
  attributes: true,
  attributeOldValue: true,
  attributeFilter: SKIPPING_ATTRIBUTES,
};
