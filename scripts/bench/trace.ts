/** Reads a Chromium trace: the longest task of the page's main thread in each step of a measurement. */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface TracedTask {
  ms: number;
  /** The biggest trace events inside it, such as Layout or FunctionCall. */
  inside: string;
}

type Timed = TraceEvent & { dur: number };

function describe(task: Timed | undefined, onMain: Timed[]): TracedTask {
  if (!task) return { ms: 0, inside: '' };
  // Direct children only would need nesting; the largest named events inside tell enough.
  const inside = onMain
    .filter((e) => e !== task && e.name !== 'RunTask' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 3)
    .map((e) => `${e.name} ${Math.round(e.dur / 1000)} ms`)
    .join(', ');
  return { ms: task.dur / 1000, inside };
}

/**
 * `marks` are `performance.mark()` names set in the page, in the order they were set. A task belongs
 * to the last mark before its end (a mark is set inside a task, so that task is the step's own).
 * Returns the longest task of each step, or null when the trace lacks a mark.
 */
export function longestTasks(trace: Buffer, marks: string[]): Record<string, TracedTask> | null {
  const parsed = JSON.parse(trace.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const at = marks.map((name) => events.find((e) => e.name === name && e.ph !== 'M')?.ts);
  if (at.some((ts) => ts === undefined)) return null;
  const onMain = events.filter((e): e is Timed => e.ph === 'X' && !!e.dur && mainThreads.has(`${e.pid}:${e.tid}`));
  const longest = new Map<string, Timed>();
  for (const task of onMain) {
    if (task.name !== 'RunTask') continue;
    const end = task.ts + task.dur;
    let step = -1;
    at.forEach((ts, i) => {
      if (end >= ts!) step = i;
    });
    if (step < 0) continue;
    const current = longest.get(marks[step]!);
    if (!current || task.dur > current.dur) longest.set(marks[step]!, task);
  }
  return Object.fromEntries(marks.map((name) => [name, describe(longest.get(name), onMain)]));
}
