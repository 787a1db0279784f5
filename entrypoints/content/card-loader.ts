/**
 * Loads the card UI (entrypoints/card-ui.ts → /card-ui.js, lazy-script.ts) on the first card
 * and stands in for it until then. The annotator itself keeps only the hover logic: the UI's
 * Preact and floating-ui cost nothing on pages never hovered.
 */
import type { ContentScriptContext } from '#imports';
import { loadLazyScript } from './lazy-script';
import type { LiveMention } from './mention-index';
import type { CardHost, CardHostOptions, mountCard } from './mount-card';

export const CARD_UI_KEY = Symbol.for('geneva-lens.card-ui');

async function loadMountCard(): Promise<typeof mountCard> {
  const mount = await loadLazyScript<unknown>('card-ui', CARD_UI_KEY);
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
