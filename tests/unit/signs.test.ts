import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { SIGNS } from '../../src/lib/catalogue/signs.ts';
import { createPrinterReader, surroundings } from '../../src/lib/lookup/context.ts';
import { buildLookupIndex } from '../../src/lib/lookup/index.ts';

const printerOf = createPrinterReader(SIGNS);
const all = [...SIGNS.hosts, ...SIGNS.kimi, ...SIGNS.other, ...SIGNS.pages];
const others = [...SIGNS.other, ...SIGNS.pages];
const cased = (sign: string) => sign !== sign.toLowerCase();

describe('the signs, as data', () => {
  it('start with what they name, each listed once, in lower case but for names in their own case', () => {
    for (const sign of all) expect(sign, sign).toBe(sign.trimStart());
    for (const sign of all.filter(cased)) expect(sign, sign).toMatch(/^[A-Z][A-Za-z]{5,}$/);
    expect(new Set(all.map((sign) => sign.toLowerCase())).size).toBe(all.length);
  });

  it('only Kimi has names in their own case', () => {
    expect([...SIGNS.hosts, ...others].filter(cased)).toEqual([]);
  });

  it('hosts are bare host names', () => {
    for (const host of SIGNS.hosts) expect(host).toMatch(/^[a-z\d-]+(?:\.[a-z\d-]+)+$/);
  });

  it('no sign of another program is part of a sign of Kimi, or the other way round', () => {
    for (const kimi of [...SIGNS.hosts, ...SIGNS.kimi].map((sign) => sign.toLowerCase())) for (const other of others) expect(kimi.includes(other) || other.includes(kimi), `${kimi} / ${other}`).toBe(false);
  });

  it('no catalogue message is itself a sign: the server words around a borrowed text never decide alone', () => {
    for (const entry of loadCatalogue()) {
      for (const { template } of entry.messages) for (const sign of others) expect(template.toLowerCase().includes(sign), `${entry.slug}: ${sign}`).toBe(false);
    }
  });

  it('reach the page through the lookup index, and only there', () => {
    expect(buildLookupIndex(loadCatalogue()).signs).toEqual(SIGNS);
    // The engine holds no sign of its own: every one comes from the index.
    const engine = readdirSync('src/lib/lookup', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(`src/lib/lookup/${file}`, 'utf8'));
    for (const sign of all) for (const source of engine) expect(source.includes(`'${sign}`) || source.includes(`"${sign}`), sign).toBe(false);
  });
});

