/**
 * The annotator's side of annotation-handle.ts, run once the script on every page loads it:
 * the Annotator, and from the first full scan on, hover, the keyboard path and the SPA watch.
 */
import { browser } from '#imports';
import type { MatcherRequest } from '../../lib/browser/messages';
import type { MatcherData } from '../../lib/match/types';
import { isNewView } from '../../lib/page/navigation';
import { isSiteActive } from '../../lib/settings/schema';
import type { AnnotationHandle, AnnotationInit } from './annotation-handle';
import { Annotator } from './annotator';
import { MatcherSource } from './matcher-source';
import { installHover } from './hover';
import { recordTimings } from './marks';
import { renderedCounts } from './rendered';
import { afterViewSettles } from './view-settle';

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
    installHover(ctx, annotator.marks.painter, settings);
    // An SPA navigation away from a scanned page starts over once the new view is there: it
    // needs its own trigger. Until then the old view keeps its marks.
    let waiting: (() => void) | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', ({ oldUrl, newUrl }) => {
      if (!isNewView(oldUrl, newUrl)) return;
      waiting?.();
      const restart = () => {
        waiting = undefined;
        const now = settings();
        if (isSiteActive(now, location.hostname)) void annotator.start(now);
        else annotator.stop();
      };
      waiting = afterViewSettles(ctx, restart, () => annotator.lastPageChange());
    });
  };
  const matcher = new MatcherSource(loadMatcher);
  if (init.matcher) matcher.provide(init.matcher);
  const annotator = new Annotator(ctx, gate, (id) => types.get(id), matcher, onFullScan);

  return {
    start: (next, gateOpen) => void annotator.start(next, gateOpen),
    stop: () => annotator.stop(),
    restyle: (next, previous) => {
      annotator.marks.painter.setStyle(next.style);
      if (JSON.stringify(previous.types) !== JSON.stringify(next.types)) {
        annotator.marks.painter.setTypes(next.types);
      }
    },
    scanned: () => scanned,
    annotated: () => annotator.state === 'annotated',
    counts: () => renderedCounts(annotator.marks.painter.list()),
  };
}
