/**
 * Masks API keys and tokens in a paste before it goes into a link or a report. Each pattern is a
 * bounded prefix followed by one character class: linear on any input.
 */

const MASK = '[REDACTED]';

/** A pattern whose first group stays (a name and its separator) and whose second is the value; and whether to mask that value. */
const RULES: [RegExp, (value: string) => boolean][] = [
  // A name ending in key, token, secret, password, credential(s) or auth(orization), then `:` or
  // `=`: headers, JSON, YAML, dict reprs, environment variables, URL parameters. Numbers,
  // $VARIABLES and what was masked already are no secrets.
  [
    /\b((?:[\w-]{0,40}[_-])?(?:api-?key|key|token|secret|passw(?:or)?d|credentials?|auth(?:orization)?)["']?\s*[:=]\s*["']?(?:(?:bearer|basic|token)\s+)?)([^\s"',;}&#]{4,})/gi,
    (value) => !/^(?:\d+|\$.*|\[REDACTED\])$/.test(value),
  ],
  // A bearer token outside a header: only something that looks generated, not "Bearer authentication".
  [/\b(bearer\s+)([\w.~+/=-]{8,})/gi, (value) => /\d/.test(value) || value.length > 19],
  // sk-… keys (Kimi, OpenAI, Anthropic, Moonshot and most OpenAI-compatible providers).
  [/\b()(sk-[\w-]{8,})/g, () => true],
];

export function redactSecrets(text: string): { text: string; redactions: number } {
  let redactions = 0;
  for (const [pattern, secret] of RULES) {
    text = text.replace(pattern, (whole, kept: string, value: string) => (secret(value) ? (redactions++, kept + MASK) : whole));
  }
  return { text, redactions };
}
