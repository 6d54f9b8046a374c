/**
 * `npm run bench`: the figures of the lookup (accuracy per case file, speed at the real and at a
 * 50x catalogue) and of the built site (build time, JS per page, what the paste box adds, Lighthouse,
 * large pastes), each against its target (scripts/bench/targets.ts).
 *
 *   npm run bench -- --quick             the lookup's figures only, in seconds
 *   npm run bench -- my-pastes.jsonl     adds a case file of your own
 *   npm run bench -- --only lighthouse   only the sections whose titles contain a word (repeatable)
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/lib/catalogue/load.ts';
import { buildLookupIndex } from '../src/lib/lookup/index.ts';
import { accuracySection } from './bench/accuracy.ts';
import { caseFilePaths, readCaseFile } from './bench/cases.ts';
import { secs } from './bench/format.ts';
import { ROOT } from './bench/paths.ts';
import { runSiteSections } from './bench/site.ts';
import { speedSection } from './bench/speed.ts';

const { values, positionals: extra } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string', multiple: true, default: [] } },
  allowPositionals: true,
});
const missing = extra.filter((file) => !existsSync(file));
if (missing.length) {
  process.stderr.write(`bench: no such file: ${missing.join(', ')}\n`);
  process.exit(2);
}

const only = values.only.map((word) => word.toLowerCase());
const wanted = (title: string) => !only.length || only.some((word) => title.toLowerCase().includes(word));
const print = (title: string, lines: string[]) => process.stdout.write(`\n== ${title} ==\n${lines.join('\n')}\n`);
const start = performance.now();

const catalogue = loadCatalogue(ROOT);
const files = [...caseFilePaths(), ...extra].map(readCaseFile);
if (wanted('Accuracy')) print('Accuracy', accuracySection(files, buildLookupIndex(catalogue)));
if (wanted('Speed')) print('Speed', speedSection(catalogue, files.flatMap((f) => f.cases.map((c) => c.text))));
if (!values.quick) await runSiteSections(print, wanted);
process.stdout.write(`\n(${secs(performance.now() - start)})\n`);
// The preview server and browsers are stopped; the exit hooks remove the temporary builds.
process.exit(0);
