/**
 * Budgets of the built site: build time (real and a 50x catalogue), gzipped JS per page, Lighthouse
 * scores, and the main-thread cost of a 5 MB paste on /lookup/. Wired into scripts/bench.ts through
 * `siteSections`; also runs alone: `npm exec -- node scripts/bench-site.ts`.
 *
 * Every section catches its own failures (a missing tool, a failed build) and prints why, so the
 * others still run. Temporary builds and the preview server are removed when the process exits.
 */
import { pageJs, type PageJs } from './page-js.ts';
import { createVary } from './vary.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { loadCatalogue, ERRORS_DIR } from '../src/lib/catalogue/load.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const TARGET = { lighthouse: 100, pasteMs: 1000 };
const FACTOR = 50;
/** The pages Lighthouse scores. */
const LH_PAGES = ['/', '/errors/token-limit-exceeded/'];
/** Chromium here has no network beyond localhost: keep it from reaching for its own services. */
const QUIET_CHROMIUM = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=OptimizationHints,Translate,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--no-pings',
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n    ');

// --- shared state: temporary dirs, the build the later sections use, the preview server -------

const tempDirs: string[] = [];
let realBuild: string | null = null;
let preview: { child: ChildProcess; base: string; dir: string } | null = null;

function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kimi-bench-${label}-`));
  tempDirs.push(dir);
  return dir;
}

function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  const i = tempDirs.indexOf(dir);
  if (i >= 0) tempDirs.splice(i, 1);
}

function stopPreview() {
  if (preview && preview.child.exitCode === null) preview.child.kill('SIGTERM');
  preview = null;
}

process.on('exit', () => {
  stopPreview();
  for (const dir of [...tempDirs]) rmSync(dir, { recursive: true, force: true });
});
// Ctrl-C during a build or a browser run: still clean up (a signal skips 'exit' otherwise).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/** The build the page sections look at: section 1's fresh build, else dist/. */
function siteDir(): { dir: string; label: string } | null {
  if (realBuild && existsSync(join(realBuild, 'index.html'))) return { dir: realBuild, label: 'the fresh build of section 1' };
  if (existsSync(join(ROOT, 'dist/index.html'))) return { dir: join(ROOT, 'dist'), label: 'dist/' };
  return null;
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(sep).join('/'))
    .sort();
}

// --- running astro --------------------------------------------------------------------------------

interface RunResult {
  code: number | null;
  ms: number;
  output: string;
}

/** Runs `astro <args>` with this process's Node (24), capturing its output. */
function astro(args: string[], cwd: string, timeoutMs = 240_000): Promise<RunResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [ASTRO, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: performance.now() - start, output });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, ms: performance.now() - start, output: String(error) });
    });
  });
}

const tail = (output: string, n = 8) =>
  output
    .trim()
    .split('\n')
    .slice(-n)
    .map((line) => `    | ${line}`);

/** Astro's own figure from its log: "N page(s) built in X s". */
const astroBuilt = (output: string) => /(\d+) page\(s\) built in ([\d.]+\s*m?s)/.exec(output);
/** Where the time went, from Astro's log: rendering the routes and Pagefind's index. */
function stages(output: string): string {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  const routes = /generating static routes[\s\S]*?Completed in ([\d.]+\s*m?s)/.exec(clean)?.[1];
  const pagefind = /Finished building search index in ([\d.]+\s*m?s)/.exec(clean)?.[1];
  return [routes && `routes ${routes}`, pagefind && `Pagefind ${pagefind}`].filter(Boolean).join(', ');
}

// --- 1. build time -------------------------------------------------------------------------------

/** Project files a build needs: all but outputs, caches, tests and reports. */
const SKIP_TOP = new Set(['node_modules', 'dist', '.astro', 'tests', '.git', 'playwright-report', 'test-results']);

/** Build caches a copy must not share with the project. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Hard-links a tree (same file system only), recreating symlinks as they are. */
function linkTree(from: string, to: string, top = true) {
  mkdirSync(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (top && CACHES.has(entry.name)) continue;
    const src = join(from, entry.name);
    const dest = join(to, entry.name);
    if (entry.isDirectory()) linkTree(src, dest, false);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
    else linkSync(src, dest);
  }
}

/**
 * A copy of the project that builds on its own, so that its caches (node_modules/.astro, .vite)
 * and outputs stay in the copy. Its node_modules is hard-linked: Astro treats a module whose real
 * path shares no folder with the root as root-relative, so links to the project's packages break
 * the build. Across file systems it falls back to symbolic links with Vite's `preserveSymlinks`,
 * through a config file beside the copied one. Returns the copy and the config to build it with.
 */
function copyProject(): { dir: string; config?: string } {
  const dir = tempDir('large');
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src);
      return !rel || !SKIP_TOP.has(rel.split(sep)[0]!);
    },
  });
  const modules = join(dir, 'node_modules');
  try {
    linkTree(join(ROOT, 'node_modules'), modules);
    return { dir };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
  rmSync(modules, { recursive: true, force: true });
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  const config = 'astro.bench-symlinks.config.mjs';
  writeFileSync(
    join(dir, config),
    "import config from './astro.config.mjs';\n" +
      'export default { ...config, vite: { ...config.vite, resolve: { ...config.vite?.resolve, preserveSymlinks: true } } };\n',
  );
  return { dir, config };
}

/**
 * Writes FACTOR-1 varied copies of every real entry into the copy's content/errors: slugs
 * `<slug>-<k>`, some words replaced by made-up ones, numbers shifted by k, `related` pointing at
 * the copies of the same round, no redirects. Deterministic. Returns the number of entries.
 */
function writeSyntheticCatalogue(dir: string): number {
  const real = loadCatalogue(ROOT);
  const vary = createVary();
  const templates = new Set(real.flatMap((e) => e.messages.map((m) => m.template.toLowerCase())));
  const folder = join(dir, ERRORS_DIR);
  let count = real.length;
  for (let k = 1; k < FACTOR; k++) {
    for (const e of real) {
      const summary = vary(e.summary, k);
      const data = {
        title: vary(e.title, k),
        status: e.status,
        ...(e.statusNote ? { statusNote: vary(e.statusNote, k) } : {}),
        section: e.section,
        order: e.order + k * real.length,
        summary: summary.length <= 200 ? summary : e.summary,
        keywords: e.keywords.map((w) => vary(w, k)),
        retry: e.retry,
        messages: e.messages.map((m) => {
          let template = vary(m.template, k);
          if (templates.has(template.toLowerCase())) template = `${template} (variant ${k})`;
          templates.add(template.toLowerCase());
          return { id: m.id, template, ...(m.example ? { example: vary(m.example, k) } : {}) };
        }),
        ...(e.related.length ? { related: e.related.map((slug) => `${slug}-${k}`) } : {}),
      };
      writeFileSync(join(folder, `${e.slug}-${k}.md`), `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${e.body}`);
      count++;
    }
  }
  loadCatalogue(dir); // the same validation the build does, failing here with a clearer message
  return count;
}

/** One line per build: wall time, pages, Astro's own figures, HTML size. */
function buildLine(label: string, entries: number, run: RunResult, outDir: string): { line: string; pages: number } {
  const pages = htmlPages(outDir);
  const bytes = pages.reduce((n, page) => n + readFileSync(join(outDir, page)).length, 0);
  const own = astroBuilt(run.output);
  const detail = [own && `astro's total ${own[2]}`, stages(run.output), `${(bytes / 1024 / 1024).toFixed(1)} MB of HTML`].filter(Boolean).join('; ');
  return {
    line: `  ${label.padEnd(14)} ${String(entries).padStart(5)} entries  ${secs(run.ms).padStart(7)}  ${String(pages.length).padStart(5)} pages   (${detail})`,
    pages: pages.length,
  };
}

