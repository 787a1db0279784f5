/**
 * Prints the bench: one table for the extension on every page, one for the contenders on the
 * pages it annotates (with the ratios DESIGN.md's Speed section sets), then PASS/MISS per target.
 */
import type { PeerSamples } from './peers';
import { median, ms, ratio, table } from './format';
import { oursPerLoad, ratiosOf, type PageResult, type Ratios, type Report } from './results';
import { printTargets } from './targets';

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
        'eval',
        'all ours',
        'longest',
        'peer',
        'new: eval',
        'all ours',
        'peer',
        'gate',
        'annotate',
        'busy',
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
        r.evaluate.length ? ms(median(r.evaluate)) : '–',
        r.lightTasks.length ? ms(median(r.lightTasks)) : '–',
        r.lightLongest.length ? ms(Math.max(...r.lightLongest)) : '–',
        r.quietPeer.length ? ms(median(r.quietPeer)) : '',
        r.coldEvaluate.length ? ms(median(r.coldEvaluate)) : '–',
        r.coldTasks.length ? ms(median(r.coldTasks)) : '–',
        r.coldPeer.length ? ms(median(r.coldPeer)) : '',
        ms(median(r.gate)),
        r.page.triggered ? ms(median(r.annotate)) : '',
        r.page.triggered ? ms(median(r.busy)) : '',
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
    'eval: evaluating the content script, on every page; all ours: every main-thread task that',
  );
  console.log(
    '  ran our code, eval included (both from lightly traced loads of their own, no profiler);',
  );
  console.log('  longest: the longest of those tasks over those loads;');
  console.log(
    '  peer: the same for the quiet peer, the least a content script can do for the job on a',
  );
  console.log('  page without a trigger, with no stack (quiet-peer.ts; loaded right after ours);');
  console.log(
    '  those three come from one tab loading the page again and again, whose renderer keeps',
  );
  console.log(
    '  what V8 compiled; new: the same three, each load in a new tab (a new renderer), as on a',
  );
  console.log("  reader's first page of a site;");
  console.log(
    "  gate, annotate: the content script's own measures (annotate is wall time across its",
  );
  console.log(
    "  slices; busy is the part of it our code ran, without the page's work between slices);",
  );
  console.log('  ours = gate + busy; long task: worst long task (≥ 50 ms) overlapping');
  console.log(
    '  its work over all loads. * one traced, CPU-profiled load (slower than the others):',
  );
  console.log('  the main-thread tasks that ran extension code, their total and the longest.');

  const annotated = pages.filter((r) => r.page.triggered);
  const ratios = annotated.map((r) => ratiosOf(r)).filter((x): x is Ratios => x !== null);
  console.log(`\nSame pages, without the extension (${report.aliasForms} alias forms); ms, marks`);
  console.log(
    table(
      [
        'page',
        'ours',
        'floor',
        'floor (iso)',
        'naive',
        'mark.js',
        'mark.js/ours',
        'naive/ours',
        'ours/floor',
      ],
      annotated.map((r) => {
        const q = ratios.find((x) => x.page === r.page.name);
        return [
          r.page.name,
          `${ms(median(oursPerLoad(r)))} (${median(r.marks)})`,
          ms(median(r.floor.ms)),
          ms(median(r.floorIsolated.ms)),
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
  // For information (the target is the floor above): the same walk where a content script
  // runs, in an isolated world, where every node it touches needs a wrapper of its own.
  const iso = annotated.filter((r) => r.floorIsolated.ms.length > 0);
  console.log(
    `  ours / the floor in an isolated world: median ${ratio(
      median(iso.map((r) => median(oursPerLoad(r)) / median(r.floorIsolated.ms))),
    )}`,
  );
  // The same ratios with ours as wall time: what the annotation took from first slice to last,
  // the page's own work between the slices included.
  const wall = annotated.map((r) => ratiosOf(r, true)).filter((x): x is Ratios => x !== null);
  const wallMed = (f: (q: Ratios) => number) => ratio(median(wall.map(f)));
  console.log(
    `  with ours = gate + annotate's wall time: mark.js/ours ${wallMed((q) => q.markjs)}, ` +
      `naive/ours ${wallMed((q) => q.naive)}, ours/floor ${wallMed((q) => q.floor)}`,
  );
  // The same ratios with ours as main-thread task time (no waits between slices, but
  // profiled and with the script's own start-up): the other side of annotate's wall time.
  const cpu = annotated.filter((r) => r.trace && r.naive && r.markjs);
  const byTrace = (f: (r: PageResult, ours: number) => number) =>
    ratio(median(cpu.map((r) => f(r, r.trace!.taskMs))));
  console.log(
    `  with ours = traced task time: mark.js/ours ${byTrace((r, o) => median(r.markjs!.ms) / o)}, ` +
      `naive/ours ${byTrace((r, o) => median(r.naive!.ms) / o)}, ours/floor ${byTrace((r, o) => o / median(r.floor.ms))}`,
  );

  console.log('\nBundles (minified, as built)');
  for (const b of report.bundles) {
    const note = b.lazy
      ? ' (web-accessible, loaded when first needed)'
      : ' (injected in every page)';
    console.log(`  ${b.file}: ${b.bytes} B, ${b.gzip} B gzip${note}`);
  }
  const popup = report.popupFirstRenders;
  const blank = report.blankFirstRenders;
  const line = (runs: number[]) =>
    `median ${ms(median(runs))} ms (first, cold: ${ms(runs[0]!)} ms; slowest ${ms(Math.max(...runs))} ms)`;
  if (popup.paint.length === 0) console.log('  popup first render: not recorded');
  else {
    console.log(`  popup over ${popup.paint.length} opens, from navigation start:`);
    console.log(`    first contentful paint ${line(popup.paint)}`);
    console.log(`    frame after first render, effects included ${line(popup.frame)}`);
  }
  if (popup.paint.length > 0 && blank.paint.length > 0) {
    console.log(
      `  a blank extension page, opened the same way (Chromium's own cost, which no popup goes ` +
        `below): paint ${ms(median(blank.paint))} ms, frame ${ms(median(blank.frame))} ms; ` +
        `popup − blank: paint ${ms(median(popup.paint) - median(blank.paint))} ms, ` +
        `frame ${ms(median(popup.frame) - median(blank.frame))} ms`,
    );
  }

  printTargets(pages, ratios, report.bundles, popup.paint);
}
