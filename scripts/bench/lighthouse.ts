/** Lighthouse scores of the home page and an entry page, mobile and desktop. */
import { chromiumPath, QUIET_CHROMIUM } from './chromium.ts';
import { errorText, mark, secs } from './format.ts';
import type { Served } from './site.ts';
import { TARGET } from './targets.ts';

// The home page, an entry page, and the same entry in the Chinese edition.
const PAGES = ['/', '/errors/token-limit-exceeded/', '/zh-cn/errors/token-limit-exceeded/'];
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
type Lighthouse = (url: string, flags: object, config?: object) => Promise<{ lhr: LhResult } | undefined>;

/** What keeps a category below 100: its failing audits, and Lighthouse's own warnings. */
function explain(lhr: LhResult): string[] {
  const out: string[] = [];
  if (lhr.runtimeError) out.push(`      runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const c of CATEGORIES) {
    const category = lhr.categories[c];
    if (!category || category.score === 1) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      // Zero-weight audits (performance insights) do not move the score: listed only where they
      // explain a performance score below 100.
      out.push(
        `      ${c}: ${audit.id} (${audit.title})${audit.displayValue ? ` = ${audit.displayValue}` : ''}` +
          `${audit.scoreDisplayMode === 'binary' ? '' : ` score ${audit.score.toFixed(2)}`}${ref.weight ? '' : ' [weight 0]'}`,
      );
    }
  }
  for (const warning of lhr.runWarnings ?? []) {
    if (warning !== lhr.runtimeError?.message) out.push(`      warning: ${warning.split('\n')[0]}`);
  }
  return out;
}

function scoreLine(preset: string, path: string, lhr: LhResult, took: number): string {
  const scores = CATEGORIES.map((c) => {
    const s = lhr.categories[c]?.score;
    return `${c} ${s === null || s === undefined ? '  ?' : String(Math.round(s * 100)).padStart(3)}`;
  });
  const all100 = CATEGORIES.every((c) => lhr.categories[c]?.score === 1);
  return `  ${preset.padEnd(8)}${path.padEnd(32)} ${scores.join('  ')}   target ${TARGET.lighthouse}  ${mark(all100)}  (${secs(took)})`;
}

export async function lighthouseSection(site: Served): Promise<string[]> {
  let lighthouse: Lighthouse;
  let desktopConfig: object;
  let launch: (options: object) => Promise<{ port: number; kill: () => void | Promise<void> }>;
  try {
    const lh = await import('lighthouse');
    lighthouse = lh.default as unknown as Lighthouse;
    desktopConfig = lh.desktopConfig as object;
    ({ launch } = (await import('chrome-launcher')) as unknown as { launch: typeof launch });
  } catch (error) {
    return [`  Lighthouse is not installed (npm install -D lighthouse): ${errorText(error)}`];
  }
  const chromePath = await chromiumPath();
  process.env.CHROME_PATH = chromePath;
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', ...QUIET_CHROMIUM], logLevel: 'silent' });
  const out = [`  ${site.label} via astro preview, Chromium ${chromePath}`];
  try {
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
      for (const path of PAGES) {
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
          lhr = (await lighthouse(`${site.base}${path}`, flags, config))?.lhr;
        } catch (error) {
          out.push(`  ${preset.padEnd(8)}${path}: Lighthouse failed: ${errorText(error)}`);
          continue;
        }
        if (!lhr) out.push(`  ${preset.padEnd(8)}${path}: no result`);
        else out.push(scoreLine(preset, path, lhr, performance.now() - start), ...explain(lhr));
      }
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