async function buildSection(): Promise<string[]> {
  const out: string[] = [];
  const entries = readdirSync(join(ROOT, ERRORS_DIR)).filter((f) => f.endsWith('.md')).length;

  const realOut = tempDir('real');
  const real = await astro(['build', '--outDir', realOut], ROOT);
  let realPages = 0;
  if (real.code === 0) {
    realBuild = realOut;
    const { line, pages } = buildLine('real site', entries, real, realOut);
    realPages = pages;
    out.push(line);
  } else {
    removeDir(realOut);
    out.push(`  real site: astro build failed (exit ${real.code}):`, ...tail(real.output));
  }

  let largeDir: string | null = null;
  try {
    const copy = copyProject();
    largeDir = copy.dir;
    const count = writeSyntheticCatalogue(largeDir);
    const largeOut = join(largeDir, 'dist');
    const large = await astro(['build', '--root', largeDir, '--outDir', largeOut, ...(copy.config ? ['--config', copy.config] : [])], largeDir);
    if (large.code === 0) {
      const { line, pages } = buildLine(`${FACTOR}x catalogue`, count, large, largeOut);
      out.push(line);
      if (real.code === 0) out.push(`  ratio: ${(large.ms / real.ms).toFixed(1)}x the time for ${(pages / Math.max(realPages, 1)).toFixed(1)}x the pages`);
    } else {
      out.push(`  ${FACTOR}x catalogue: astro build failed (exit ${large.code}):`, ...tail(large.output));
    }
  } catch (error) {
    out.push(`  ${FACTOR}x catalogue: could not prepare it: ${message(error)}`);
  } finally {
    if (largeDir) removeDir(largeDir);
  }
  out.push('  (wall time of the `astro build` process: config, content, routes, Pagefind, integrations; the copy is made before the clock starts)');
  return out;
}

