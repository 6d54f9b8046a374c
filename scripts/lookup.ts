/**
 * The error lookup on the command line, on the same engine and catalogue as the site.
 *
 *   npm run lookup -- "<error text>"        best match, for a person
 *   npm run lookup -- --json "<text>"       one JSON object
 *   some-command 2>&1 | npm run lookup      the text on stdin
 *   npm run lookup -- --jsonl < cases.jsonl one JSON line out per {"text": ...} line in
 *
 * Exit 0 whenever it answered (no match is an answer), 2 on bad usage or a bad input line.
 */
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../src/lib/catalogue/load.ts';
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

type Args = { help: true } | { help: false; mode: 'text' | 'json' | 'jsonl'; text: string | null };

function parseArgs(argv: string[]): Args {
  let mode: 'text' | 'json' | 'jsonl' = 'text';
  const words: string[] = [];
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--json' || arg === '--jsonl') {
      if (mode !== 'text') throw new UsageError('use --json or --jsonl, not both');
      mode = arg === '--json' ? 'json' : 'jsonl';
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  if (mode === 'jsonl' && words.length) throw new UsageError('--jsonl reads JSON lines from stdin; give no text arguments');
  return { help: false, mode, text: words.length ? words.join(' ') : null };
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
    const others = result.candidates.slice(1);
    if (others.length) lines.push('Also possible:', ...others.map((c) => `  ${name(c)}  ${path(c)}  ${percent(c.score)}`));
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
    out.push(JSON.stringify({ match: r.match?.slug ?? null, confidence: r.confidence, candidates: r.candidates.map(({ slug, score }) => ({ slug, score })) }));
  });
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  if (status) process.stderr.write('Some lines were not {"text": "..."} JSON objects; see the {"error"} lines.\n');
  return status;
}

async function main(): Promise<number> {
  let args: Args;
  let text: string;
  try {
    args = parseArgs(process.argv.slice(2));
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
  const index = buildLookupIndex(loadCatalogue(ROOT));
  const entries = new Map(index.entries.map((e) => [e.slug, e]));
  const lookup = createLookup(index);
  if (args.mode === 'jsonl') return jsonLines(text, lookup);
  const result = lookup(text);
  process.stdout.write(`${args.mode === 'json' ? JSON.stringify(asJson(result, entries), null, 2) : forPerson(result, entries)}\n`);
  return 0;
}

process.exitCode = await main();
