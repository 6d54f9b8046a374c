import { describe, expect, it } from 'vitest';
import { bodyProblems } from '../../src/lib/catalogue/body.ts';

/** What in an entry's body is refused before it reaches a page: raw HTML and links that run script. */

describe('raw HTML in a body', () => {
  it('is quoted whole up to 60 characters', () => {
    const tag = `<span title=${'x'.repeat(47)}>`;
    expect(tag).toHaveLength(60);
    expect(bodyProblems(`Some words.\n\n${tag}\n`)).toEqual([
      { line: 3, message: `raw HTML "${tag}": entries are Markdown only; show a tag as code, in backticks` },
    ]);
  });

  it('is cut after 60 characters, with an ellipsis', () => {
    const tag = `<span title=${'x'.repeat(48)}>`;
    expect(bodyProblems(tag)).toEqual([
      { line: 1, message: `raw HTML "${tag.slice(0, 60)}…": entries are Markdown only; show a tag as code, in backticks` },
    ]);
  });

  it('is not the attributes of a directive, which the page renders as text', () => {
    expect(bodyProblems('See :abbr[API]{title="<b>application</b> interface"}.\n')).toEqual([]);
  });
});

describe('links in a body', () => {
  it('may lead to web pages and mail', () => {
    expect(bodyProblems('See [the console](http://platform.example.com/) or [write](mailto:help@example.com).\n')).toEqual([]);
  });

  it('may not run script', () => {
    expect(bodyProblems('[Open](javascript:alert(1))\n')).toEqual([
      { line: 1, message: 'link to "javascript:alert(1)": only http, https, mailto and site-relative links are allowed' },
    ]);
  });

  it('are not what a footnote says, which the page renders as text (GitHub Markdown, as on the page)', () => {
    expect(bodyProblems('The console prints it[^1].\n\n[^1]: javascript:void(0) "the address of a link that does nothing"\n')).toEqual([]);
  });
});
