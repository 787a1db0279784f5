/**
 * Gate, walk, match and paint, for the whole page and then incrementally as the page changes
 * (issue 3). Every step is sliced (slices.ts), jobs run one at a time in order, and a newer
 * full scan or a switch-off cancels older work through `generation`. A page left untriggered
 * is looked at again when the reader reveals something (reveal-watch.ts).
 */
import type { ContentScriptContext } from '#imports';
import { createSession, type MatchSession } from '../../lib/match/session';
import type { EntityType } from '../../lib/corpus/schema';
import type { Settings } from '../../lib/settings/schema';
import { watchExtensionAlive } from './alive';
import type { PageGate } from './page-gate';
import { changedRoots } from './mutations';
import { MutationBatcher, OBSERVE_ANNOTATED } from './mutation-batch';
import type { MatcherSource } from './matcher-source';
import { isOwnElement } from './own-host';
import { RevealWatch } from './reveal-watch';
import { matchBlocks } from './match-blocks';
import { PageMarks } from './page-marks';
import { blocksUnder, candidateBlocks, type ScanScope } from './scan-blocks';
import { busySince, jobStart, startSlice, waitFor, type JobStart } from './slices';
import type { PageBlock } from './walk';
import {
  MARK_ANNOTATE,
  MARK_RESCAN,
  MARK_SCAN,
  MARK_SETTLED,
  markLatest,
  measureLatest,
} from './marks';

export type AnnotationState = 'off' | 'no-trigger' | 'annotated';

export class Annotator {
  readonly marks: PageMarks;
  state: AnnotationState = 'off';
  private session: MatchSession = createSession();
  private readonly reveals: RevealWatch;
  /** This generation has read the whole page (not only the gate). */
  private fullScanned = false;
  private generation = 0;
  private requireTrigger = true;
  private queue: Promise<void> = Promise.resolve();
  private readonly watch: MutationBatcher;
  /** Batches not handled yet: a batch that comes while a job runs joins the next pass. */
  private pending: MutationRecord[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    /** The content script's trigger gate, with the answer it may already hold (page-gate.ts). */
    private readonly gate: PageGate,
    typeOf: (entity: string) => EntityType | undefined,
    private readonly matcher: MatcherSource,
    /** Called whenever a full scan starts (page-annotation.ts sets up hover and the SPA watch). */
    private readonly onFullScan: () => void = () => {},
  ) {
    this.marks = new PageMarks(typeOf);
    this.watch = new MutationBatcher(ctx, OBSERVE_ANNOTATED, (records) => {
      this.pending.push(...records);
      const gen = this.generation;
      void this.enqueue(() => this.flush(gen));
    });
    this.reveals = new RevealWatch(ctx, () => this.onReveal());
    ctx.onInvalidated(() => this.stop());
  }

  /**
   * (Re)annotates the page from scratch with these settings: gate first (unless the caller saw
   * it open just now), then a full scan.
   */
  start(settings: Settings, gateOpen = false): Promise<void> {
    const gen = this.reset();
    this.requireTrigger = settings.triggerMode === 'triggers';
    this.marks.painter.setStyle(settings.style);
    this.marks.painter.setTypes(settings.types);
    return this.enqueue(async () => {
      if (gateOpen || !this.requireTrigger || this.gate.opens()) {
        startSlice();
        // Ask for the matcher now (if not here yet): the reply arrives while the walk runs.
        void this.matcher.get();
        return this.fullScanJob(gen);
      }
      this.watch.observe(document);
      this.state = 'no-trigger';
      this.reveals.start();
      markLatest(MARK_SETTLED);
    });
  }

  /** The page clock's time of the latest nodes the page added, as this annotator saw. */
  lastPageChange(): number {
    return this.watch.lastAdded;
  }

  /** Removes every mark at once and stops watching the page. */
  stop(): void {
    this.reset();
    this.gate.forget();
  }

  private reset(): number {
    this.generation += 1;
    this.watch.disconnect();
    this.pending = [];
    this.marks.clear();
    this.reveals.stop();
    this.fullScanned = false;
    this.session = createSession();
    this.state = 'off';
    return this.generation;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(job, job);
    return this.queue;
  }

