/** How long page mutations are collected before one pass handles them together. */
export const MUTATION_BATCH_MS = 40;

/** What every watch of the page's text observes. */
export const OBSERVE: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
};
