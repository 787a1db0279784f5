/**
 * Reads a Chrome trace of one page load for the extension's main-thread cost: which tasks ran
 * its content script and how long they were. Tasks, not measures: a task is what blocks the
 * page, and it includes the script's parse and compile. A task is the extension's when it
 * holds a script event from its chrome-extension:// URL, a `geneva-lens:*` user-timing mark,
 * or a CPU-profile sample whose stack has a frame from that URL. The samples matter: sliced
 * work resumes in microtasks (scheduler.yield), which trace events attribute to no script.
 */

/** Categories to record: tasks, script events with their URLs, user timing, CPU samples. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * The same without CPU samples, which slow the code they watch. Tasks are then found by their
 * script events and marks alone, which is enough where the script does not slice its work: a
 * page without a trigger (evaluation, the gate's idle callback, the settings read's reply).
 */
export const LIGHT_TRACE_CATEGORIES = TRACE_CATEGORIES.filter((c) => !c.includes('cpu_profiler'));

/**
 * A task as DevTools' Performance panel shows it. (`toplevel`'s ThreadControllerImpl::RunTask
 * misses the tasks that only run microtasks, such as scheduler.yield continuations.)
 */
const TASK = 'RunTask';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  cat?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface TraceSummary {
  /** Main-thread tasks that ran extension code. */
  tasks: number;
  longestTaskMs: number;
  /**
   * The longest of those tasks with the garbage collection paused inside it taken out. A
   * collection runs in whichever task is allocating when the heap needs one, on a 2 MB page
   * sometimes for 20–80 ms (a memory-reducing mark-compact was once 77 ms of the content
   * script's evaluation): this says how long our own code ran. The verdict uses the whole task.
   */
  longestOwnMs: number;
  /** Their summed duration: what the extension cost this page load's main thread. */
  taskMs: number;
}

/** Garbage collection paused on the main thread (nested phases fall inside these). */
const GC_PAUSES = new Set(['MinorGC', 'MajorGC', 'V8.GC_MC_INCREMENTAL']);

/** The time inside [from, to] covered by the intervals (µs), overlaps counted once. */
function covered(intervals: { ts: number; dur?: number }[], from: number, to: number): number {
  let sum = 0;
  let reached = from;
  for (const e of [...intervals].sort((a, b) => a.ts - b.ts)) {
    const start = Math.max(e.ts, reached);
    const end = Math.min(e.ts + (e.dur ?? 0), to);
    if (end > start) sum += end - start;
    reached = Math.max(reached, end);
  }
  return sum;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'v8.compile']);

/**
 * Events that only happen while script runs. A task found by one of our marks must also hold
 * one: a mark's time comes from `performance.now()`, which Chrome coarsens (100 µs), so a mark
 * taken at the very end of our task can land at the start of the next one. That was once a
 * frame of the browser's own (a 51–66 ms PrePaint of gen-2mb's 7,331 highlights, no script),
 * which the verdict then counted as our longest task. Every task of ours holds one of these:
 * the resumed slice, its timer (slices.ts), its measure.
 */
const RUNS_SCRIPT = new Set([
  ...SCRIPT_EVENTS,
  'RunYieldContinuation',
  'ScheduleYieldContinuation',
  'TimerInstall',
  'UserTiming::Measure',
  'RunMicrotasks',
  'v8.run',
]);

/** Times (µs, trace clock) of CPU samples taken in extension code, per renderer pid. */
function oursSamples(events: TraceEvent[], prefix: string): { pid: number; ts: number }[] {
  const out: { pid: number; ts: number }[] = [];
  const profiles = new Map<string, { pid: number; time: number; ours: Map<number, boolean> }>();
  for (const e of events) {
    // Profile ids restart in every process: a profile is its pid and id.
    if (e.name === 'Profile' && e.id !== undefined) {
      profiles.set(`${e.pid}:${e.id}`, {
        pid: e.pid,
        time: e.args?.data?.startTime ?? e.ts,
        ours: new Map(),
      });
    }
    if (e.name !== 'ProfileChunk' || e.id === undefined) continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      const inherited = node.parent !== undefined && profile.ours.get(node.parent) === true;
      profile.ours.set(node.id, inherited || node.callFrame.url?.startsWith(prefix) === true);
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      if (profile.ours.get(node)) out.push({ pid: profile.pid, ts: profile.time });
    });
  }
  return out;
}

