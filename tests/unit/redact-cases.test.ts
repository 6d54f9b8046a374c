import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/lib/lookup/normalise.ts';
import { redactSecrets } from '../../src/lib/lookup/redact.ts';

/**
 * The secret families of tests/redaction/secrets.jsonl, both ways: every listed secret is gone
 * from the masked text (also once the lookup has decoded it), and every kept part is still there.
 */
interface Case {
  text: string;
  secrets: string[];
  keep: string[];
  kind: string;
}

const cases = readFileSync('tests/redaction/secrets.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Case);

/** The listed parts a case gets wrong: secrets left, kept text lost. */
function failures({ text, secrets, keep }: Case) {
  const masked = redactSecrets(text).text;
  const decoded = normalise(masked).text;
  return {
    leaked: secrets.filter((s) => masked.includes(s) || decoded.includes(normalise(s).text)),
    lost: keep.filter((k) => !masked.includes(k)),
    masked,
  };
}

describe('tests/redaction/secrets.jsonl', () => {
  const withSecrets = cases.filter((c) => c.secrets.length);
  const ordinary = cases.filter((c) => !c.secrets.length);

  it('has enough cases of both kinds', () => {
    expect(withSecrets.length).toBeGreaterThanOrEqual(80);
    expect(ordinary.length).toBeGreaterThanOrEqual(40);
    expect(ordinary.every((c) => c.keep.length)).toBe(true);
  });

  it('masks every secret and keeps every kept part', () => {
    const results = cases.map((c) => ({ c, ...failures(c) }));
    const secrets = withSecrets.flatMap((c) => c.secrets).length;
    const kept = cases.flatMap((c) => c.keep).length;
    const leaked = results.flatMap((r) => r.leaked).length;
    const lost = results.flatMap((r) => r.lost).length;
    const altered = ordinary.filter((c) => redactSecrets(c.text).redactions > 0).length;
    console.log(
      `secrets masked: ${secrets - leaked}/${secrets} (in ${withSecrets.length} texts); ` +
        `kept parts kept: ${kept - lost}/${kept}; ordinary texts altered: ${altered}/${ordinary.length}`,
    );
    const report = results
      .filter((r) => r.leaked.length || r.lost.length)
      .map((r) => `[${r.c.kind}] ${JSON.stringify(r.c.text)}\n  -> ${JSON.stringify(r.masked)}` +
        (r.leaked.length ? `\n  secret left: ${JSON.stringify(r.leaked)}` : '') +
        (r.lost.length ? `\n  kept text lost: ${JSON.stringify(r.lost)}` : ''))
      .join('\n');
    expect(report).toBe('');
  });
});
