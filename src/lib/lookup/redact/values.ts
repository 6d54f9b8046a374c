/**
 * What stands in the place of a secret without being one: a masked value, a variable (`$KEY`,
 * `${KEY}`, `%KEY%`, `process.env.KEY`, a bare `KIMI_API_KEY`), a placeholder, a null.
 */
const STAND_IN =
  /^(?:\[REDACTED\]|\$(?:\{[^}]*\}?|\([^)]*\)|[A-Za-z_]+)|%\w+%|\{\{[^}]*\}\}|<[^>]*>|(?:process\.env|import\.meta\.env|os\.environ)\b.*|null|none|nil|undefined|true|false|empty|missing|invalid|required|[*•.…xX-]+)$/i;

const ENV_NAME = /^[A-Z][A-Z\d]*(?:_[A-Z\d]+)+$/;

export const standIn = (value: string) => value.startsWith('[REDACTED]') || STAND_IN.test(value) || ENV_NAME.test(value);

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/**
 * A value that looks machine-made (letters and digits, long, no dots or spaces), unlike a word, a
 * path, a host name, a UUID (request and object ids) or a number.
 */
export const generated = (value: string) =>
  /^[\w+/=-]{20,}$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value) && !UUID.test(value);
