import { clean, decodeEntities, sanitize, unescape } from './text.ts';

/** A paste taken out of its wrappers: what the matcher reads. */
export interface Normalised {
  /** The whole paste, unescaped and cleaned, without stack frames, timestamps, fences or HTTP headers. */
  text: string;
  /** The message fields of JSON bodies, Python reprs and log records, unescaped, innermost first. */
  messages: string[];
  /** The HTTP status the paste states first, if any. */
  status: number | null;
  /** Every status it states, or failing those, the ones its error types imply (`rate_limit_error` → 429). */
  statuses: number[];
}

export function normalise(raw: string): Normalised {
  // Frames are dropped before strings are read (a Python frame's source line holds strings of
  // its own) and again after unescaping (a JSON log carries its stack trace as one escaped string).
  const sane = stripNoise(decodeEntities(sanitize(raw)));
  const messages = extractMessages(sane).map((s) => clean(s).trim()).filter(Boolean);
  const text = stripNoise(clean(unescape(sane)));
  const stated = findStatuses(text);
  return { text, messages, status: stated[0] ?? null, statuses: stated.length ? stated : statusesFromTypes(text) };
}

// --- the message fields of JSON, dict reprs and key=value logs ------------------------------------

// A message-like key, quoted, then its quoted value (escapes skipped over): JSON, Python reprs,
// JavaScript object dumps. Each alternative of the value consumes different characters: linear.
const FIELD = /(["']?)\b(?:message|msg|err|error|detail|body|reason|log|responseBody)\1\s*[:=]\s*(["'])((?:\\.|(?!\2)[^\\\n])*)\2/g;
// Go and Rust clients print `message: <text>` without quotes.
const BARE = /\bmessage:[ \t]*([^"'\n{][^\n]*)/gi;
const MAX_STRINGS = 64;

/**
 * The values of message fields, unescaped. A value that holds fields itself (JSON escaped inside
 * JSON, a response body inside a log record) is read again, a few layers deep.
 */
export function extractMessages(text: string, depth = 0, out: string[] = []): string[] {
  for (const m of text.matchAll(FIELD)) {
    if (out.length >= MAX_STRINGS) break;
    const value = unescape(m[3], 1);
    if (depth < 4 && /["']/.test(value)) extractMessages(value, depth + 1, out);
    if (/\p{L}/u.test(value)) out.push(value);
  }
  if (!depth) for (const m of text.matchAll(BARE)) out.push(m[1]);
  return out;
}

// --- wrappers that carry no part of the message --------------------------------------------------

// Stack frames (JavaScript, Java, .NET, Python, Go), Python's caret lines, markdown fences, curl -v lines.
const NOISE_LINE =
  /^(?:\s+at\s+\S|\s*Traceback \(most recent|\s*\.\.\. \d+ more\s*$|\s*[~^]{3,}\s*$|goroutine \d+ \[|\s+\/\S+\.go:\d+|\s*```|[<>] ?(?:[A-Za-z][\w-]*: |[A-Z]+ \/|HTTP\/))/;
const PYTHON_FRAME = /^\s*File ".*", line \d+/;
const HTTP_STATUS_LINE = /^(?:< )?HTTP\/[\d.]+ \d{3}/;
const HEADER = /^(?:< )?[A-Za-z][\w-]*: /;
const TIMESTAMP = /\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?\]?/g;
const RETRY_NOTE = /[·•]? ?Retrying in [\d.]+ ?\w*(?:…|\.\.\.)? ?(?:\(attempt \d+\/\d+\))?/gi;

/** Drops stack frames, fences, HTTP headers, timestamps and retry notes; keeps every line that can hold the message. */
export function stripNoise(text: string): string {
  const kept: string[] = [];
  let inHeaders = false;
  let inPythonFrame = false;
  for (const line of text.split('\n')) {
    if (HTTP_STATUS_LINE.test(line)) {
      inHeaders = true;
      kept.push(line);
      continue;
    }
    if (inHeaders && HEADER.test(line)) continue;
    inHeaders = false;
    // The source line under a Python frame is the caller's code, not the error.
    if (inPythonFrame && /^\s{4,}\S/.test(line)) {
      inPythonFrame = false;
      continue;
    }
    inPythonFrame = PYTHON_FRAME.test(line);
    if (inPythonFrame || NOISE_LINE.test(line)) continue;
    kept.push(line.replace(TIMESTAMP, ' ').replace(RETRY_NOTE, ' '));
  }
  return kept.join('\n').trim();
}

// --- the status code ------------------------------------------------------------------------------

// After "status", "code", "HTTP", "Error"...; at the start of a line; alone in brackets.
const STATUS =
  /(?:error|status(?:[ _-]?code)?|code|http(?:\/\d(?:\.\d)?)?|failed|returned)[^\w\n]{0,6}([45]\d\d)(?![\w.])|^[^\w\n]{0,4}([45]\d\d) +[A-Za-z]|\(([45]\d\d)\)/gim;
// OpenAI- and Anthropic-style error types name their status class.
const TYPE = /(?:(authentication)|(billing)|(permission|access_terminated)|(not_found)|(rate_limit|overloaded)|(invalid_request)|(server|api))[a-z_]{0,20}_error/g;
const TYPE_STATUS = [401, 402, 403, 404, 429, 400, 500];
const MAX_STATUSES = 16;

/** Every status the paste states, in order; a paste can hold several errors. */
export function findStatuses(text: string): number[] {
  return [...text.matchAll(STATUS)].slice(0, MAX_STATUSES).map((m) => Number(m[1] ?? m[2] ?? m[3]));
}

function statusesFromTypes(text: string): number[] {
  return [...text.matchAll(TYPE)].slice(0, MAX_STATUSES).map((m) => TYPE_STATUS[m.slice(1).findIndex(Boolean)]);
}