/** A trace's events (both JSON shapes Chrome writes) and the extension's URL prefix. */
function parseTrace(json: string, extensionId: string): { events: TraceEvent[]; prefix: string } {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  return { events, prefix: `chrome-extension://${extensionId}/` };
}

export function summariseTrace(json: string, extensionId: string): TraceSummary {
  const { events, prefix } = parseTrace(json, extensionId);
  const thread = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(thread),
  );
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === TASK && mainThreads.has(thread(e)))
    .sort((a, b) => a.ts - b.ts);
  /** Points in time where extension code ran; a point on a thread, or on a renderer. */
  const points: { pid: number; tid?: number; ts: number }[] = oursSamples(events, prefix);
  const marks: { pid: number; ts: number }[] = [];
  for (const e of events) {
    if (e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith(prefix)) {
      points.push({ pid: e.pid, tid: e.tid, ts: e.ts });
    } else if (e.cat?.includes('user_timing') && e.name.startsWith('geneva-lens:')) {
      marks.push({ pid: e.pid, ts: e.ts });
    }
  }
  const longestDur = tasks.reduce((max, t) => Math.max(max, t.dur ?? 0), 0);
  /** The tasks holding a point in time (tasks are sorted by start; a profile has many points). */
  const within = (p: { pid: number; tid?: number; ts: number }): TraceEvent[] => {
    let lo = 0;
    let hi = tasks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid]!.ts <= p.ts) lo = mid + 1;
      else hi = mid;
    }
    const out: TraceEvent[] = [];
    for (let i = lo - 1; i >= 0 && tasks[i]!.ts >= p.ts - longestDur; i--) {
      const t = tasks[i]!;
      if (t.pid !== p.pid || (p.tid !== undefined && t.tid !== p.tid)) continue;
      if (p.ts <= t.ts + (t.dur ?? 0)) out.push(t);
    }
    return out;
  };
  const hit = new Set<TraceEvent>(points.flatMap(within));
  const scripted = new Set(
    events
      .filter((e) => RUNS_SCRIPT.has(e.name) && mainThreads.has(thread(e)))
      .flatMap((e) => within(e)),
  );
  for (const t of marks.flatMap(within)) if (scripted.has(t)) hit.add(t);
  const pauses = events.filter((e) => e.ph === 'X' && GC_PAUSES.has(e.name));
  let longest = 0;
  let longestOwn = 0;
  let sum = 0;
  let count = 0;
  let coveredUntil = -Infinity;
  // Sorted by start: a task nested in one already counted (a nested run loop) adds nothing.
  for (const t of tasks) {
    if (!hit.has(t) || t.ts < coveredUntil) continue;
    const end = t.ts + (t.dur ?? 0);
    coveredUntil = end;
    longest = Math.max(longest, (t.dur ?? 0) / 1000);
    const gc = covered(
      pauses.filter((e) => thread(e) === thread(t) && e.ts < end && e.ts + (e.dur ?? 0) > t.ts),
      t.ts,
      end,
    );
    longestOwn = Math.max(longestOwn, ((t.dur ?? 0) - gc) / 1000);
    sum += (t.dur ?? 0) / 1000;
    count++;
  }
  return { tasks: count, longestTaskMs: longest, longestOwnMs: longestOwn, taskMs: sum };
}

/**
 * The evaluation of the extension's content script in one load (trace events
 * `EvaluateScript` from its URL), ms; null when the trace has none. It runs on every page,
 * trigger or not, before the gate, and no measure of the script's own can see it.
 */
export function scriptEvaluationMs(json: string, extensionId: string): number | null {
  const { events, prefix } = parseTrace(json, extensionId);
  const ours = events.filter(
    (e) => e.ph === 'X' && e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(prefix),
  );
  return ours.length ? ours.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0) : null;
}
