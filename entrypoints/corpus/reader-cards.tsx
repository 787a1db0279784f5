/**
 * Hover cards in the reader, as on web pages (issue 5, stretch): the card helper's Card in an
 * open shadow root with its own stylesheet, driven by the same hover state machine, placed
 * by floating-ui. The model is built here from the bundle (this page holds the corpus), and
 * corpus links in the card are plain hash links of this page.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { Card } from '../../components/card/Card';
import { CARD_STRINGS } from '../../components/card/card-strings';
import cardStyles from '../content/card.css?inline';
import type { CorpusBundle } from '../../lib/corpus/bundle';
import { buildCardModel } from '../../lib/cards/card-model';
import { HoverMachine } from '../../lib/hover/hover-machine';
import { formatRoute } from '../../lib/routes/corpus-route';
import type { UiLang } from '../../lib/settings/ui-language';
import type { PaintedArticle, PaintedMention } from './paint-mentions';

const EDGE = 8;

export interface ReaderCardOptions {
  lang(): UiLang;
  dwellMs(): number;
}

export function installReaderCards(
  corpus: CorpusBundle,
  root: HTMLElement,
  painted: PaintedArticle,
  options: ReaderCardOptions,
): () => void {
  const host = document.body.appendChild(document.createElement('geneva-lens'));
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cardStyles);
  shadow.adoptedStyleSheets = [sheet];
  const layer = shadow.appendChild(document.createElement('div'));
  layer.className = 'float';
  layer.hidden = true;
  let stopFollowing: (() => void) | undefined;
  let titles = 0;

  const place = (range: Range) => {
    stopFollowing?.();
    const anchor = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    stopFollowing = autoUpdate(anchor, layer, () => {
      void computePosition(anchor, layer, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: EDGE }),
          shift({ padding: EDGE }),
          size({
            padding: EDGE,
            apply: ({ availableHeight }) => {
              layer.style.maxHeight = `${Math.floor(availableHeight)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  };

  const show = (target: PaintedMention, stack: string[]) => {
    const lang = options.lang();
    const entity = stack[stack.length - 1]!;
    const model = buildCardModel(corpus, entity, lang);
    if (!model) return;
    render(
      <Card
        key={`${lang}:${stack.join('/')}`}
        model={model}
        ui={{ lang, strings: CARD_STRINGS[lang], corpusHref: formatRoute }}
        titleId={`gl-reader-card-${++titles}`}
        onClose={() => machine.dismiss()}
        onOpenEntity={(id) => show(target, [...stack, id])}
        {...(stack.length > 1 ? { onBack: () => show(target, stack.slice(0, -1)) } : {})}
      />,
      layer,
    );
    if (layer.hidden) {
      layer.hidden = false;
      place(target.range);
    }
  };

  const machine = new HoverMachine<PaintedMention>({
    same: (a, b) => a.mention === b.mention,
    dwellMs: options.dwellMs,
    effects: {
      show: (target) => show(target, [target.mention.entity]),
      hide: () => {
        stopFollowing?.();
        stopFollowing = undefined;
        layer.hidden = true;
        render(null, layer);
      },
    },
  });

  const controller = new AbortController();
  const signal = controller.signal;
  let frame = 0;
  root.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        machine.pointerOver(painted.mentionAt(e.clientX, e.clientY) ?? null),
      );
    },
    { signal },
  );
  root.addEventListener('pointerleave', () => machine.pointerOver(null), { signal });
  layer.addEventListener('pointerenter', () => machine.cardEnter(), { signal });
  layer.addEventListener('pointerleave', () => machine.cardLeave(), { signal });
  window.addEventListener('scroll', () => machine.scroll(), { signal, passive: true });
  document.addEventListener(
    'keydown',
    (e) => e.key === 'Escape' && machine.escape() && e.preventDefault(),
    {
      signal,
    },
  );
  return () => {
    controller.abort();
    cancelAnimationFrame(frame);
    machine.dispose();
    stopFollowing?.();
    render(null, layer);
    host.remove();
  };
}
