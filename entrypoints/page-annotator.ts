/**
 * The annotator (walk, match, paint, hover; entrypoints/content/page-annotation.ts), built as
 * its own script and loaded by the content script only when a page may hold a trigger, so the
 * script every page evaluates is the gate and little else (principle 3). It runs in the content
 * script's isolated world (Chrome) or sandbox (Firefox) and hands `startAnnotation` over on a
 * symbol only that world can see. Issue 3.
 */
import { defineUnlistedScript } from '#imports';
import { PAGE_ANNOTATOR_KEY } from './content/annotation-handle';
import { startAnnotation } from './content/page-annotation';

export default defineUnlistedScript({
  main() {
    (globalThis as Record<symbol, unknown>)[PAGE_ANNOTATOR_KEY] = startAnnotation;
  },
});