describe('who printed a text, by its surroundings', () => {
  it('each sign of Kimi, each of another program', () => {
    for (const sign of [...SIGNS.hosts, ...SIGNS.kimi]) expect(printerOf(`x ${cased(sign) ? sign : sign.toUpperCase()} y`), sign).toBe('kimi');
    for (const sign of others) expect(printerOf(`x ${sign.toUpperCase()} y`), sign).toBe('other');
  });

  it("a name in its own case is a sign only in that case: a script's fetchUrl is not Kimi CLI's FetchURL", () => {
    for (const sign of SIGNS.kimi.filter(cased)) {
      expect(printerOf(`• ${sign} https://example.com/x`), sign).toBe('kimi');
      expect(printerOf(`at ${sign.toLowerCase()} (https://example.com/x)`), sign).toBe('other');
    }
  });

  it("on the text's own line, a sign of another program outweighs one of Kimi elsewhere: that line is its output", () => {
    const log = 'app INFO model=kimi-for-coding ready\ndb 2025-10-16 02:00:04.118 UTC [88412] FATAL:  terminating connection due to administrator command';
    const line = log.split('\n')[1];
    expect(printerOf(log, line)).toBe('other');
    expect(printerOf(log)).toBe('kimi');
    expect(printerOf(log, 'ERROR kimi call failed: canceled: context canceled')).toBe('kimi');
    expect(printerOf('docker logs app\nmodel=kimi-for-coding', 'canceled: context canceled')).toBe('kimi');
  });

  it("a web server's error page is the page of whichever server was called: a sign of Kimi around it outweighs it, even on its line", () => {
    const page = 'API Error: 502 <html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>';
    for (const sign of SIGNS.pages) expect(printerOf(`${sign} 502 Bad Gateway\nmodel: kimi-for-coding`, `${sign} 502 Bad Gateway`), sign).toBe('kimi');
    expect(printerOf(page, page)).toBe('other');
    expect(printerOf(`${page}\n(ANTHROPIC_BASE_URL=https://api.kimi.com/coding/)`, page)).toBe('kimi');
  });

  it('a sign of Kimi outweighs one of another program', () => {
    expect(printerOf('docker logs kimi-proxy: POST https://api.kimi.com/coding/v1/messages: context canceled')).toBe('kimi');
  });

  it('a URL to a named host that is not the service: another program', () => {
    expect(printerOf('Post "https://example.com/api": context canceled')).toBe('other');
    expect(printerOf('{"url":"https:\\/\\/hooks.internal.example\\/x"}')).toBe('other');
    expect(printerOf('Post "https://api.kimi.com/coding/v1/chat/completions": context canceled')).toBe('kimi');
    expect(printerOf('GET https://www.kimi.com/membership')).toBe('kimi');
    // Addresses and local names say nothing of who printed the text.
    expect(printerOf('read tcp 10.0.0.1:5555->10.0.0.2:443: i/o timeout (http://localhost:4000/v1)')).toBeNull();
  });

  it('nothing telling: null', () => {
    for (const text of ['context canceled', 'Error: 502 Bad Gateway', 'FATAL: terminating connection due to administrator command (SQLSTATE 57P03)']) expect(printerOf(text), text).toBeNull();
  });

  it('a short paste is all surroundings, blank lines or not: the request before a response, the settings after an error', () => {
    const paste = '$ curl -i https://api.kimi.com/coding/v1/chat/completions\nHTTP/2 504\n\n<html><title>504 Gateway Time-out</title></html>';
    const at = paste.indexOf('504 Gateway');
    expect(surroundings(paste, at, at + 20)).toBe(paste);
    // One line more, or a few characters more, and it is a log: the paragraph only.
    const log = `${'x\n'.repeat(16)}\n${paste}`;
    expect(surroundings(log, log.indexOf('504 Gateway'), log.indexOf('504 Gateway') + 20)).not.toContain('x');
    const long = `${'x'.repeat(2000)}\n\n${paste}`;
    expect(surroundings(long, long.indexOf('504 Gateway'), long.indexOf('504 Gateway') + 20)).not.toContain('x');
  });

  it("a text's own line: 0 lines each way, even in a short paste", () => {
    const lineOf = (input: string, start: number, end: number) => surroundings(input, start, end, 0);
    const input = 'one\ntwo three four\nfive';
    expect(lineOf(input, input.indexOf('three'), input.indexOf('three') + 5)).toBe('two three four');
    expect(lineOf(input, 0, 3)).toBe('one');
    expect(lineOf(input, input.indexOf('five'), input.length)).toBe('five');
    const huge = `${'a'.repeat(1_000_000)} the text ${'b'.repeat(1_000_000)}`;
    expect(lineOf(huge, huge.indexOf('the text'), huge.indexOf('the text') + 8).length).toBeLessThanOrEqual(4008);
  });

  it('surroundings: the line, and the rest of its paragraph up to 8 lines each way', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    lines[15] = 'the text';
    const input = lines.join('\n');
    const at = input.indexOf('the text');
    const around = surroundings(input, at, at + 'the text'.length).split('\n');
    expect(around).toEqual(lines.slice(7, 24));
    lines[12] = '';
    lines[17] = '   ';
    const paragraph = lines.join('\n');
    const from = paragraph.indexOf('the text');
    expect(surroundings(paragraph, from, from + 8).split('\n')).toEqual(lines.slice(13, 17));
  });

  it("in a log, a text's surroundings are its record: its first line and the lines after it that open none", () => {
    const around = (lines: string[], text: string) => {
      const input = [...Array.from({ length: 20 }, (_, i) => `filler ${i}`), '', ...lines].join('\n');
      return surroundings(input, input.indexOf(text), input.indexOf(text) + text.length).split('\n');
    };
    const json = ['{"ts":"2025-06-03T13:00:21Z","msg":"kimi request"}', '{"ts":"2025-06-03T13:00:22Z","error":"context canceled"}', '{"ts":"2025-06-03T13:00:23Z","msg":"kimi request"}'];
    expect(around(json, 'context canceled')).toEqual([json[1]]);
    const traceback = ['2025-06-03 10:00:01,002 INFO ready', '2025-06-03 10:00:02,118 ERROR request failed: context canceled', 'Traceback (most recent call last):', '  File "/app/kimi_cli/soul.py", line 9', '2025-06-03 10:00:03,001 INFO retrying'];
    expect(around(traceback, 'context canceled')).toEqual(traceback.slice(1, 4));
    const wrapped = ['12:00:01 ERROR upstream https://api.kimi.com/coding/v1 said:', '    context canceled', '12:00:02 INFO next'];
    expect(around(wrapped, 'context canceled')).toEqual(wrapped.slice(0, 2));
    // A command echoed by a terminal or a CI job opens its output; PowerShell's echo of a failing line does not.
    const shell = ['$ kimi -c "hi"', 'ok', '+ curl -fsS https://reports.example/upload', '502 Bad Gateway', 'curl: (22) error: 502', 'PS C:\\dev> .\\notify.ps1', 'sent'];
    expect(around(shell, '502 Bad Gateway')).toEqual(shell.slice(2, 5));
    const powershell = ['Invoke-RestMethod : 502 Bad Gateway', 'At C:\\dev\\call.ps1:7 char:9', '+ $resp = Invoke-RestMethod -Uri "https://api.kimi.com/coding/v1/chat/completions"', '+         ~~~~~~~~~~~~~~~~~'];
    expect(around(powershell, '502 Bad Gateway')).toEqual(powershell);
    // A response's Date header is no record of a log.
    const headers = ['HTTP/1.1 502 Bad Gateway', 'Date: Tue, 03 Jun 2025 10:11:12 GMT', 'Server: nginx', '502 Bad Gateway body'];
    expect(around(headers, '502 Bad Gateway body')).toEqual(headers);
  });

  it("a log's record with no sign at all was written by the logging program; a line that is no record, by nobody known", () => {
    expect(printerOf('', '2025-06-03T13:00:22Z WARN client went away: context canceled')).toBe('log');
    expect(printerOf('', 'time=2025-06-03T05:00:10.727Z level=WARN err="context canceled"')).toBe('log');
    expect(printerOf('', '2025-06-03T13:00:22Z WARN model=kimi-for-coding: context canceled')).toBe('kimi');
    expect(printerOf('', 'context canceled')).toBeNull();
  });

  it('surroundings of a text in a very long line are bounded', () => {
    const input = `${'a'.repeat(1_000_000)} the text ${'b'.repeat(1_000_000)}`;
    const at = input.indexOf('the text');
    expect(surroundings(input, at, at + 8).length).toBeLessThanOrEqual(4008);
  });
});
