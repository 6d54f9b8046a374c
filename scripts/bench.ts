/**
 * Figures for the lookup: accuracy per case file, speed at the real and at a 50x catalogue, and the
 * JavaScript the /lookup/ page adds, then the site budgets of bench-site.ts (build time, JS per page,
 * Lighthouse, a 5 MB paste). `npm run bench [-- --quick] [-- extra.jsonl ...]`
 *
 * One function per section, each returning its lines; add a section to SECTIONS.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup, type LookupIndex } from '../src/lib/lookup/index.ts';
import { siteSections } from './bench-site.ts';
import { pageJs } from './page-js.ts';
import { createVary } from './vary.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CASES_DIR = join(ROOT, 'tests/lookup-cases');

const TARGET = { top1: 0.98, rejected: 0.95, p95Real: 2, p95Large: 16, pageKb: 15 };

interface Case {
  text: string;
  expect: string | null;
}
interface CaseFile {
  name: string;
  cases: Case[];
  /** A held-out set: figures only, its lines are never printed. */
  heldOut: boolean;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(3)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function readCases(file: string): CaseFile {
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Case);
  const name = file.startsWith(ROOT) ? file.slice(ROOT.length) : file;
  return { name, cases, heldOut: /holdout/i.test(name) };
}

function caseFiles(extra: string[]): CaseFile[] {
  const own = existsSync(CASES_DIR)
    ? readdirSync(CASES_DIR)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(CASES_DIR, f))
    : [];
  return [...own, ...extra].map(readCases);
}

// --- accuracy ----------------------------------------------------------------------------------

function accuracySection(files: CaseFile[], index: LookupIndex): string[] {
  const lookup = createLookup(index);
  const out: string[] = [];
  const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0 }));
  for (const file of files) {
    let positives = 0;
    let hits = 0;
    let negatives = 0;
    let rejected = 0;
    const misses: string[] = [];
    for (const c of file.cases) {
      const result = lookup(c.text);
      const got = result.match?.slug ?? null;
      if (c.expect) {
        positives++;
        if (got === c.expect) hits++;
      } else {
        negatives++;
        if (got === null) rejected++;
      }
      if (got !== c.expect) misses.push(`    expected ${c.expect ?? 'no match'}, got ${got ?? 'no match'} (${result.confidence}): ${JSON.stringify(c.text).slice(0, 110)}`);
      if (result.match) {
        const bin = bins[Math.min(9, Math.floor(result.confidence * 10))];
        bin.n++;
        if (got === c.expect) bin.right++;
      }
    }
    const top1 = hits / Math.max(positives, 1);
    const rej = rejected / Math.max(negatives, 1);
    out.push(
      `${file.name}: ${file.cases.length} cases`,
      `  top-1 on errors      ${pct(top1).padStart(6)} (${hits}/${positives})   target >= ${pct(TARGET.top1)}  ${mark(top1 >= TARGET.top1)}`,
      `  non-errors rejected  ${pct(rej).padStart(6)} (${rejected}/${negatives})   target >= ${pct(TARGET.rejected)}  ${mark(rej >= TARGET.rejected)}`,
    );
    if (misses.length) out.push(file.heldOut ? `  ${misses.length} misses (held-out set: not listed)` : `  misses:\n${misses.join('\n')}`);
  }
  out.push('', 'Calibration of the matches reported (all files): confidence → share right');
  out.push(
    '  ' +
      bins
        .map((b, i) => (b.n ? `${(i / 10).toFixed(1)}+: ${b.right}/${b.n}` : ''))
        .filter(Boolean)
        .join('   '),
  );
  return out;
}

// --- speed -------------------------------------------------------------------------------------

