/**
 * The content script on every page (issue 3): runs the cheap gate, reads the settings, and
 * only then annotates (annotator.ts), off the load path. Everything is tied to `ctx`, so an
 * extension reload or update removes every mark and stops every observer and timer.
 */
// First: it changes how WXT builds this script's context (quiet-context.ts says why).
import './quiet-context';
import { browser, defineContentScript } from '#imports';
import bundledGate from 'virtual:geneva-gate';
import { readSettingsAndMatcher } from '../../lib/browser/matcher-store';
import { watchStoredSettings } from '../../lib/browser/settings-reader';
import type { ContentRequest, MatcherRequest, PageStatus } from '../../lib/browser/messages';
import type { MatcherData } from '../../lib/match/types';
import { pageStatus } from '../../lib/page/page-status';
import { DEFAULT_SETTINGS, isSiteActive, type Settings } from '../../lib/settings/schema';
import { Annotator } from './annotator';
import { installHover } from './hover';
import { recordTimings } from './marks';
import { renderedCounts } from './rendered';
import './style.css';

// The ambient module's types cannot name lib/ (a relative import), so they are restated here.
const gateData: MatcherData = bundledGate;

/** One request per page, and only once the gate opens (lib/match/gate-only.ts). */
const loadMatcher = (): Promise<MatcherData> =>
  browser.runtime.sendMessage({ type: 'matcher' } satisfies MatcherRequest) as Promise<MatcherData>;

/**
 * After an extension reload the extension APIs of this orphaned script throw ("Extension
 * context invalidated"), and their listeners died with the extension: nothing to undo.
 */
const quietly = (undo: () => void) => () => {
  try {
    undo();
  } catch {
    // The extension is gone, and its listeners with it.
  }
};

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    // Only what every page needs runs here: this function is part of the script's evaluation
    // on every page, trigger or not. Hover, the keyboard path and the SPA watch wait for the
    // first full scan, which only a page whose gate opens (or the "every page" mode) gets.
    let scanned = false;
    const onFullScan = () => {
      if (scanned) return;
      scanned = true;
      installHover(ctx, annotator.painter, () => settings);
      // An SPA navigation away from a scanned page starts over: the new page needs its own
      // trigger. Before any full scan the annotator's mutation watch gates whatever text a
      // navigation brings, so there is nothing to start over.
      ctx.addEventListener(window, 'wxt:locationchange', restart);
    };
    const annotator = new Annotator(ctx, gateData, loadMatcher, onFullScan);
    const entities = new Map(gateData.entities.map((e) => [e.id, e]));
    let settings: Settings = DEFAULT_SETTINGS;
    // Nothing runs before the stored settings are known: the user may have switched us off.
    let loaded = false;
    const active = (s: Settings) => isSiteActive(s, location.hostname);

    const restart = () => {
      if (!loaded) return;
      if (active(settings)) void annotator.start(settings);
      else annotator.stop();
    };

    ctx.requestIdleCallback(
      () => {
        // The gate first: if it opens, the matcher comes with the settings, in one read.
        const opens = annotator.prepare();
        void readSettingsAndMatcher(opens ? gateData.id : undefined).then((stored) => {
          if (ctx.isInvalid) return;
          recordTimings(stored.diagnostics);
          if (stored.matcher) annotator.provideMatcher(stored.matcher);
          settings = stored.settings;
          loaded = true;
          restart();
        });
      },
      { timeout: 2000 },
    );

    const unwatch = watchStoredSettings((next) => {
      const prev = settings;
      settings = next;
      if (active(prev) !== active(next) || prev.triggerMode !== next.triggerMode) return restart();
      annotator.painter.setStyle(next.style);
      if (JSON.stringify(prev.types) !== JSON.stringify(next.types)) {
        annotator.painter.setTypes(next.types);
      }
    });
    ctx.onInvalidated(quietly(unwatch));

    const onMessage = (message: unknown): Promise<PageStatus | boolean> | undefined => {
      const type = (message as ContentRequest | null)?.type;
      // No mention to step to before the first full scan; from then on, hover.ts answers.
      if (type === 'step-mention' || type === 'focus-entity') {
        return scanned ? undefined : Promise.resolve(false);
      }
      if (type !== 'page-status') return undefined;
      return Promise.resolve(
        pageStatus(settings, location.hostname, {
          annotated: annotator.state === 'annotated',
          counts: renderedCounts(annotator.painter.list()),
          typeOf: (id) => entities.get(id)?.type,
          nameOf: (id) => id,
        }),
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(quietly(() => browser.runtime.onMessage.removeListener(onMessage)));
  },
});
