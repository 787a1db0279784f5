/**
 * The content script on every page (issue 3): runs the cheap trigger gate, reads the settings,
 * answers the popup, and loads the annotator (page-annotator.ts, through lazy-script.ts) only
 * for a page that may hold a trigger, or for any page in the "every page" mode. Most pages
 * never open the gate, so what they evaluate is this script and no more (principle 3).
 * Everything is tied to `ctx`, so an extension reload or update removes every mark and stops
 * every observer and timer.
 */
// First: it changes how WXT builds this script's context (quiet-context.ts says why).
import './quiet-context';
import { browser, defineContentScript } from '#imports';
import bundledGate from 'virtual:geneva-gate';
import { readSettingsAndMatcher } from '../../lib/browser/matcher-store';
import { watchStoredSettings } from '../../lib/browser/settings-reader';
import type { ContentRequest, PageStatus } from '../../lib/browser/messages';
import type { MatcherData } from '../../lib/match/types';
import { pageStatus } from '../../lib/page/page-status';
import { DEFAULT_SETTINGS, isSiteActive, type Settings } from '../../lib/settings/schema';
import {
  PAGE_ANNOTATOR_KEY,
  type AnnotationHandle,
  type StartAnnotation,
} from './annotation-handle';
import { loadLazyScript } from './lazy-script';
import { MARK_SETTLED, markLatest, recordTimings } from './marks';
import { PageGate } from './page-gate';
import { QuietWatch } from './quiet-watch';
import './style.css';

// The ambient module's types cannot name lib/ (a relative import), so they are restated here.
const gateData: MatcherData = bundledGate;

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
    // on every page, trigger or not.
    const gate = new PageGate(gateData);
    let settings: Settings = DEFAULT_SETTINGS;
    // Nothing is annotated before the stored settings are known: the user may have switched
    // us off.
    let stored: { matcher: MatcherData | undefined; diagnostics: boolean } | undefined;
    let annotation: AnnotationHandle | undefined;
    let loading: Promise<AnnotationHandle | undefined> | undefined;
    let fetching: Promise<StartAnnotation> | undefined;
    const active = (s: Settings) => isSiteActive(s, location.hostname);

    const fetchAnnotator = () =>
      (fetching ??= loadLazyScript<StartAnnotation>('page-annotator', PAGE_ANNOTATOR_KEY));
    const annotator = (read: NonNullable<typeof stored>) =>
      (loading ??= fetchAnnotator()
        .then((start) => {
          if (ctx.isInvalid) return undefined;
          annotation = start({ ctx, gate, gateData, ...read, settings: () => settings });
          // The annotator has the matcher now; this script need not keep it for the page's life.
          if (stored) stored = { ...stored, matcher: undefined };
          return annotation;
        })
        .catch((error: unknown) => {
          console.warn(error);
          loading = fetching = undefined;
          // The pass ends here: the page stays as it is, unannotated.
          markLatest(MARK_SETTLED);
          return undefined;
        }));

    const quiet = new QuietWatch(ctx, gate, () => restart(true));

    /** Applies the settings: annotate, watch quietly, or stop. */
    function restart(gateOpen = false): void {
      if (!stored) return;
      quiet.stop();
      // The gate's early answer is used or dropped here, so its watch of the page ends.
      if (!active(settings)) {
        gate.forget();
        return annotation?.stop();
      }
      if (annotation) return annotation.start(settings, gateOpen);
      const everyPage = settings.triggerMode !== 'triggers';
      if (everyPage) gate.forget();
      const needed = gateOpen || everyPage || gate.opens();
      if (!needed) return quiet.watch();
      // The gate's answer was just used up: the annotator starts without asking again.
      void annotator(stored).then((a) => {
        if (a && active(settings)) a.start(settings, true);
      });
    }

    ctx.requestIdleCallback(
      () => {
        // The gate first: if it opens, the annotator starts loading now and the matcher comes
        // with the settings, in one read.
        const opens = gate.runEarly();
        if (opens) void fetchAnnotator().catch(() => undefined);
        void readSettingsAndMatcher(opens ? gateData.id : undefined)
          .then((read) => {
            if (ctx.isInvalid) return gate.forget();
            recordTimings(read.diagnostics);
            settings = read.settings;
            stored = { matcher: read.matcher, diagnostics: read.diagnostics };
            restart();
          })
          .catch((error: unknown) => {
            // Without the stored settings the user's switch is unknown: the page stays as it is.
            gate.forget();
            if (!ctx.isInvalid) console.warn(error);
          });
      },
      { timeout: 2000 },
    );

    const unwatch = watchStoredSettings((next) => {
      const prev = settings;
      settings = next;
      if (active(prev) !== active(next) || prev.triggerMode !== next.triggerMode) return restart();
      annotation?.restyle(next, prev);
    });
    ctx.onInvalidated(quietly(unwatch));
    // The gate's early watch of the page outlives nothing: an update or reload ends it too.
    ctx.onInvalidated(() => gate.forget());

    const onMessage = (message: unknown): Promise<PageStatus | boolean> | undefined => {
      const type = (message as ContentRequest | null)?.type;
      // No mention to step to before the first full scan; from then on, hover.ts answers.
      if (type === 'step-mention' || type === 'focus-entity') {
        return annotation?.scanned() ? undefined : Promise.resolve(false);
      }
      if (type !== 'page-status') return undefined;
      return Promise.resolve(
        pageStatus(settings, location.hostname, {
          annotated: annotation?.annotated() ?? false,
          counts: annotation?.counts() ?? new Map<string, number>(),
          typeOf: (id) => gateData.entities.find((e) => e.id === id)?.type,
          nameOf: (id) => id,
        }),
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(quietly(() => browser.runtime.onMessage.removeListener(onMessage)));
  },
});
