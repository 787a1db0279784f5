/**
 * Loads the card UI (entrypoints/card-ui.ts → /card-ui.js) on the first card and stands in
 * for it until then. The content script itself keeps only the hover logic: the UI's Preact and
 * floating-ui cost nothing on pages never hovered (DESIGN.md: content scripts ≤ 60 kB).
 *
 * Chrome imports the file (web-accessible at a per-session URL). Firefox asks the background to
 * inject it into this frame instead: addons-linter rejects an import() whose URL is computed
 * (no-unsanitized), the URL of a moz-extension: file can only be, and an injected script
 * shares the content script's sandbox, so needs nothing web-accessible.
 */
import { browser, type ContentScriptContext } from '#imports';
import { CARD_UI_PATH, type CardUiRequest } from '../../lib/browser/messages';
import type { LiveMention } from './mention-index';
import type { CardHost, CardHostOptions, mountCard } from './mount-card';

export const CARD_UI_KEY = Symbol.for('geneva-lens.card-ui');

async function loadMountCard(): Promise<typeof mountCard> {
  const slot = globalThis as Record<symbol, unknown>;
  if (!slot[CARD_UI_KEY]) {
    if (import.meta.env.FIREFOX) {
      await browser.runtime.sendMessage({ type: 'card-ui' } satisfies CardUiRequest);
    } else {
      await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH));
    }
  }
  const mount = slot[CARD_UI_KEY];
  if (typeof mount !== 'function') throw new Error('Geneva Lens: the card UI did not load');
  return mount as typeof mountCard;
}

export function lazyCardHost(ctx: ContentScriptContext, options: CardHostOptions): CardHost {
  let host: CardHost | undefined;
  let loading: Promise<CardHost | undefined> | undefined;
  // The latest request while loading: only what the machine asked for last is carried out.
  let queued: ((h: CardHost) => void) | undefined;
  let preparing: LiveMention | undefined;

  // Mounting adds nothing to the page until a card shows (mount-card.tsx), so it can follow
  // the load at once.
  const startLoading = () =>
    (loading ??= loadMountCard()
      .then((mount) => (host = ctx.isValid ? mount(ctx, options) : undefined))
      .catch((error: unknown) => {
        console.warn(error);
        loading = undefined;
        return undefined;
      }));

  const withHost = (action: (h: CardHost) => void) => {
    if (host) return action(host);
    queued = action;
    void startLoading().then((h) => {
      if (h && queued) queued(h);
      queued = undefined;
    });
  };

  return {
    // Loads the UI while the pointer dwells, then prepares the latest mention pointed at;
    // a queued show stays queued.
    prepare: (mention) => {
      if (host) return host.prepare(mention);
      const first = preparing === undefined;
      preparing = mention;
      if (first) {
        void startLoading().then((h) => {
          if (h && preparing) h.prepare(preparing);
          preparing = undefined;
        });
      }
    },
    show: (mention, how) => withHost((h) => h.show(mention, how)),
    hide: (how) => {
      if (host) host.hide(how);
      else queued = undefined;
    },
    contains: (event) => host?.contains(event) ?? false,
  };
}
