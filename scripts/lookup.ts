/**
 * The error lookup on the command line, on the same engine and catalogue as the site.
 *
 *   npm run lookup -- "<error text>"        best match, for a person
 *   npm run lookup -- --json "<text>"       one JSON object
 *   some-command 2>&1 | npm run lookup      the text on stdin
 *   npm run lookup -- --jsonl < cases.jsonl one JSON line out per {"text": ...} line in
 *
 * Exit 0 whenever it answered (no match is an answer), 2 on bad usage, a bad input line or an
 * invalid catalogue.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CatalogueError, loadCatalogue } from '../src/lib/catalogue/load.ts';
import { entryPath } from '../src/lib/catalogue/paths.ts';
import { buildLookupIndex, createLookup, type LookupCandidate, type LookupIndexEntry, type LookupResult } from '../src/lib/lookup/index.ts';

const USAGE = `Usage:
  npm run lookup -- "<error text>"          the best documented match, for a person
  npm run lookup -- --json "<error text>"   the same as one JSON object
  <command> | npm run lookup [-- --json]    the error text on stdin
  npm run lookup -- --jsonl < file.jsonl    JSON lines with a "text" field in; one JSON line out per line`;

const NOT_COVERED = '/errors/not-covered/';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

class UsageError extends Error {}

type Mode = 'text' | 'json' | 'jsonl';
type Args = { help: true } | { help: false; mode: Mode; text: string | null };

const OPTIONS = { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** Options are `--json`, `--jsonl`, `--help` and `-h`; any other argument is error text, also one starting with a dash ("-32601 Method not found"). */
function parseArguments(argv: string[]): Args {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  let mode: Mode = 'text';
  const words = new Map<number, string>();
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    const raw = argv[token.index];
    if (token.kind === 'positional' || (!raw.startsWith('--') && raw !== '-h')) {
      words.set(token.index, raw);
      continue;
    }
    if (token.inlineValue || !(token.name in OPTIONS)) throw new UsageError(`unknown option ${raw}`);
    if (token.name === 'help') return { help: true };
    if (mode !== 'text') throw new UsageError('use --json or --jsonl, not both');
    mode = token.name as Mode;
  }
  if (mode === 'jsonl' && words.size) throw new UsageError('--jsonl reads JSON lines from stdin; give no text arguments');
  return { help: false, mode, text: words.size ? [...words.values()].join(' ') : null };
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('no error text: give it as an argument or on stdin');
  // Streamed rather than readFileSync(0): a pipe can be non-blocking, and then a sync read of a
  // large input fails with EAGAIN.
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

function forPerson(result: LookupResult, entries: Map<string, LookupIndexEntry>): string {
  const lines: string[] = [];
  const name = (c: LookupCandidate) => `${entries.get(c.slug)!.title} (HTTP ${entries.get(c.slug)!.status})`;
  const path = (c: LookupCandidate) => `${entryPath(c.slug)}${c.messageId ? `#${c.messageId}` : ''}`;
  if (result.match) {
    lines.push(`${name(result.match)}`, `  ${path(result.match)}`, `  confidence ${percent(result.confidence)}`);
    for (const { name: key, value } of result.match.captures) lines.push(`  ${key.replace(/_/g, ' ')}: ${value}`);
    if (result.status !== null) lines.push(`  status in the paste: ${result.status}`);
    if (result.match.borrowed) lines.push(`  other programs print "${result.match.borrowed}" too: check the rest of the message`);
    const others = result.candidates.slice(1);
    if (others.length) lines.push('Also possible:', ...others.map((c) => `  ${name(c)}  ${path(c)}  ${percent(c.score)}`));
    if (result.found.length > 1) {
      const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
      const where = (first: number, last: number) => (first === last ? `line ${first}` : `lines ${first}-${last}`);
      lines.push('Errors in the paste, in order:', ...result.found.map((f) => `  ${entries.get(f.slug)!.title}  ${entryPath(f.slug)}  ${times(f.count)}, ${where(f.firstLine, f.lastLine)}`));
    }
  } else {
    lines.push(`No documented error matches this text (confidence ${percent(result.confidence)}).`);
    if (result.candidates.length) lines.push('Did you mean:', ...result.candidates.map((c) => `  ${name(c)}  ${path(c)}  ${percent(c.score)}`));
    lines.push(`If none fits, ${NOT_COVERED} tells how to report it.`);
  }
  return lines.join('\n');
}

function asJson(result: LookupResult, entries: Map<string, LookupIndexEntry>) {
  const describe = (c: LookupCandidate) => ({
    ...c,
    title: entries.get(c.slug)!.title,
    entryStatus: entries.get(c.slug)!.status,
    path: entryPath(c.slug),
  });
  return {
    match: result.match ? describe(result.match) : null,
    confidence: result.confidence,
    status: result.status,
    candidates: result.candidates.map(describe),
    found: result.found,
    ...(result.match ? {} : { notCovered: NOT_COVERED }),
  };
}

/** Answers every good line, in order; a bad line gets an {"error"} line and makes the exit code 2. */
function jsonLines(input: string, lookup: (text: string) => LookupResult): number {
  let status = 0;
  const out: string[] = [];
  input.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let text: unknown;
    try {
      const value: unknown = JSON.parse(line);
      text = value && typeof value === 'object' && !Array.isArray(value) ? (value as { text?: unknown }).text : undefined;
    } catch (error) {
      status = 2;
      out.push(JSON.stringify({ error: `line ${i + 1}: not JSON (${(error as Error).message})` }));
      return;
    }
    if (typeof text !== 'string') {
      status = 2;
      out.push(JSON.stringify({ error: `line ${i + 1}: expected an object with a string "text" field` }));
      return;
    }
    const r = lookup(text);
    out.push(JSON.stringify({ match: r.match?.slug ?? null, confidence: r.confidence, candidates: r.candidates.map(({ slug, score }) => ({ slug, score })), found: r.found }));
  });
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  if (status) process.stderr.write('Some lines were not {"text": "..."} JSON objects; see the {"error"} lines.\n');
  return status;
}

async function main(): Promise<number> {
  let args: Args;
  let text: string;
  try {
    args = parseArguments(process.argv.slice(2));
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    text = args.text ?? (await readStdin());
    if (args.mode !== 'jsonl' && !text.trim()) throw new UsageError('the error text is empty');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`lookup: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  let index;
  try {
    index = buildLookupIndex(loadCatalogue(ROOT));
  } catch (error) {
    // The catalogue names each bad file and field: that is the whole message, no stack trace.
    if (!(error instanceof CatalogueError)) throw error;
    process.stderr.write(`lookup: ${error.message}\n`);
    return 2;
  }
  const entries = new Map(index.entries.map((e) => [e.slug, e]));
  // A bug in the engine answers "no match" in the page; here it stops the run where everyone sees it.
  const lookup = createLookup(index, (error) => {
    throw error;
  });
  if (args.mode === 'jsonl') return jsonLines(text, lookup);
  const result = lookup(text);
  process.stdout.write(`${args.mode === 'json' ? JSON.stringify(asJson(result, entries), null, 2) : forPerson(result, entries)}\n`);
  return 0;
}

process.exitCode = await main();
