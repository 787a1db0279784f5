/**
 * The hover card in the page: ONE host element (the only element the extension adds), an open
 * shadow root styled by a constructed stylesheet (a page's CSP cannot block it, the page's CSS
 * cannot reach in), Preact rendering text only, placed by floating-ui next to the mention.
 * Card data comes from the background over the typed `card` message, cached per page. Issue 4.
 */
import { render } from 'preact';
import { browser, type ContentScriptContext } from '#imports';
import type { CardModel } from '../../lib/cards/card-model';
import type {
  CardRequest,
  OpenCorpusRequest,
  ResponseMap,
  UiLang,
} from '../../lib/browser/messages';
import type { CorpusRoute } from '../../lib/routes/corpus-route';
import { formatRoute } from '../../lib/routes/corpus-route';
import { Card } from '../../components/card/Card';
import { CARD_STRINGS } from '../../components/card/card-strings';
import type { CardUi } from '../../components/card/card-ui';
import type { LiveMention } from './mention-index';
import { followMention } from './place-card';
import frameStyles from './card.css?inline';
import sectionStyles from './card-sections.css?inline';

export const HOST_TAG = 'geneva-lens';

export interface CardHostOptions {
  lang(): UiLang;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The card's close button: the hover machine decides, so its state stays true. */
  onCloseRequest(): void;
}

export interface CardHost {
  /**
   * The pointer rests on a mention and its card may follow: fetch what it needs now, so the
   * hover delay hides the wait. Adds nothing to the page.
   */
  prepare(mention: LiveMention): void;
  show(mention: LiveMention, how: { focus: boolean }): void;
  hide(how: { restoreFocus: boolean }): void;
  /** Whether an event happened inside the card (its path crosses the host). */
  contains(event: Event): boolean;
}

export function mountCard(ctx: ContentScriptContext, options: CardHostOptions): CardHost {
  const cache = new Map<string, Promise<CardModel | null>>();
  let host: HTMLElement | undefined;
  let layer: HTMLDivElement | undefined;
  let stopFollowing: (() => void) | undefined;
  let anchored: Range | undefined;
  let returnFocus: Element | null = null;
  let showing = 0;
  let titles = 0;

  const load = (entity: string, lang: UiLang) => {
    const key = `${lang}:${entity}`;
    let model = cache.get(key);
    if (!model) {
      const request: CardRequest = { type: 'card', entity, lang };
      model = (browser.runtime.sendMessage(request) as Promise<ResponseMap['card']>).catch(
        () => null,
      );
      cache.set(key, model);
    }
    return model;
  };

  const ensureLayer = (): HTMLDivElement => {
    if (!host || !layer) {
      host = document.createElement(HOST_TAG);
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [frameStyles, sectionStyles].map((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      });
      layer = document.createElement('div');
      layer.className = 'float';
      layer.hidden = true;
      layer.addEventListener('pointerenter', () => options.onPointerEnter());
      layer.addEventListener('pointerleave', () => options.onPointerLeave());
      root.append(layer);
    }
    if (!host.isConnected) document.documentElement.append(host);
    return layer;
  };

  const ui = (lang: UiLang): CardUi => ({
    lang,
    strings: CARD_STRINGS[lang],
    corpusHref: (route) => browser.runtime.getURL('/corpus.html') + formatRoute(route),
    openCorpus: (route: CorpusRoute) => {
      const request: OpenCorpusRequest = { type: 'open-corpus', hash: formatRoute(route) };
      void browser.runtime.sendMessage(request);
    },
  });

  const follow = (range: Range, floating: HTMLDivElement) => {
    stopFollowing?.();
    anchored = range;
    stopFollowing = followMention(range, floating, options.onCloseRequest);
  };

  const focusCard = (floating: HTMLDivElement) =>
    floating.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });

  const present = async (
    mention: LiveMention,
    stack: string[],
    how: { focus: boolean },
    token: number,
  ) => {
    const lang = options.lang();
    const entity = stack[stack.length - 1];
    if (entity === undefined) return;
    const model = await load(entity, lang);
    if (token !== showing || !ctx.isValid) return;
    if (!model) {
      if (stack.length === 1) options.onCloseRequest();
      return;
    }
    // The previous card stays up until this one is ready: moving between names never blanks it.
    const floating = ensureLayer();
    const open = (next: string[]) => void present(mention, next, { focus: true }, ++showing);
    render(
      <Card
        key={`${lang}:${stack.join('/')}`}
        model={model}
        ui={ui(lang)}
        titleId={`gl-card-title-${++titles}`}
        onClose={options.onCloseRequest}
        onOpenEntity={(id) => open([...stack, id])}
        {...(stack.length > 1 ? { onBack: () => open(stack.slice(0, -1)) } : {})}
      />,
      floating,
    );
    if (floating.hidden || anchored !== mention.range) {
      floating.hidden = false;
      follow(mention.range, floating);
    }
    if (how.focus) focusCard(floating);
  };

  const cardHost: CardHost = {
    prepare(mention) {
      void load(mention.entity, options.lang());
    },
    show(mention, how) {
      if (how.focus && !host?.contains(document.activeElement)) {
        returnFocus = document.activeElement;
      }
      void present(mention, [mention.entity], how, ++showing);
    },
    hide({ restoreFocus }) {
      showing++;
      stopFollowing?.();
      stopFollowing = undefined;
      anchored = undefined;
      if (layer) {
        layer.hidden = true;
        render(null, layer);
      }
      if (restoreFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) {
        returnFocus.focus({ preventScroll: true });
      }
      returnFocus = null;
    },
    contains: (event) => host !== undefined && event.composedPath().includes(host),
  };

  ctx.onInvalidated(() => {
    cardHost.hide({ restoreFocus: false });
    host?.remove();
  });
  return cardHost;
}