  /** Handles the mutations collected so far; every pass ends with MARK_SETTLED. */
  private async flush(gen: number): Promise<void> {
    const records = this.pending;
    this.pending = [];
    if (gen !== this.generation || this.state === 'off') return;
    if (records.length > 0) await this.rescan(records, gen);
    if (gen === this.generation) markLatest(MARK_SETTLED);
  }

  private async rescan(records: MutationRecord[], gen: number): Promise<void> {
    const t0 = jobStart();
    const { roots, removed, addedText } = changedRoots(records, isOwnElement);
    if (roots.size === 0 && !removed) return;
    // The cheap gate again, on the new text only: most pages never get a trigger.
    const gated = this.state === 'no-trigger' && this.requireTrigger;
    if (gated && !this.gate.addedMightTrigger(addedText)) return;
    startSlice();
    this.marks.dropWithin(roots, removed);
    const wasTriggered = this.state === 'annotated';
    if (roots.size > 0) {
      const blocks = await blocksUnder([...roots], this.scope(gen));
      if (blocks) await this.matchAndPaint(blocks, gen, MARK_RESCAN, t0);
    }
    if (gen !== this.generation) return;
    measureLatest(MARK_RESCAN, t0.at, busySince(t0));
    // The first trigger arrived with this change: earlier text was matched but never kept.
    if (!wasTriggered && this.state === 'annotated') await this.fullScanJob(this.reset());
  }

  private async fullScanJob(gen: number): Promise<void> {
    markLatest(MARK_SCAN);
    this.onFullScan();
    this.watch.observe(document);
    this.state = 'no-trigger';
    this.fullScanned = true;
    const t0 = jobStart();
    const root = document.body ?? document.documentElement;
    const blocks = await candidateBlocks(root, () => this.matcher.get(), this.scope(gen));
    if (blocks) await this.matchAndPaint(blocks, gen, MARK_ANNOTATE, t0);
    if (gen !== this.generation) return;
    if (this.state === 'no-trigger') this.reveals.start();
    markLatest(MARK_SETTLED);
  }

  /** The reader may have revealed a trigger the page hid: scan again if one shows now. */
  private onReveal(): void {
    const gen = this.generation;
    void this.enqueue(async () => {
      if (gen !== this.generation || this.state !== 'no-trigger') return;
      // Once the whole page was read, hidden text included, only the hidden text of the blocks
      // naming a trigger can change the answer (hidden-triggers.ts); before that, the gate reads
      // what the page renders.
      const shows = this.fullScanned ? this.marks.hidden.anyShown() : this.gate.revealsTrigger();
      if (shows) return this.fullScanJob(this.reset());
      markLatest(MARK_SETTLED);
    });
  }

  private scope(gen: number): ScanScope {
    return {
      ctx: this.ctx,
      current: () => gen === this.generation,
      shadowRoot: (shadow) => {
        this.watch.observe(shadow);
        this.marks.painter.addShadowRoot(shadow);
      },
    };
  }

  /**
   * Matches the blocks and paints what they hold; a full scan (`mark` = MARK_ANNOTATE) records
   * its time from `t0`, walk included, and how much of it was ours (busy).
   */
  private async matchAndPaint(
    blocks: PageBlock[],
    gen: number,
    mark: string,
    t0: JobStart,
  ): Promise<void> {
    const matcher = await waitFor(this.matcher.get());
    if (gen !== this.generation) return;
    const found = await matchBlocks(blocks, matcher, this.session, this.ctx);
    if (gen !== this.generation) return;
    if (this.requireTrigger && !this.session.triggered)
      return this.marks.hidden.note(blocks, found, matcher);
    this.state = 'annotated';
    this.reveals.stop();
    watchExtensionAlive(this.ctx);
    const full = mark === MARK_ANNOTATE;
    if (full) this.marks.painter.hold();
    if (!(await this.marks.paint(blocks, found, this.session.confident, this.scope(gen)))) return;
    if (full) {
      this.marks.painter.release();
      measureLatest(MARK_ANNOTATE, t0.at, busySince(t0));
    }
  }
}
