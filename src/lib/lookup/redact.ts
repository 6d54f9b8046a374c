/**
 * Masks keys, tokens and passwords in a paste before it goes into a link, a report or the address
 * bar. A secret is found by its shape (a provider's prefix, a JWT, a PEM key, a URL's password) or
 * by the name before it, in the paste as written and again behind the escapes the lookup undoes
 * (percent, `\uXXXX`, JSON in JSON, fullwidth). Only the secret is replaced: the name, separator
 * and quotes around it stay, so the masked paste still matches the error it came with.
 */
import { findDecoded } from './redact/decode.ts';
import { findNamed } from './redact/names.ts';
import { findShapes } from './redact/shapes.ts';
import { merge, unwrap, type Span } from './redact/span.ts';

const MASK = '[REDACTED]';

function find(text: string): Span[] {
  return [...findShapes(text), ...findNamed(text)].map(([start, end]) => [start, unwrap(text, end)]);
}

export function redactSecrets(text: string): { text: string; redactions: number } {
  const spans = merge([...find(text), ...findDecoded(text, find)]);
  let masked = '';
  let at = 0;
  for (const [start, end] of spans) {
    masked += text.slice(at, start) + MASK;
    at = end;
  }
  return { text: masked + text.slice(at), redactions: spans.length };
}
