import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { SIGNS } from '../../src/lib/catalogue/signs.ts';
import { createPrinterReader, surroundings } from '../../src/lib/lookup/context.ts';
import { buildLookupIndex } from '../../src/lib/lookup/index.ts';

const printerOf = createPrinterReader(SIGNS);
const all = [...SIGNS.hosts, ...SIGNS.kimi, ...SIGNS.other];

describe('the signs, as data', () => {
  it('are lower case, trimmed, each listed once', () => {
    for (const sign of all) expect(sign, sign).toBe(sign.trim().toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });

  it('hosts are bare host names', () => {
    for (const host of SIGNS.hosts) expect(host).toMatch(/^[a-z\d-]+(?:\.[a-z\d-]+)+$/);
  });

  it('no sign of another program is part of a sign of Kimi, or the other way round', () => {
    for (const kimi of [...SIGNS.hosts, ...SIGNS.kimi]) for (const other of SIGNS.other) expect(kimi.includes(other) || other.includes(kimi), `${kimi} / ${other}`).toBe(false);
  });

  it('no catalogue message is itself a sign: the server words around a borrowed text never decide alone', () => {
    for (const entry of loadCatalogue()) {
      for (const { template } of entry.messages) for (const sign of SIGNS.other) expect(template.toLowerCase().includes(sign), `${entry.slug}: ${sign}`).toBe(false);
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
    for (const sign of [...SIGNS.hosts, ...SIGNS.kimi]) expect(printerOf(`x ${sign.toUpperCase()} y`), sign).toBe('kimi');
    for (const sign of SIGNS.other) expect(printerOf(`x ${sign.toUpperCase()} y`), sign).toBe('other');
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

  it('surroundings of a text in a very long line are bounded', () => {
    const input = `${'a'.repeat(1_000_000)} the text ${'b'.repeat(1_000_000)}`;
    const at = input.indexOf('the text');
    expect(surroundings(input, at, at + 8).length).toBeLessThanOrEqual(4008);
  });
});
