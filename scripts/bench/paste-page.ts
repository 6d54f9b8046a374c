/**
 * The in-page half of the large-paste measurement. Each function runs inside the page through
 * Playwright's `page.evaluate`, so each is self-contained: no imports, no outer variables.
 */

export interface Frame {
  start: number;
  duration: number;
  /** Style, layout and paint at the end of the frame. */
  render: number;
  script: number;
}

/** What the page records: long tasks, long animation frames, the time of each step's mark, and of the last change to the box. */
export interface Observed {
  longTasks: { start: number; duration: number }[];
  frames: Frame[];
  marks: Record<string, [start: number, end: number]>;
}

type PageState = Observed & { log: string; lastChange: number };

/** Makes a log of about `bytes` characters of INFO lines with one error line in the middle, and starts observing. */
export function prepareLog({ bytes, errorLine }: { bytes: number; errorLine: string }): number {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `2025-06-0${1 + (i % 9)}T12:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}Z INFO worker-${i % 8} processed batch ${100000 + i} in ${i % 97} ms (queue depth ${i % 13})`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.splice(lines.length >> 1, 0, errorLine);
  const w = window as unknown as PageState;
  w.log = lines.join('\n');
  w.longTasks = [];
  w.frames = [];
  w.marks = {};
  w.lastChange = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  try {
    new PerformanceObserver((list) => {
      type Loaf = PerformanceEntry & { renderStart: number; scripts: { duration: number }[] };
      for (const e of list.getEntries() as Loaf[]) {
        w.frames.push({
          start: e.startTime,
          duration: e.duration,
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          script: e.scripts.reduce((n, x) => n + x.duration, 0),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  } catch {
    // no Long Animation Frames API in this browser
  }
  // When the box last changed anything in itself: the result has settled once that stops.
  const box = document.querySelector('[data-testid="lookup-input"]')!.closest('error-lookup') ?? document.body;
  new MutationObserver(() => (w.lastChange = performance.now())).observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
  return w.log.length;
}

/** Chromium's share: the text goes into the textarea without any event (the whole log, or one character typed at its end). */
export function putText({ mark, append }: { mark: string; append: string | null }) {
  const w = window as unknown as PageState;
  const input = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
  performance.mark(mark);
  const t0 = performance.now();
  if (append === null) input.value = w.log;
  else input.setRangeText(append, input.value.length, input.value.length, 'end');
  w.marks[mark] = [t0, performance.now()];
}

/** The page's share: the `input` event the browser would fire, in a task of its own. */
export function fireInput({ mark, data }: { mark: string; data: string | null }) {
  const w = window as unknown as PageState;
  const input = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
  performance.mark(mark);
  const t0 = performance.now();
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: data === null ? 'insertFromPaste' : 'insertText', data }));
  w.marks[mark] = [t0, performance.now()];
}

/** True once a result card is shown and the box has not changed for `quietMs`. */
export function settled({ since, quietMs }: { since: string; quietMs: number }): boolean {
  const w = window as unknown as PageState;
  const card = document.querySelector('[data-testid="lookup-top"], [data-testid="lookup-none"]');
  return !!card && performance.now() - Math.max(w.lastChange, w.marks[since]![1]) > quietMs;
}

export function observed(): Observed & { slug: string | null } {
  const { longTasks, frames, marks } = window as unknown as Observed;
  const slug = document.querySelector('[data-testid="lookup-top"]')?.getAttribute('data-slug') ?? null;
  return { longTasks, frames, marks, slug };
}
