/**
 * `npm run bench`: the speed benchmark of DESIGN.md's Speed section, in one Chromium run.
 * Not a test: it prints numbers and PASS/MISS per target and exits 0 unless it could not run.
 * GL_BENCH_QUICK=1 takes fewer samples (for trying the bench; the numbers are then rougher);
 * GL_BENCH_TRACES=<dir> keeps each page's Chrome trace there (open it in DevTools).
 */
import { execSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expandAliases, loadMatcherData } from './aliases';
import { launchBench, servePages, type BenchBrowser } from './browser';
import { BLANK_PAGE, ExtensionRunner, writeBlankPage } from './extension';
import { REAL_PAGE_NAMES, writeBenchPages, type BenchPage } from './pages';
import { PeerRunner } from './peers';
import { writeQuietPeer } from './quiet-peer';
import { printReport } from './report';
import type { BundleSize, PageResult } from './results';
import {
  LIGHT_TRACE_CATEGORIES,
  scriptEvaluationMs,
  summariseTrace,
  TRACE_CATEGORIES,
  type TraceSummary,
} from './trace';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const QUICK = process.env.GL_BENCH_QUICK === '1';
/** Fresh loads per page: ≥ 20 where only the gate runs (DESIGN.md: "≤ 1 ms median"). */
const QUIET_LOADS = QUICK ? 5 : 20;
const ANNOTATED_LOADS = QUICK ? 3 : 9;
const PEER_RUNS = QUICK ? 2 : 5;
const MARKJS_RUNS = QUICK ? 1 : 3;
const POPUP_OPENS = QUICK ? 3 : 9;
/** Loads traced without the CPU profiler, for the content script's evaluation and tasks. */
const EVALUATE_LOADS = QUICK ? 2 : 7;
/** The same, each in a fresh tab: a renderer that has compiled nothing of ours yet. */
const COLD_LOADS = QUICK ? 2 : 7;
/** One mark.js run slower than this is enough: its median would not change the verdict. */
const MARKJS_SLOW_MS = 3_000;

/** The quiet peer (quiet-peer.ts) in a browser of its own, and the tab it loads pages in. */
interface QuietPeerBrowser {
  bench: BenchBrowser;
  page: Page;
}

function log(text: string): void {
  process.stderr.write(text + '\n');
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
}

/** What the manifest injects into every page, then what a page may load later (lazy chunks). */
function bundleSizes(build: string): BundleSize[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;
  const size = (file: string, lazy: boolean): BundleSize => {
    const bytes = readFileSync(join(build, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes).length, lazy };
  };
  const injected = (manifest.content_scripts ?? []).flatMap((c) => [
    ...(c.js ?? []),
    ...(c.css ?? []),
  ]);
  const lazy = (manifest.web_accessible_resources ?? [])
    .flatMap((w) => w.resources)
    .filter((f) => f.endsWith('.js') && existsSync(join(build, f)));
  return [...injected.map((f) => size(f, false)), ...lazy.map((f) => size(f, true))];
}

/** One fresh load recorded with Chrome tracing, `settleMs` after its load event; the trace. */
async function traceLoad(
  bench: BenchBrowser,
  page: Page,
  url: string,
  categories: string[],
  settleMs: number,
): Promise<Buffer> {
  await bench.browser.startTracing(page, { categories });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(settleMs);
  return bench.browser.stopTracing();
}

async function traced(
  bench: BenchBrowser,
  ext: ExtensionRunner,
  url: string,
): Promise<TraceSummary> {
  // The content script runs at document_idle and may yield between slices: let it finish.
  const buffer = await traceLoad(bench, await ext.pageFor(), url, TRACE_CATEGORIES, 2_000);
  const keep = process.env.GL_BENCH_TRACES;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(join(keep, `${new URL(url).pathname.slice(1)}.trace.json`), buffer);
  }
  return summariseTrace(buffer.toString('utf8'), bench.extensionId);
}

/** What a lightly traced load (no CPU profiler) shows of the content script. */
interface LightTrace {
  evaluate: number | null;
  /** Every main-thread task that ran our code, evaluation included (trace.ts). */
  tasks: TraceSummary;
}

/**
 * One load traced without the CPU profiler, whose sampling slows the script it watches: the
 * script's evaluation, and all the main-thread time its tasks took.
 */
async function lightTrace(
  bench: BenchBrowser,
  page: Page,
  url: string,
  triggered: boolean,
): Promise<LightTrace> {
  // document_idle comes at the latest shortly after load; the settings read follows it. A
  // page with a trigger is then annotated in slices, on gen-2mb for about half a second.
  const settleMs = triggered ? 2_000 : 800;
  const json = (await traceLoad(bench, page, url, LIGHT_TRACE_CATEGORIES, settleMs)).toString(
    'utf8',
  );
  return {
    evaluate: scriptEvaluationMs(json, bench.extensionId),
    tasks: summariseTrace(json, bench.extensionId),
  };
}

