/**
 * The page's own main-thread work for large pastes on /lookup/: a 20 MB log pasted, and one key
 * typed at the end of a 5 MB log. Each step is split in two tasks, as a real paste is not: putting
 * the text in the textarea (Chromium's own cost, not the page's), then the `input` event (the
 * page's). The page's work is the worst of the handler's own time, the longest task the page
 * reports, and the longest task in a Chromium trace, from the event until the result has settled.
 */
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { mark } from './format.ts';
import { fireInput, observed, prepareLog, putText, settled, type Frame, type Observed } from './paste-page.ts';
import type { Served } from './site.ts';
import { TARGET } from './targets.ts';
import { longestTasks, type TracedTask } from './trace.ts';

const MB = 1024 * 1024;
const ERROR_LINE = '2025-06-05T12:30:00.000Z ERROR request failed: total message size 5943865 exceeds limit 2097152';
const EXPECTED = 'message-size-exceeded';

interface Step {
  /** Mark names: the text put in, then the event fired. */
  text: string;
  event: string;
  label: string;
  target: number | null;
}

const ms = (x: number) => `${Math.round(x)} ms`.padStart(8);
const row = (label: string, value: string, target?: number | null, x?: number) =>
  `    ${label.padEnd(58)} ${value}${target != null && x !== undefined ? `   target <= ${target} ms  ${mark(x <= target)}` : ''}`;

/** One step's lines, from what the page observed and the trace. */
function stepLines(step: Step, seen: Observed, traced: Record<string, TracedTask> | null, nextMark: number): string[] {
  const [t0] = seen.marks[step.text]!;
  const [h0, h1] = seen.marks[step.event]!;
  const within = (from: number, to: number) => (start: number, duration: number) => start + duration >= from && start + duration < to;
  const longest = (inStep: (s: number, d: number) => boolean) => seen.longTasks.filter((t) => inStep(t.start, t.duration)).reduce((m, t) => Math.max(m, t.duration), 0);
  const frameOf = (inStep: (s: number, d: number) => boolean) =>
    seen.frames.filter((f) => inStep(f.start, f.duration)).reduce<Frame | null>((m, f) => (!m || f.duration > m.duration ? f : m), null);
  const frameRow = (label: string, f: Frame | null) =>
    row(label, f ? `${ms(f.duration)}   (script ${Math.round(f.script)} ms, style/layout/paint ${Math.round(f.render)} ms)` : '    none over 50 ms (or no Long Animation Frames API)');
  const inText = within(t0, h0);
  const inEvent = within(h0, nextMark);
  const handler = h1 - h0;
  const task = longest(inEvent);
  const trace = traced?.[step.event];
  const worst = Math.max(handler, task, trace?.ms ?? 0);
  const textTrace = traced?.[step.text];
  return [
    `  ${step.label}: the page's work, from the \`input\` event until the result settled`,
    row('input handler (performance.now() around dispatchEvent)', ms(handler)),
    row("longest long task (PerformanceObserver 'longtask')", ms(task)),
    row('longest main-thread task (Chromium trace)', trace ? ms(trace.ms) : '   no trace'),
    ...(trace?.inside ? [row('', `  (largest events in it: ${trace.inside})`)] : []),
    frameRow('longest animation frame (long-animation-frame)', frameOf(inEvent)),
    row('worst of handler, long task and traced task', ms(worst), step.target, worst),
    `    Chromium's own cost, putting the text in the textarea in an earlier task (not the page's code)`,
    row('setting the text', ms(seen.marks[step.text]![1] - t0)),
    row('longest main-thread task (Chromium trace)', textTrace ? ms(textTrace.ms) : '   no trace'),
    ...(textTrace?.inside ? [row('', `  (largest events in it: ${textTrace.inside})`)] : []),
    frameRow('longest animation frame (lays the text out)', frameOf(inText)),
  ];
}

/** Runs `steps` on a fresh /lookup/ holding a log of `bytes`, each step's text `append`ed or the whole log. */
async function measure(browser: Browser, base: string, bytes: number, steps: (Step & { append: string | null })[]): Promise<string[]> {
  const page: Page = await browser.newPage();
  try {
    await page.goto(`${base}/lookup/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="lookup-input"]');
    await page.waitForTimeout(300); // let the page's module run and settle
    const size = await page.evaluate(prepareLog, { bytes, errorLine: ERROR_LINE });
    await page.waitForTimeout(200);
    // A trace of the renderer's main thread: every task, with style and layout, which the page's
    // own observers do not all see.
    const tracing = await browser
      .startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] })
      .then(() => true)
      .catch(() => false);
    const slugs: (string | null)[] = [];
    for (const step of steps) {
      await page.evaluate(putText, { mark: step.text, append: step.append });
      await page.waitForTimeout(1000); // the frame that lays the text out comes and goes
      await page.evaluate(fireInput, { mark: step.event, data: step.append });
      await page.waitForFunction(settled, { since: step.event, quietMs: 700 }, { timeout: 20_000, polling: 100 }).catch(() => undefined);
      await page.waitForTimeout(500); // long-task and frame entries arrive after the frame
      slugs.push((await page.evaluate(observed)).slug);
    }
    const seen = await page.evaluate(observed);
    const traced = tracing ? longestTasks(await browser.stopTracing(), steps.flatMap((s) => [s.text, s.event])) : null;
    const out = [`  a ${(size / MB).toFixed(1)} MB log (${size} chars of INFO lines), one error line in the middle`];
    steps.forEach((step, i) => {
      const slug = slugs[i];
      const verdict = slug ? `${slug}${slug === EXPECTED ? ' (right)' : ` (WRONG: expected ${EXPECTED})`}` : 'none shown';
      const next = steps[i + 1] ? seen.marks[steps[i + 1]!.text]![0] : Infinity;
      out.push(...stepLines(step, seen, traced, next), `    result card: ${verdict}`);
    });
    return out;
  } finally {
    await page.close();
  }
}

export async function pasteSection(site: Served): Promise<string[]> {
  const browser = await launchChromium();
  if (typeof browser === 'string') return [browser];
  try {
    const big = await measure(browser, site.base, 20 * MB, [
      { text: 'paste20-text', event: 'paste20-event', label: '20 MB pasted', target: TARGET.pasteMs, append: null },
    ]);
    const typed = await measure(browser, site.base, 5 * MB, [
      { text: 'paste5-text', event: 'paste5-event', label: '5 MB pasted', target: null, append: null },
      { text: 'key-text', event: 'key-event', label: 'then one key typed at its end', target: TARGET.pasteMs, append: 'x' },
    ]);
    return [
      `  /lookup/ of ${site.label}`,
      ...big,
      ...typed,
      '  (a real paste or key press also runs the editing command in the same task: Chromium\'s cost, not measured here)',
    ];
  } finally {
    await browser.close();
  }
}
