/**
 * Sliced work yields to the page between slices (entrypoints/content/slices.ts). A trace ties
 * the resumed slice to no script, so each resumption leaves a `geneva-lens:slice` mark for the
 * bench to find it by, where diagnostics are on, and nothing where they are off.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';

type Marks = typeof import('../../../entrypoints/content/marks');
type Slices = typeof import('../../../entrypoints/content/slices');
let marks: Marks;
let slices: Slices;

/** Node has no `scheduler.yield()`: the context's timer is the way back. */
const ctx = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
} as unknown as ContentScriptContext;

beforeEach(async () => {
  vi.resetModules();
  performance.clearMarks();
  marks = await import('../../../entrypoints/content/marks');
  slices = await import('../../../entrypoints/content/slices');
});

afterEach(() => vi.restoreAllMocks());

const sliceMarks = () => performance.getEntriesByName('geneva-lens:slice', 'mark');

test('a slice resuming after its yield is marked where diagnostics are on', async () => {
  marks.recordTimings(true);
  const before = performance.now();
  await slices.yieldToPage(ctx);
  expect(sliceMarks()).toHaveLength(1);
  expect(sliceMarks()[0]!.startTime).toBeGreaterThanOrEqual(before);
  await slices.yieldToPage(ctx);
  // Only the latest stays in the page's timeline; a trace records each.
  expect(sliceMarks()).toHaveLength(1);
});

test('nothing is marked where diagnostics are off', async () => {
  marks.recordTimings(false);
  await slices.yieldToPage(ctx);
  expect(sliceMarks()).toHaveLength(0);
});

test("the phases of one task share one slice; a yield or the task's end starts the next", async () => {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const first = slices.deadline();
  expect(first).toBe(1000 + slices.SLICE_MS);
  // Another phase in the same task (a microtask later, time has passed): the same end.
  now += 3;
  await Promise.resolve();
  expect(slices.deadline()).toBe(first);
  await slices.yieldToPage(ctx);
  expect(slices.deadline()).toBe(1003 + slices.SLICE_MS);
  // A task that ends without yielding (awaiting storage, say) ends its slice too.
  now += 20;
  await new Promise((resume) => setTimeout(resume, 5));
  expect(slices.deadline()).toBe(1023 + slices.SLICE_MS);
});

test("a job's busy time leaves out its yields and its wait for the matcher, and nothing else", async () => {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const start = slices.jobStart();
  now += 4; // our code runs
  const away = slices.yieldToPage(ctx);
  now += 30; // the page's own work, before we resume
  await away;
  now += 2;
  let reply!: (value: string) => void;
  const matcher = slices.waitFor(new Promise<string>((resolve) => (reply = resolve)));
  now += 10; // the matcher's message on its way
  reply('matcher');
  expect(await matcher).toBe('matcher');
  now += 1;
  expect(slices.busySince(start)).toBe(7);
  // A wait that fails still counts as waited.
  const failed = slices.waitFor(Promise.reject(new Error('gone')));
  now += 5;
  await expect(failed).rejects.toThrow('gone');
  expect(slices.busySince(start)).toBe(7);
});
