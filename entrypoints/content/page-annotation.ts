/**
 * The annotator's side of annotation-handle.ts, run once the script on every page loads it:
 * the Annotator, and from the first full scan on, hover, the keyboard path and the SPA watch.
 */
import { browser } from '#imports';
import type { MatcherRequest } from '../../lib/browser/messages';
import type { MatcherData } from '../../lib/match/types';
import { isSiteActive } from '../../lib/settings/schema';
import type { AnnotationHandle, AnnotationInit } from './annotation-handle';
import { Annotator } from './annotator';
import { installHover } from './hover';
import { recordTimings } from './marks';
import { renderedCounts } from './rendered';

/** Asked only when storage did not hold this build's matcher (lib/browser/matcher-store.ts). */
const loadMatcher = (): Promise<MatcherData> =>
  browser.runtime.sendMessage({ type: 'matcher' } satisfies MatcherRequest) as Promise<MatcherData>;

export function startAnnotation(init: AnnotationInit): AnnotationHandle {
  const { ctx, gate, gateData, settings } = init;
  // This script's own copy of marks.ts: the one on every page was told at its settings read.
  recordTimings(init.diagnostics);
  const types = new Map(gateData.entities.map((e) => [e.id, e.type]));
  let scanned = false;
  const onFullScan = () => {
    if (scanned) return;
    scanned = true;
    installHover(ctx, annotator.painter, settings);
    // An SPA navigation away from a scanned page starts over: the new page needs its own
    // trigger.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const now = settings();
      if (isSiteActive(now, location.hostname)) void annotator.start(now);
      else annotator.stop();
    });
  };
  const annotator = new Annotator(ctx, gate, (id) => types.get(id), loadMatcher, onFullScan);
  if (init.matcher) annotator.provideMatcher(init.matcher);

  return {
    start: (next, gateOpen) => void annotator.start(next, gateOpen),
    stop: () => annotator.stop(),
    restyle: (next, previous) => {
      annotator.painter.setStyle(next.style);
      if (JSON.stringify(previous.types) !== JSON.stringify(next.types)) {
        annotator.painter.setTypes(next.types);
      }
    },
    scanned: () => scanned,
    annotated: () => annotator.state === 'annotated',
    counts: () => renderedCounts(annotator.painter.list()),
  };
}
