import { describe, expect, it } from 'vitest';
import { inspectMarkdown, pingsAndReferences } from '../../../__fixtures__/markdownInspection.js';
import { clip, codeSpan, escapeMarkdown } from '../../../src/report/escapeMarkdown.js';

const WJ = '\u2060';

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ['a | b', 'a &#124; b'],
    ['[x](javascript:alert(1))', '&#91;x&#93;(javascript:alert(1))'],
    ['![x](https://evil/x.png)', `!&#91;x&#93;(https:${WJ}//evil/x.png)`],
    ['`code` *bold* _em_', '&#96;code&#96; &#42;bold&#42; &#95;em&#95;'],
    ["it's & \\", 'it&#39;s &amp; &#92;'],
    ['&lt;already&gt;', '&amp;lt;already&amp;gt;'],
    ['line1\nline2\r\nline3\rline4', 'line1 line2 line3 line4'],
    ['tab\there\u0000nul\u2028sep', 'tab here nul sep'],
    ['ping @octocat about #42', `ping ${WJ}@${WJ}octocat about #${WJ}42`],
    ['see www.evil.example', `see www${WJ}.evil.example`],
    ['app/GH-1/50dc, gh-22', `app/GH-${WJ}1/50dc, gh-${WJ}22`],
    ['~~struck~~', '&#126;&#126;struck&#126;&#126;'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    'web-server',
    'Primary network interface',
    'high-1 sigh-2 GH-x',
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

const PAYLOADS = [
  '@org/team please look',
  '&#64;team',
  'see #1 and org/repo#2',
  'fixed in GH-12 and gh-3',
  'https://evil.example/login',
  'WWW.evil.example',
  'mail admin@evil.example',
  '`x` ``y`` end`',
  '<!-- hidden --> <b>bold</b> | cell',
  '[click](https://evil.example) ![i](https://evil.example/i.png)',
];

describe.each([
  ['escapeMarkdown', escapeMarkdown],
  ['codeSpan', codeSpan],
])('%s in a table cell and in prose', (_name, inert) => {
  it.each(PAYLOADS)(
    'leaves %j with no mention, reference, link, markup or extra cell',
    (payload) => {
      const markdown = `| a | b |\n| --- | --- |\n| ${inert(payload)} | x |\n\n- ${inert(payload)}\n`;
      const read = inspectMarkdown(markdown);
      expect(read.links).toEqual([]);
      expect(read.html).toEqual([]);
      expect(pingsAndReferences(read)).toEqual([]);
      expect(read.tables).toEqual([[2, 2]]);
    },
  );
});

describe('codeSpan', () => {
  it.each([
    ['plain', '`plain`'],
    ['a `tick` inside', '``a `tick` inside``'],
    ['`edge`', '`` `edge` ``'],
    ['a | b', '`a ¦ b`'],
    ['two\nlines', '`two lines`'],
    ['', ''],
    ['   ', ''],
  ])('%j -> %j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });

  it('shows the text itself, whatever backticks it holds', () => {
    for (const text of ['``', 'a```b', '` lead', 'trail `']) {
      expect(inspectMarkdown(codeSpan(text)).code).toEqual([text]);
    }
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