async function benchPage(
  page: BenchPage,
  url: string,
  bench: BenchBrowser,
  ext: ExtensionRunner,
  peers: PeerRunner,
  quietPeer: QuietPeerBrowser,
): Promise<PageResult> {
  const result: PageResult = {
    page,
    gate: [],
    annotate: [],
    busy: [],
    marks: [],
    longTask: [],
    evaluate: [],
    lightTasks: [],
    lightLongest: [],
    lightLongestOwn: [],
    quietPeer: [],
    coldEvaluate: [],
    coldTasks: [],
    coldPeer: [],
    unmeasured: 0,
    trace: null,
    floor: { ms: [], marks: 0, work: 0 },
    floorIsolated: { ms: [], marks: 0, work: 0 },
  };
  // The generated filler page is no target's page: fewer loads keep the run short.
  const quiet = page.name.startsWith('gen-') ? Math.ceil(QUIET_LOADS / 2) : QUIET_LOADS;
  const loads = page.triggered ? ANNOTATED_LOADS : quiet;
  for (let i = 0; i < loads; i++) {
    const load = await ext.once(url, page.triggered, result.unmeasured > 0 ? 1_500 : undefined);
    result.marks.push(load.marks);
    result.longTask.push(load.longTaskMs);
    if (load.gateMs === null) {
      result.unmeasured++;
      // Without the hook there is nothing to time: one more load would only confirm it.
      if (result.unmeasured >= 2) break;
      continue;
    }
    result.gate.push(load.gateMs);
    result.annotate.push(load.annotateMs ?? 0);
    result.busy.push(load.annotateBusyMs ?? 0);
  }
  for (let i = 0; i < EVALUATE_LOADS; i++) {
    const light = await lightTrace(bench, await ext.pageFor(), url, page.triggered);
    if (light.evaluate !== null) result.evaluate.push(light.evaluate);
    if (light.tasks.tasks > 0) {
      result.lightTasks.push(light.tasks.taskMs);
      result.lightLongest.push(light.tasks.longestTaskMs);
      result.lightLongestOwn.push(light.tasks.longestOwnMs);
    }
  }
  // Right after ours, on the same page: the machine's load drifts, the ratio should not.
  if (!page.triggered) {
    for (let i = 0; i < EVALUATE_LOADS; i++) {
      const light = await lightTrace(quietPeer.bench, quietPeer.page, url, false);
      if (light.tasks.tasks > 0) result.quietPeer.push(light.tasks.taskMs);
    }
  }
  // A tab that loads one page after another keeps its renderer, and V8 keeps what it compiled
  // there: the script evaluates in a fraction of its first time. A fresh tab is a new renderer,
  // as a reader's first page of a site is; ours and the peer alternate, load by load.
  for (let i = 0; i < COLD_LOADS; i++) {
    const light = await lightTrace(bench, await ext.freshPage(), url, page.triggered);
    if (light.evaluate !== null) result.coldEvaluate.push(light.evaluate);
    if (light.tasks.tasks > 0) result.coldTasks.push(light.tasks.taskMs);
    if (page.triggered) continue;
    const tab = await quietPeer.bench.extension.newPage();
    const peer = await lightTrace(quietPeer.bench, tab, url, false);
    await tab.close();
    if (peer.tasks.tasks > 0) result.coldPeer.push(peer.tasks.taskMs);
  }
  result.trace = await traced(bench, ext, url);
  result.floor = await peers.samples(url, 'floor', PEER_RUNS);
  result.floorIsolated = await peers.samples(url, 'floor', PEER_RUNS, true);
  if (page.triggered) {
    result.naive = await peers.samples(url, 'naive', PEER_RUNS);
    const first = await peers.samples(url, 'markjs', 1);
    const complete = first.work === first.of;
    if (MARKJS_RUNS > 1 && complete && (first.ms[0] ?? Infinity) < MARKJS_SLOW_MS) {
      const more = await peers.samples(url, 'markjs', MARKJS_RUNS - 1);
      first.ms.push(...more.ms);
    }
    result.markjs = first;
  }
  return result;
}

async function main(): Promise<void> {
  if (!existsSync(join(BUILD, 'manifest.json'))) {
    log('No build at .output/chrome-mv3: running npm run build');
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
  // A snapshot of the build: others may rebuild .output while the bench runs.
  const build = mkdtempSync(join(tmpdir(), 'gl-bench-build-'));
  cpSync(BUILD, build, { recursive: true });
  writeBlankPage(build);
  const aliases = expandAliases(loadMatcherData(join(ROOT, 'seeds')));
  const dir = mkdtempSync(join(tmpdir(), 'gl-bench-pages-'));
  const pages = writeBenchPages(dir, resolve(ROOT, '../shared/pages-real'), join(ROOT, 'seeds'));
  log(
    `${pages.length} pages (${REAL_PAGE_NAMES.join(', ')} ± trigger, generated 2 MB), ${aliases.length} alias forms`,
  );
  const server = await servePages(dir);
  const bench = await launchBench(build);
  const ext = new ExtensionRunner(bench.extension);
  await ext.install();
  const peers = new PeerRunner(bench.plain, aliases);
  const peerBuild = join(dir, '.quiet-peer');
  writeQuietPeer(peerBuild, loadMatcherData(join(ROOT, 'seeds')).prefilter);
  let peerBench: BenchBrowser | undefined;
  try {
    peerBench = await launchBench(peerBuild);
    const quietPeer = { bench: peerBench, page: await peerBench.extension.newPage() };
    const results: PageResult[] = [];
    for (const page of pages) {
      const started = Date.now();
      const url = `${server.origin}/${page.file}`;
      results.push(await benchPage(page, url, bench, ext, peers, quietPeer));
      log(`  ${page.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const popupFirstRenders = await ext.firstRenders(bench.extensionId, POPUP_OPENS);
    const blankFirstRenders = await ext.firstRenders(bench.extensionId, POPUP_OPENS, BLANK_PAGE);
    printReport({
      pages: results,
      bundles: bundleSizes(build),
      popupFirstRenders,
      blankFirstRenders,
      aliasForms: aliases.length,
    });
  } finally {
    await ext.close();
    await peers.close();
    await peerBench?.close();
    await bench.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('bench could not run:', error);
  process.exit(1);
});
