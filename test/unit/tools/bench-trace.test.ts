/**
 * The bench's trace reading (test/bench/trace.ts): which main-thread tasks ran our code, and
 * how long the longest ran with the garbage collection paused inside it taken out.
 */
import { expect, test } from 'vitest';
import { summariseTrace } from '../../../test/bench/trace';

const ID = 'abcdefghijklmnop';
const URL = `chrome-extension://${ID}/content-scripts/content.js`;
const meta = (tid: number, name: string) => ({
  ph: 'M',
  name: 'thread_name',
  pid: 1,
  tid,
  ts: 0,
  args: { name },
});
const x = (name: string, ts: number, dur: number, tid = 10, url?: string) => ({
  ph: 'X',
  name,
  pid: 1,
  tid,
  ts,
  dur,
  ...(url ? { args: { data: { url } } } : {}),
});

test('a task of ours is timed whole, and again without the collections paused inside it', () => {
  const trace = JSON.stringify({
    traceEvents: [
      meta(10, 'CrRendererMain'),
      meta(20, 'ThreadPoolForegroundWorker'),
      // Ours: 90 ms, of which a 30 ms scavenge and a 40 ms mark-compact whose own phases
      // (an incremental step inside it) must not be counted twice.
      x('RunTask', 1_000, 90_000),
      x('EvaluateScript', 1_100, 89_000, 10, URL),
      x('MinorGC', 10_000, 30_000),
      x('MajorGC', 45_000, 40_000),
      x('V8.GC_MC_INCREMENTAL', 50_000, 10_000),
      // A collection on another thread takes nothing off the main thread's task.
      x('MinorGC', 2_000, 5_000, 20),
      // Not ours: the page's own 120 ms task.
      x('RunTask', 200_000, 120_000),
      x('FunctionCall', 200_100, 119_000, 10, 'https://example.com/app.js'),
    ],
  });
  const summary = summariseTrace(trace, ID);
  expect(summary.tasks).toBe(1);
  expect(summary.longestTaskMs).toBe(90);
  expect(summary.longestOwnMs).toBe(20);
  expect(summary.taskMs).toBe(90);
});

test('a task found by our mark counts only if script ran in it (a coarse mark can slip into the next frame)', () => {
  const mark = (name: string, ts: number) => ({
    ph: 'I',
    cat: 'blink.user_timing',
    name,
    pid: 1,
    tid: 10,
    ts,
  });
  const trace = JSON.stringify({
    traceEvents: [
      meta(10, 'CrRendererMain'),
      // A resumed slice of ours: 12 ms, marked, with its continuation and timer.
      x('RunTask', 1_000, 12_000),
      x('RunYieldContinuation', 1_010, 11_900),
      mark('geneva-lens:slice', 1_050),
      x('TimerInstall', 1_100, 10),
      // The browser's next frame, 60 ms of PrePaint; the settled mark taken as our slice ended
      // was coarsened to its first microsecond.
      x('RunTask', 13_001, 60_000),
      mark('geneva-lens:settled', 13_001),
      x('PrePaint', 13_010, 59_000),
    ],
  });
  const summary = summariseTrace(trace, ID);
  expect(summary.tasks).toBe(1);
  expect(summary.longestTaskMs).toBe(12);
});
