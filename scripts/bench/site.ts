/**
 * The built site's sections, in order: the build (whose output the others then look at, else
 * dist/), JS per page from the files, then, with the build served by `astro preview`, the paste
 * box's weight as the browser fetches it, Lighthouse, and large pastes. Each section catches its
 * own failure and says why, so that the others still run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { boxWeightSection } from './box-weight.ts';
import { buildTimeSection } from './build-time.ts';
import { errorText } from './format.ts';
import { jsPerPageSection } from './js-per-page.ts';
import { lighthouseSection } from './lighthouse.ts';
import { pasteSection } from './paste.ts';
import { ROOT } from './paths.ts';
import { startPreview, type Preview } from './preview.ts';

/** A build to look at, and what to call it. */
export interface Site {
  dir: string;
  label: string;
}
/** The same, served. */
export interface Served extends Site {
  base: string;
}

export type Print = (title: string, lines: string[]) => void;

const SERVED: [title: string, run: (site: Served) => Promise<string[]>][] = [
  ['What the paste box adds to a page (as fetched, gzip -9)', boxWeightSection],
  ['Lighthouse (astro preview, system Chromium)', lighthouseSection],
  ['Main-thread work of large pastes on /lookup/', pasteSection],
];

async function guarded(run: () => string[] | Promise<string[]>): Promise<string[]> {
  try {
    return await run();
  } catch (error) {
    return [`  section failed: ${errorText(error)}`];
  }
}

/** Runs the sections whose titles `wanted` accepts, printing each as it ends. */
export async function runSiteSections(print: Print, wanted: (title: string) => boolean): Promise<void> {
  let site: Site | null = null;
  const buildTitle = 'Build time (astro build, fresh outDir)';
  if (wanted(buildTitle)) {
    try {
      const build = await buildTimeSection();
      print(buildTitle, build.lines);
      if (build.dir) site = { dir: build.dir, label: 'the fresh build of the section above' };
    } catch (error) {
      print(buildTitle, [`  section failed: ${errorText(error)}`]);
    }
  }
  if (!site && existsSync(join(ROOT, 'dist/index.html'))) site = { dir: join(ROOT, 'dist'), label: 'dist/' };

  const jsTitle = 'Gzipped JS per page, from the build (gzip -9)';
  const served = SERVED.filter(([title]) => wanted(title));
  if (!site) {
    if (wanted(jsTitle) || served.length) print('The built site', ['  no build to look at: the build failed or was not asked for, and dist/ is missing (run `npm run build`).']);
    return;
  }
  const built: Site = site;
  if (wanted(jsTitle)) print(jsTitle, await guarded(() => jsPerPageSection(built)));
  if (!served.length) return;
  let preview: Preview;
  try {
    preview = await startPreview(built.dir);
  } catch (error) {
    for (const [title] of served) print(title, [`  skipped: ${errorText(error)}`]);
    return;
  }
  try {
    for (const [title, run] of served) print(title, await guarded(() => run({ ...built, base: preview.base })));
  } finally {
    preview.stop();
  }
}