/** A deterministic stand-in for a catalogue 50 times larger: the real entries with words, slugs and numbers varied. */
function syntheticIndex(real: LookupIndex, factor: number): LookupIndex {
  const vary = createVary();
  const entries = [...real.entries];
  for (let k = 1; k < factor; k++) {
    for (const e of real.entries) {
      entries.push({
        slug: `${e.slug}-${k}`,
        title: vary(e.title, k),
        status: e.status,
        messages: e.messages.map((m) => ({ id: m.id, template: vary(m.template, k) })),
        keywords: e.keywords.map((w) => vary(w, k)),
      });
    }
  }
  return { version: 1, entries };
}

function timeLookups(index: LookupIndex, texts: string[], rounds: number) {
  const t0 = performance.now();
  const lookup = createLookup(index);
  const prep = performance.now() - t0;
  for (const text of texts) lookup(text); // warm-up: compile, caches
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const start = performance.now();
      lookup(text);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { prep, median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1], n: times.length };
}

function speedSection(files: CaseFile[], index: LookupIndex): string[] {
  const texts = files.flatMap((f) => f.cases.map((c) => c.text));
  const large = syntheticIndex(index, 50);
  const real = timeLookups(index, texts, 5);
  const big = timeLookups(large, texts, 2);
  const messages = (i: LookupIndex) => i.entries.reduce((n, e) => n + e.messages.length, 0);
  const row = (label: string, t: typeof real, target: number) =>
    `  ${label.padEnd(34)} median ${ms(t.median)}   p95 ${ms(t.p95)}   max ${ms(t.max)}   target p95 < ${target} ms  ${mark(t.p95 < target)}   (prep ${t.prep.toFixed(1)} ms, ${t.n} lookups)`;
  return [
    `Per paste, over the ${texts.length} case texts:`,
    row(`real (${index.entries.length} entries, ${messages(index)} messages)`, real, TARGET.p95Real),
    row(`50x (${large.entries.length} entries, ${messages(large)} messages)`, big, TARGET.p95Large),
  ];
}

// --- what the page loads -----------------------------------------------------------------------

function pageSection(): string[] {
  const dist = join(ROOT, 'dist');
  const lookupPage = 'lookup/index.html';
  const entryPage = 'errors/invalid-api-key/index.html';
  if (!existsSync(join(dist, lookupPage)) || !existsSync(join(dist, entryPage))) {
    return ['dist/ is missing or incomplete: run `npm run build` first, then `npm run bench` again.'];
  }
  const look = pageJs(dist, lookupPage);
  const entry = pageJs(dist, entryPage);
  const added = [...look.files].filter(([f]) => !entry.files.has(f)).reduce((a, [, n]) => a + n, 0) + Math.max(0, look.inline - entry.inline);
  return [
    `  /lookup/                      ${kb(look.total).padStart(8)} gz JS (${look.files.size} files, ${kb(look.inline)} inline)   + ${kb(look.data)} gz embedded index data`,
    `  /errors/invalid-api-key/      ${kb(entry.total).padStart(8)} gz JS (${entry.files.size} files, ${kb(entry.inline)} inline)`,
    `  added by the lookup page      ${kb(added).padStart(8)} gz JS   target <= ${TARGET.pageKb} KB  ${mark(added <= TARGET.pageKb * 1024)}`,
  ];
}

// --- main --------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  // --quick: only the lookup's own figures, without building, serving and Lighthouse (about a minute).
  const quick = args.includes('--quick');
  const extra = args.filter((arg) => arg !== '--quick');
  const missing = extra.filter((f) => !existsSync(f));
  if (missing.length) {
    process.stderr.write(`bench: no such file: ${missing.join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  const index = buildLookupIndex(loadCatalogue(ROOT));
  const files = caseFiles(extra);
  const SECTIONS: [string, () => string[] | Promise<string[]>][] = [
    ['Accuracy', () => accuracySection(files, index)],
    ['Speed', () => speedSection(files, index)],
    ['JavaScript the lookup page loads (gzip -9)', pageSection],
    ...(quick ? [] : siteSections),
  ];
  for (const [title, run] of SECTIONS) {
    process.stdout.write(`\n== ${title} ==\n${(await run()).join('\n')}\n`);
  }
}

await main();
