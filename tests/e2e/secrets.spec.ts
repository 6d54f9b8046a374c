import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { normalise } from '../../src/lib/lookup/normalise.ts';
import { encodedQuery } from '../../src/components/lookup/share.ts';
import { MAX_LINK_QUERY } from '../../src/components/lookup/answer.ts';
import { stored, watchRequests } from './watch.ts';

/**
 * Every secret family of the case files, through the page as a person meets it: pasted into the
 * box, then the copied link, the report, the address bar, storage and every request. The cases go
 * in a few at a time, as many as one link holds whole, so that each of them reaches the link.
 */
interface Case {
  text: string;
  secrets: string[];
  keep: string[];
}

const cases = ['tests/redaction/secrets.jsonl', 'tests/redaction/secrets-holdout.jsonl'].flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Case),
);

/** Consecutive cases whose pastes, joined, fit one link with room for the masks' own length. */
function batches(all: Case[], room = MAX_LINK_QUERY * 0.8): Case[][] {
  const out: Case[][] = [[]];
  for (const c of all) {
    const next = [...out.at(-1)!, c];
    if (out.at(-1)!.length && encodedQuery(paste(next)).length > room) out.push([c]);
    else out[out.length - 1] = next;
  }
  return out;
}
const paste = (batch: Case[]) => batch.map((c) => c.text).join('\n\n');

/** The secrets a text gives away, also once the lookup has decoded it. */
const leaked = (text: string, secrets: string[]) => secrets.filter((s) => text.includes(s) || normalise(text).text.includes(normalise(s).text));

test('every secret family is masked in the copied link and the report; the rest of the text stays; nothing leaves the page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sent = watchRequests(page);
  await page.goto('/lookup/');
  const address = page.url();
  const storedBefore = await stored(page);

  const all = batches(cases);
  for (const batch of all) {
    const secrets = batch.flatMap((c) => c.secrets);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByTestId('lookup-input').fill(paste(batch));
    await page.getByTestId('lookup-copy-link').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    const shared = new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get('q')!;
    expect(leaked(shared, secrets)).toEqual([]);
    // The whole batch is in the link, masks and all: nothing was cut to make the check pass.
    expect(batch.flatMap((c) => c.keep).filter((k) => !shared.includes(k))).toEqual([]);
    const report = page.getByTestId('lookup-none').locator('.report');
    if (await report.isVisible()) expect(leaked(await report.innerText(), secrets)).toEqual([]);
    expect(page.url()).toBe(address);
  }

  expect(all.length).toBeGreaterThan(10);
  expect(await stored(page)).toEqual(storedBefore);
  const requests = await sent();
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((line) => leaked(line, cases.flatMap((c) => c.secrets)).length)).toEqual([]);
});
