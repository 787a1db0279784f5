/**
 * Prints the bench: one table for the extension on every page, one for the contenders on the
 * pages it annotates (with the ratios DESIGN.md's Speed section sets), then PASS/MISS per target.
 */
import type { BenchPage } from './pages';
import type { PeerSamples } from './peers';
import type { TraceSummary } from './trace';

export interface PageResult {
  page: BenchPage;
  /** Per timed load: gate ms, annotate ms (0 when none recorded), marks. */
  gate: number[];
  annotate: number[];
  marks: number[];
  /** Per timed load: the longest long task overlapping the content script's work, or 0. */
  longTask: number[];
  /** Loads on which the content script recorded no gate measure. */
  unmeasured: number;
  trace: TraceSummary | null;
  floor: PeerSamples;
  naive?: PeerSamples;
  markjs?: PeerSamples;
}

export interface BundleSize {
  file: string;
  bytes: number;
  gzip: number;
  /** Not injected by the manifest: loaded by the content script when first needed. */
  lazy: boolean;
}

export interface Report {
  pages: PageResult[];
  bundles: BundleSize[];
  popupFirstRenderMs: number | null;
  aliasForms: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Ours per load: the gate and the annotation it decided on, both on the page's main thread. */
export function oursPerLoad(r: PageResult): number[] {
  return r.gate.map((g, i) => g + (r.annotate[i] ?? 0));
}

const ms = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1);
const ratio = (x: number): string =>
  Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(0)}×` : '–';

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

interface Ratios {
  page: string;
  markjs: number;
  /** mark.js stopped at its budget: its ratio is a lower bound. */
  markjsPartial: boolean;
  naive: number;
  floor: number;
}

function ratiosOf(r: PageResult): Ratios | null {
  const ours = median(oursPerLoad(r));
  if (!r.naive || !r.markjs || !(ours > 0)) return null;
  return {
    page: r.page.name,
    markjs: median(r.markjs.ms) / ours,
    markjsPartial: r.markjs.work !== r.markjs.of,
    naive: median(r.naive.ms) / ours,
    floor: ours / median(r.floor.ms),
  };
}

const verdict = (ok: boolean, text: string) => `${ok ? 'PASS' : 'MISS'}  ${text}`;

/** mark.js's time and marks; when it ran out of budget, lower bounds and its progress. */
function markjsCell(s: PeerSamples): string {
  const cell = `${ms(median(s.ms))} (${s.marks})`;
  return s.work === s.of ? cell : `≥ ${cell} ${s.work}/${s.of} kw`;
}

export function printReport(report: Report): void {
  const { pages } = report;
  console.log(`\nExtension (built .output/chrome-mv3), medians over fresh loads; ms`);
  console.log(
    table(
      [
        'page',
        'kB',
        'loads',
        'gate',
        'annotate',
        'ours',
        'marks',
        'long task',
        'tasks*',
        'task time*',
        'longest*',
      ],
      pages.map((r) => [
        r.page.name,
        (r.page.bytes / 1000).toFixed(0),
        String(r.gate.length) + (r.unmeasured ? ` (${r.unmeasured} unmeasured)` : ''),
        ms(median(r.gate)),
        r.page.triggered ? ms(median(r.annotate)) : '',
        ms(median(oursPerLoad(r))),
        String(median(r.marks)),
        r.longTask.some((x) => x > 0) ? ms(Math.max(...r.longTask)) : '< 50',
        String(r.trace?.tasks ?? '–'),
        ms(r.trace?.taskMs),
        ms(r.trace?.longestTaskMs),
      ]),
    ),
  );
  console.log(
    "gate, annotate: the content script's own measures (annotate is wall time across its",
  );
  console.log(
    '  slices); ours = gate + annotate; long task: worst long task (≥ 50 ms) overlapping',
  );
  console.log(
    '  its work over all loads. * one traced, CPU-profiled load (slower than the others):',
  );
  console.log('  the main-thread tasks that ran extension code, their total and the longest.');

  const annotated = pages.filter((r) => r.page.triggered);
  const ratios = annotated.map(ratiosOf).filter((x): x is Ratios => x !== null);
  console.log(`\nSame pages, without the extension (${report.aliasForms} alias forms); ms, marks`);
  console.log(
    table(
      ['page', 'ours', 'floor', 'naive', 'mark.js', 'mark.js/ours', 'naive/ours', 'ours/floor'],
      annotated.map((r) => {
        const q = ratios.find((x) => x.page === r.page.name);
        return [
          r.page.name,
          `${ms(median(oursPerLoad(r)))} (${median(r.marks)})`,
          ms(median(r.floor.ms)),
          r.naive ? `${ms(median(r.naive.ms))} (${r.naive.marks})` : '–',
          r.markjs ? markjsCell(r.markjs) : '–',
          (q?.markjsPartial ? '≥ ' : '') + ratio(q?.markjs ?? NaN),
          ratio(q?.naive ?? NaN),
          ratio(q?.floor ?? NaN),
        ];
      }),
    ),
  );
  const med = (f: (q: Ratios) => number) => median(ratios.map(f));
  console.log(
    `median ratios: mark.js/ours ${ratio(med((q) => q.markjs))}, naive/ours ${ratio(med((q) => q.naive))}, ours/floor ${ratio(med((q) => q.floor))}`,
  );

  console.log('\nBundles (minified, as built)');
  for (const b of report.bundles) {
    const note = b.lazy
      ? ' (web-accessible, loaded when first needed)'
      : ' (injected in every page)';
    console.log(`  ${b.file}: ${b.bytes} B, ${b.gzip} B gzip${note}`);
  }
  const scripts = report.bundles.filter((b) => b.file.endsWith('.js') && !b.lazy);
  const scriptBytes = scripts.reduce((a, b) => a + b.bytes, 0);
  console.log(
    `  popup first render: ${report.popupFirstRenderMs === null ? 'not recorded' : ms(report.popupFirstRenderMs) + ' ms'}`,
  );

  const realQuiet = pages.filter((r) => !r.page.triggered && !r.page.name.startsWith('gen-'));
  const quietWorst = Math.max(...realQuiet.map((r) => median(r.gate)));
  const longest = Math.max(...pages.flatMap((r) => r.longTask));
  const longestTraced = Math.max(...pages.map((r) => r.trace?.longestTaskMs ?? NaN));
  const strayMarks = pages.filter((r) => !r.page.triggered && r.marks.some((m) => m > 0));
  const all = (f: (q: Ratios) => boolean) =>
    ratios.length > 0 && ratios.length === annotated.length && ratios.every(f);
  const min = (f: (q: Ratios) => number) => Math.min(...ratios.map(f));
  const max = (f: (q: Ratios) => number) => Math.max(...ratios.map(f));
  console.log('\nTargets (DESIGN.md, Speed); every annotated page must meet each ratio');
  console.log(
    verdict(
      all((q) => q.markjs >= 50),
      `annotation ≥ 50× faster than mark.js: worst ${ratio(min((q) => q.markjs))}`,
    ),
  );
  console.log(
    verdict(
      all((q) => q.naive >= 1),
      `no slower than the naive peer: worst naive/ours ${ratio(min((q) => q.naive))}`,
    ),
  );
  console.log(
    verdict(
      all((q) => q.floor <= 3),
      `within 3× of the floor: worst ours/floor ${ratio(max((q) => q.floor))}`,
    ),
  );
  console.log(
    verdict(quietWorst <= 1, `no-trigger page ≤ 1 ms median: worst real page ${ms(quietWorst)} ms`),
  );
  // The traced load decides: its tasks are attributed by samples of our code. The long-task
  // observer only sees time overlap, so a page's own layout between our slices counts too.
  console.log(
    verdict(
      longestTraced <= 50,
      `no task over 50 ms: longest task running our code ${ms(longestTraced)} ms (profiled loads); ` +
        `page long tasks during our work ${longest > 0 ? ms(longest) + ' ms' : 'none'} (timed loads)`,
    ),
  );
  console.log(
    verdict(
      scripts.length > 0 && scriptBytes <= 60_000,
      `content scripts ≤ 60 kB minified: ${scriptBytes} B`,
    ),
  );
  console.log(
    verdict(
      strayMarks.length === 0,
      `no marks on pages without a trigger${strayMarks.length ? ': ' + strayMarks.map((r) => r.page.name).join(', ') : ''}`,
    ),
  );
}