// --- 2. gzipped JS per page ----------------------------------------------------------------------

async function pageJsSection(): Promise<string[]> {
  const site = siteDir();
  if (!site) return ['  no build to look at: section 1 failed and dist/ is missing (run `npm run build`).'];
  const pages = htmlPages(site.dir);
  const kinds: [string, string][] = [
    ['home', 'index.html'],
    ['/lookup/', 'lookup/index.html'],
    ['entry (/errors/token-limit-exceeded/)', 'errors/token-limit-exceeded/index.html'],
    ['/errors/not-covered/', 'errors/not-covered/index.html'],
    ['404', '404.html'],
  ];
  const row = (label: string, js: PageJs) =>
    `  ${label.padEnd(40)} ${kb(js.total).padStart(9)}   (${js.files.size} files, ${kb(js.inline)} inline${js.data ? `; + ${kb(js.data)} JSON data` : ''})`;
  const out = [`  ${pages.length} pages of ${site.label}; gzip -9 of the JS each page loads`];
  for (const [label, page] of kinds) {
    out.push(existsSync(join(site.dir, page)) ? row(label, pageJs(site.dir, page)) : `  ${label.padEnd(40)}   (no ${page})`);
  }
  let max = { page: '', js: null as PageJs | null };
  for (const page of pages) {
    const js = pageJs(site.dir, page);
    if (!max.js || js.total > max.js.total) max = { page, js };
  }
  if (max.js) out.push(row(`max over all pages: ${max.page}`, max.js));
  return out;
}

