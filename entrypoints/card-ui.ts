/**
 * The hover card's UI (Preact, floating-ui, the card components), built as its own script and
 * loaded by the content script only when a first card opens, so the script on every page stays
 * small (DESIGN.md: content scripts ≤ 60 kB). It runs in the content script's isolated world
 * (Chrome) or sandbox (Firefox) and hands `mountCard` over on a symbol only that world can see.
 * Issue 4.
 */
import { defineUnlistedScript } from '#imports';
import { mountCard } from './content/mount-card';
import { CARD_UI_KEY } from './content/card-loader';

export default defineUnlistedScript({
  main() {
    (globalThis as Record<symbol, unknown>)[CARD_UI_KEY] = mountCard;
  },
});
