import { describe, expect, it } from 'vitest';
import { clip, escapeMarkdown } from '../../../src/report/escapeMarkdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ['a | b', 'a &#124; b'],
    ['[x](javascript:alert(1))', '&#91;x&#93;(javascript:alert(1))'],
    ['![x](https://evil/x.png)', '!&#91;x&#93;(https://evil/x.png)'],
    ['`code` *bold* _em_', '&#96;code&#96; &#42;bold&#42; &#95;em&#95;'],
    ["it's & \\", 'it&#39;s &amp; &#92;'],
    ['&lt;already&gt;', '&amp;lt;already&amp;gt;'],
    ['line1\nline2\r\nline3\rline4', 'line1 line2 line3 line4'],
    ['tab\there\u0000nul\u2028sep', 'tab here nul sep'],
    ['ping @octocat about #42', 'ping &#64;octocat about &#35;42'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    'web-server',
    'Primary network interface',
    'eni-0a1 10.0.0.5 (prod)',
    'café ✓ 東京',
    '',
  ])('leaves %j alone', (input) => {
    expect(escapeMarkdown(input)).toBe(input);
  });

  it('leaves no character that could start markup or end a table cell', () => {
    const hostile = '<a href="x">|[y](z)`*_\\\'\n';
    expect(escapeMarkdown(hostile)).not.toMatch(/[<>"'|[\]`*_\\\n]/);
  });
});

describe('clip', () => {
  it('keeps short text', () => {
    expect(clip('abc', 3)).toBe('abc');
  });

  it('cuts long text with an ellipsis, within the limit', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
  });

  it('never splits a surrogate pair', () => {
    expect(clip('😀😀😀', 2)).toBe('😀…');
  });
});