// --- the preview server and the browser ---------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `astro preview` on a free port for the build of section 1 (or dist/), once. */
async function startPreview(): Promise<{ base: string; label: string }> {
  const site = siteDir();
  if (!site) throw new Error('no build to serve: section 1 failed and dist/ is missing');
  if (preview && preview.dir === site.dir && preview.child.exitCode === null) return { base: preview.base, label: site.label };
  stopPreview();
  const port = await freePort();
  const child = spawn(process.execPath, [ASTRO, 'preview', '--port', String(port), '--ignore-lock', '--outDir', site.dir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  // Never what keeps this process alive: stopPreview() or the exit hook ends it.
  child.unref();
  (child.stdout as unknown as { unref(): void }).unref();
  (child.stderr as unknown as { unref(): void }).unref();
  const base = `http://localhost:${port}`;
  preview = { child, base, dir: site.dir };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/`)).ok) return { base, label: site.label };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview();
  throw new Error(`astro preview did not come up:\n${output.trim().split('\n').slice(-6).join('\n')}`);
}

async function browserPath(): Promise<string | undefined> {
  const { findBrowser } = (await import('./browser.mjs')) as { findBrowser: () => { kind: string; executablePath?: string } | null };
  const found = findBrowser();
  if (!found) throw new Error('no Chromium: neither Playwright’s own nor /usr/bin/chromium (see scripts/ensure-browser.mjs)');
  if (found.executablePath) return found.executablePath;
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

// --- 3. Lighthouse -------------------------------------------------------------------------------

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface LhResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhAudit>;
  runWarnings?: string[];
  runtimeError?: { code: string; message: string };
}

/** What both browser sections need: a Chromium and the site served; or why they cannot run. */
async function browserAndPreview(): Promise<
  { path: string | undefined; server: { base: string; label: string } } | { skipped: string[] }
> {
  try {
    return { path: await browserPath(), server: await startPreview() };
  } catch (error) {
    return { skipped: [`  skipped: ${message(error)}`] };
  }
}

async function lighthouseSection(): Promise<string[]> {
  let lighthouse: (url: string, flags: object, config?: object) => Promise<{ lhr: LhResult } | undefined>;
  let desktopConfig: object;
  let launch: (options: object) => Promise<{ port: number; kill: () => void | Promise<void> }>;
  try {
    const lh = await import('lighthouse');
    lighthouse = lh.default as unknown as typeof lighthouse;
    desktopConfig = lh.desktopConfig as object;
    ({ launch } = (await import('chrome-launcher')) as unknown as { launch: typeof launch });
  } catch (error) {
    return [`  Lighthouse is not installed (npm install -D lighthouse): ${message(error)}`];
  }
  const ready = await browserAndPreview();
  if ('skipped' in ready) return ready.skipped;
  const { path: chromePath, server } = ready;
  process.env.CHROME_PATH = chromePath;
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ...QUIET_CHROMIUM],
    logLevel: 'silent',
  });
  const out = [`  ${server.label} via astro preview, Chromium ${chromePath ?? ''}`];
  try {
    const presets: [string, object | undefined][] = [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ];
    for (const [preset, config] of presets) {
      for (const path of LH_PAGES) {
        const start = performance.now();
        const flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          skipAudits: ['full-page-screenshot', 'screenshot-thumbnails', 'final-screenshot'],
        };
        let lhr: LhResult | undefined;
        try {
          lhr = (await lighthouse(`${server.base}${path}`, flags, config))?.lhr;
        } catch (error) {
          out.push(`  ${preset.padEnd(8)}${path}: Lighthouse failed: ${message(error)}`);
          continue;
        }
        if (!lhr) {
          out.push(`  ${preset.padEnd(8)}${path}: no result`);
          continue;
        }
        const scores = CATEGORIES.map((c) => {
          const s = lhr.categories[c]?.score;
          return `${c} ${s === null || s === undefined ? '  ?' : String(Math.round(s * 100)).padStart(3)}`;
        });
        const all100 = CATEGORIES.every((c) => lhr.categories[c]?.score === 1);
        out.push(`  ${preset.padEnd(8)}${path.padEnd(32)} ${scores.join('  ')}   target ${TARGET.lighthouse}  ${mark(all100)}  (${secs(performance.now() - start)})`);
        if (lhr.runtimeError) out.push(`      runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        for (const c of CATEGORIES) {
          const category = lhr.categories[c];
          if (!category || category.score === 1) continue;
          for (const ref of category.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (!audit || audit.score === null || audit.score >= 1) continue;
            if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
            // Zero-weight audits (performance insights) do not move the score: list them only
            // where they explain a performance score below 100.
            out.push(
              `      ${c}: ${audit.id} (${audit.title})${audit.displayValue ? ` = ${audit.displayValue}` : ''}` +
                `${audit.scoreDisplayMode === 'binary' ? '' : ` score ${audit.score.toFixed(2)}`}${ref.weight ? '' : ' [weight 0]'}`,
            );
          }
        }
        for (const warning of lhr.runWarnings ?? []) {
          if (warning !== lhr.runtimeError?.message) out.push(`      warning: ${warning.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

// --- 4. main-thread work of a 5 MB paste ---------------------------------------------------------

interface Frame {
  start: number;
  duration: number;
  blocking: number;
  /** Style, layout and paint at the end of the frame. */
  render: number;
  script: number;
}
interface Observed {
  longTasks: { start: number; duration: number }[];
  frames: Frame[];
  marks: Record<string, [number, number]>;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

interface TracedTask {
  ms: number;
  /** The biggest trace events inside it, such as Layout or FunctionCall. */
  inside: string;
}

/** The longest main-thread task of the renderer after each mark, from a Chromium trace. */
function traceTasks(buffer: Buffer): { value: TracedTask; handler: TracedTask } | null {
  const parsed = JSON.parse(buffer.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const markAt = (name: string) => events.find((e) => e.name === name && e.ph !== 'M')?.ts;
  const value = markAt('bench-value');
  const handler = markAt('bench-handler');
  if (value === undefined || handler === undefined) return null;
  const onMain = events.filter((e) => e.ph === 'X' && e.dur && mainThreads.has(`${e.pid}:${e.tid}`));
  const longest: Record<'value' | 'handler', TraceEvent | null> = { value: null, handler: null };
  for (const e of onMain) {
    if (e.name !== 'RunTask' || e.ts + e.dur! < value) continue;
    const step = e.ts + e.dur! < handler ? 'value' : 'handler';
    if (!longest[step] || e.dur! > longest[step]!.dur!) longest[step] = e;
  }
  const describe = (task: TraceEvent | null): TracedTask => {
    if (!task) return { ms: 0, inside: '' };
    // Direct children only would need nesting; the largest named events inside tell enough.
    const inside = onMain
      .filter((e) => e !== task && e.name !== 'RunTask' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 3)
      .map((e) => `${e.name} ${Math.round(e.dur! / 1000)} ms`)
      .join(', ');
    return { ms: task.dur! / 1000, inside };
  };
  return { value: describe(longest.value), handler: describe(longest.handler) };
}

async function pasteSection(): Promise<string[]> {
  let chromium: typeof import('@playwright/test').chromium;
  try {
    ({ chromium } = await import('@playwright/test'));
  } catch (error) {
    return [`  Playwright is not installed: ${message(error)}`];
  }
  const ready = await browserAndPreview();
  if ('skipped' in ready) return ready.skipped;
  const { path: executablePath, server } = ready;
  const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.base}/lookup/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="lookup-input"]');
    await page.waitForTimeout(300); // let the page's module run and settle

    // The log is made in the page, in a task of its own, before anything is observed.
    const size = await page.evaluate(() => {
      const lines: string[] = [];
      let bytes = 0;
      for (let i = 0; bytes < 5 * 1024 * 1024; i++) {
        const line = `2025-06-0${1 + (i % 9)}T12:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}Z INFO worker-${i % 8} processed batch ${100000 + i} in ${i % 97} ms (queue depth ${i % 13})`;
        lines.push(line);
        bytes += line.length + 1;
      }
      lines.splice(lines.length >> 1, 0, '2025-06-05T12:30:00.000Z ERROR request failed: total message size 5943865 exceeds limit 2097152');
      const w = window as unknown as Observed & { paste: string };
      w.paste = lines.join('\n');
      w.longTasks = [];
      w.frames = [];
      w.marks = {};
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      try {
        new PerformanceObserver((list) => {
          type Loaf = PerformanceEntry & { blockingDuration: number; renderStart: number; scripts: { duration: number }[] };
          for (const e of list.getEntries() as Loaf[]) {
            w.frames.push({
              start: e.startTime,
              duration: e.duration,
              blocking: e.blockingDuration,
              render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
              script: e.scripts.reduce((n, x) => n + x.duration, 0),
            });
          }
        }).observe({ type: 'long-animation-frame' });
      } catch {
        // no Long Animation Frames API in this browser
      }
      return w.paste.length;
    });
    await page.waitForTimeout(200);
    // A trace of the renderer's main thread: every task, with style and layout, which the page's
    // own observers do not all see.
    let tracing = false;
    try {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
      tracing = true;
    } catch {
      // no tracing: the page's own figures remain
    }

    // Setting .value in one task, dispatching `input` in a later one: the browser's share and the
    // page's share apart. A real paste does both in one go, plus the clipboard and the input itself.
    await page.evaluate(() => {
      const w = window as unknown as Observed & { paste: string };
      const input = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
      performance.mark('bench-value');
      const t0 = performance.now();
      input.value = w.paste;
      w.marks.value = [t0, performance.now()];
    });
    await page.waitForTimeout(1000); // the frame that lays the text out comes and goes
    await page.evaluate(() => {
      const w = window as unknown as Observed;
      const input = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
      performance.mark('bench-handler');
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      w.marks.handler = [t0, performance.now()];
    });
    const card = await page.waitForSelector('[data-testid="lookup-top"]', { timeout: 15_000 }).catch(() => null);
    const slug = card ? await card.getAttribute('data-slug') : null;
    await page.waitForTimeout(1000); // long-task and frame entries arrive after the frame
    const observed = await page.evaluate(() => {
      const { longTasks, frames, marks } = window as unknown as Observed;
      return { longTasks, frames, marks };
    });
    const traced = tracing ? traceTasks(await browser.stopTracing()) : null;

    const [v0, v1] = observed.marks.value!;
    const [h0, h1] = observed.marks.handler!;
    // Each task and frame belongs to the step it ends in: the marks are taken inside the tasks.
    const step = (start: number, duration: number) => (start + duration >= h0 ? 'handler' : start + duration >= v0 ? 'value' : 'before');
    const longest = (kind: string) =>
      observed.longTasks.filter((t) => step(t.start, t.duration) === kind).reduce((m, t) => Math.max(m, t.duration), 0);
    const frameOf = (kind: string) =>
      observed.frames.filter((f) => step(f.start, f.duration) === kind).reduce<Frame | null>((m, f) => (!m || f.duration > m.duration ? f : m), null);
    const ms = (x: number) => `${Math.round(x)} ms`.padStart(8);
    const W = 58;
    const row = (label: string, value: string, target?: number, x?: number) =>
      `    ${label.padEnd(W)} ${value}${target !== undefined && x !== undefined ? `   target <= ${target} ms  ${mark(x <= target)}` : ''}`;
    const frameRow = (label: string, f: Frame | null) =>
      row(label, f ? `${ms(f.duration)}   (script ${Math.round(f.script)} ms, style/layout/paint ${Math.round(f.render)} ms)` : '    none over 50 ms (or no Long Animation Frames API)');
    const handlerMs = h1 - h0;
    const handlerTask = longest('handler');
    const worst = Math.max(handlerMs, handlerTask, traced?.handler.ms ?? 0);
    return [
      `  /lookup/ of ${server.label}; a ${(size / 1024 / 1024).toFixed(1)} MB log (${size} chars of INFO lines), one error line in the middle`,
      `  result card: ${slug ? `${slug}${slug === 'message-size-exceeded' ? ' (right)' : ' (WRONG: expected message-size-exceeded)'}` : 'did not appear'}`,
      "  the page's work: an `input` event dispatched on the filled textarea",
      row('input handler (performance.now() around dispatchEvent)', ms(handlerMs), TARGET.pasteMs, handlerMs),
      row("longest long task (PerformanceObserver 'longtask')", ms(handlerTask), TARGET.pasteMs, handlerTask),
      row('longest main-thread task (Chromium trace)', traced ? ms(traced.handler.ms) : '   no trace', TARGET.pasteMs, traced?.handler.ms),
      ...(traced?.handler.inside ? [row('', `  (largest events in it: ${traced.handler.inside})`)] : []),
      frameRow('longest animation frame (long-animation-frame)', frameOf('handler')),
      row('worst of handler, long task and traced task', ms(worst), TARGET.pasteMs, worst),
      "  Chromium's own cost of the 5 MB value: textarea.value set in an earlier task (not the page's code)",
      row('setting textarea.value', ms(v1 - v0)),
      row("longest long task (PerformanceObserver 'longtask')", ms(longest('value'))),
      row('longest main-thread task (Chromium trace)', traced ? ms(traced.value.ms) : '   no trace'),
      ...(traced?.value.inside ? [row('', `  (largest events in it: ${traced.value.inside})`)] : []),
      frameRow('longest animation frame (lays the text out)', frameOf('value')),
      '  (a real paste also reads the clipboard and runs the editing command: not measured here)',
    ];
  } finally {
    await browser.close();
    stopPreview(); // the last section to use it
  }
}

// --- export and command line ---------------------------------------------------------------------

const guard =
  (run: () => Promise<string[]>) =>
  async (): Promise<string[]> => {
    try {
      return await run();
    } catch (error) {
      return [`  section failed: ${message(error)}`];
    }
  };

export const siteSections: [title: string, run: () => Promise<string[]>][] = [
  ['Build time (astro build, fresh outDir)', guard(buildSection)],
  ['Gzipped JS per page (gzip -9)', guard(pageJsSection)],
  ['Lighthouse (astro preview, system Chromium)', guard(lighthouseSection)],
  ['Main-thread work of a 5 MB paste on /lookup/', guard(pasteSection)],
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Optional words pick sections by title: `node scripts/bench-site.ts lighthouse paste`.
  const pick = process.argv.slice(2).map((word) => word.toLowerCase());
  const start = performance.now();
  for (const [title, run] of siteSections) {
    if (pick.length && !pick.some((word) => title.toLowerCase().includes(word))) continue;
    const t0 = performance.now();
    const lines = await run();
    process.stdout.write(`\n== ${title} ==\n${lines.join('\n')}\n  [${secs(performance.now() - t0)}]\n`);
  }
  process.stdout.write(`\n(site sections took ${secs(performance.now() - start)})\n`);
  process.exit(0);
}
