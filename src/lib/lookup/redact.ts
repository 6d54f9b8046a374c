/**
 * Masks API keys and tokens in a paste before it goes into a link or a report. Each pattern is a
 * literal prefix followed by one character class: linear on any input. Which names count as secret is
 * decided in the replacer, not by alternations inside the pattern.
 */

const MASK = '[REDACTED]';

type Rule = [RegExp, (groups: string[]) => string | null];

const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL/;
const looksSecret = (value: string) => value !== MASK && !/^\d+$/.test(value) && !/^\$/.test(value);

const RULES: Rule[] = [
  // Authorization: Bearer …, x-api-key: …, also as JSON or Python dict keys.
  [
    /\b(authorization|proxy-authorization|x-api-key|api-key|x-goog-api-key)(["']?\s*[:=]\s*["']?)((?:bearer|basic|token)\s+)?([^\s"',;}]{4,})/gi,
    ([name, sep, scheme = '', value]) => (looksSecret(value) ? `${name}${sep}${scheme}${MASK}` : null),
  ],
  // KIMI_API_KEY=…, OPENAI_API_KEY: "…", export ANTHROPIC_AUTH_TOKEN='…'
  [
    /\b([A-Z][A-Z0-9_]{2,63})(\s*[=:]\s*)(["']?)([^\s"'&]{4,})/g,
    ([name, sep, quote, value]) => (SECRET_NAME.test(name) && looksSecret(value) ? `${name}${sep}${quote}${MASK}` : null),
  ],
  // "api_key": "…" in JSON, YAML and config dumps.
  [
    /\b(api[_-]?key|apikey|access[_-]?token|secret[_-]?key|client[_-]?secret|password)(["']?\s*[:=]\s*["']?)([^\s"',}&]{4,})/gi,
    ([name, sep, value]) => (looksSecret(value) ? `${name}${sep}${MASK}` : null),
  ],
  // ?api_key=… in URLs.
  [
    /([?&](?:api[_-]?key|apikey|key|token|access_token|auth)=)([^&#\s"']+)/gi,
    ([param, value]) => (looksSecret(value) ? `${param}${MASK}` : null),
  ],
  // A bearer token outside a header: only something that looks generated, not "Bearer authentication".
  [
    /\b(bearer\s+)([A-Za-z0-9._~+/=-]{8,})/gi,
    ([scheme, value]) => (/\d/.test(value) || value.length >= 20 ? `${scheme}${MASK}` : null),
  ],
  // sk-… keys (Kimi, OpenAI, Anthropic, Moonshot and most OpenAI-compatible providers).
  [/\bsk-[A-Za-z0-9_-]{8,}/g, () => MASK],
];

export function redactSecrets(text: string): { text: string; redactions: number } {
  let redactions = 0;
  for (const [pattern, replace] of RULES) {
    text = text.replace(pattern, (whole: string, ...rest: unknown[]) => {
      const groups = rest.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
      const replaced = replace(groups);
      if (replaced === null) return whole;
      redactions++;
      return replaced;
    });
  }
  return { text, redactions };
}
