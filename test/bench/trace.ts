/**
 * Reads a Chrome trace of one page load for the extension's main-thread cost: which tasks ran
 * its content script (a script event from its chrome-extension:// URL, or a `geneva-lens:*`
 * user-timing mark it recorded) and how long the longest of them was. Tasks, not measures:
 * a task is what blocks the page, and it includes the script's own parse and compile.
 */

/** Categories to record: tasks, script events with their URLs, and user timing. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { data?: { url?: string }; name?: string };
}

export interface TraceSummary {
  /** Tasks that ran extension code, and the longest of them (ms). */
  tasks: number;
  longestTaskMs: number;
  /** Main-thread time inside the extension's script events (ms, overlaps merged). */
  scriptMs: number;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'v8.compile']);

function mergedLength(spans: [number, number][]): number {
  spans.sort((a, b) => a[0] - b[0]);
  let sum = 0;
  let [from, to] = [-Infinity, -Infinity];
  for (const [s, e] of spans) {
    if (s > to) {
      sum += to - from;
      [from, to] = [s, e];
    } else to = Math.max(to, e);
  }
  return to > from ? sum + (to - from) : sum;
}

export function summariseTrace(json: string, extensionId: string): TraceSummary {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const prefix = `chrome-extension://${extensionId}/`;
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const ours: TraceEvent[] = [];
  const spans: [number, number][] = [];
  for (const e of events) {
    const url = e.args?.data?.url;
    if (e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && url?.startsWith(prefix)) {
      ours.push(e);
      spans.push([e.ts, e.ts + (e.dur ?? 0)]);
    } else if (e.cat?.includes('user_timing') && e.name.startsWith('geneva-lens:')) {
      ours.push(e);
    }
  }
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(thread),
  );
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(thread(e)),
  );
  const hit = new Set<TraceEvent>();
  for (const e of ours) {
    // A user-timing mark sits on its own async track: match it to its renderer's main thread.
    const byThread = e.cat?.includes('user_timing') !== true;
    for (const t of tasks) {
      if (byThread ? thread(t) !== thread(e) : t.pid !== e.pid) continue;
      if (t.ts <= e.ts && e.ts <= t.ts + (t.dur ?? 0)) hit.add(t);
    }
  }
  let longest = 0;
  for (const t of hit) longest = Math.max(longest, (t.dur ?? 0) / 1000);
  return { tasks: hit.size, longestTaskMs: longest, scriptMs: mergedLength(spans) / 1000 };
}
