/**
 * The seam between the script on every page (index.ts: the gate, the settings, the popup's
 * questions) and the annotator it loads once a page may hold a trigger
 * (entrypoints/page-annotator.ts → page-annotation.ts). Types only: the two are built apart.
 */
import type { ContentScriptContext } from '#imports';
import type { MatcherData } from '../../lib/match/types';
import type { Settings } from '../../lib/settings/schema';
import type { PageGate } from './page-gate';

export const PAGE_ANNOTATOR_KEY = Symbol.for('geneva-lens.page-annotator');

export interface AnnotationInit {
  ctx: ContentScriptContext;
  /** The gate the script on every page ran, with the answer it may still hold. */
  gate: PageGate;
  /** The gate's data: entity ids and types. */
  gateData: MatcherData;
  /** This build's full matcher, when the settings read found it in storage. */
  matcher: MatcherData | undefined;
  /** Whether to record the bench's and tests' timings (marks.ts). */
  diagnostics: boolean;
  /** The current settings, as the script on every page keeps them. */
  settings: () => Settings;
}

export interface AnnotationHandle {
  /** Annotates from scratch; `gateOpen` when the caller has just seen the gate open. */
  start(settings: Settings, gateOpen: boolean): void;
  /** Removes every mark and stops watching the page. */
  stop(): void;
  /** Applies a change of style or of shown types, which needs no rescan. */
  restyle(next: Settings, previous: Settings): void;
  /** Whether a full scan has run (hover and the keyboard path answer from then on). */
  scanned(): boolean;
  annotated(): boolean;
  /** Painted mentions a reader can see, per entity. */
  counts(): Map<string, number>;
}

export type StartAnnotation = (init: AnnotationInit) => AnnotationHandle;
