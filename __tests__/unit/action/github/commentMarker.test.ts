// The hidden marker that finds a workflow's PR comment again: one per workflow, and nothing in a
// workflow's name can end the HTML comment early and show up in (or break) the comment.
import { describe, expect, it } from 'vitest';
import { commentMarker } from '../../../../src/action/github/prComment.js';

describe('commentMarker', () => {
  it.each([
    ['.github/workflows/ipv4.yml', '<!-- aws-ipv4-audit workflow: .github/workflows/ipv4.yml -->'],
    [
      '.github/workflows/ipv4-audit.yaml',
      '<!-- aws-ipv4-audit workflow: .github/workflows/ipv4-audit.yaml -->',
    ],
    ['IPv4 audit', '<!-- aws-ipv4-audit workflow: IPv4 audit -->'],
    ['audit --> <b>x</b>', '<!-- aws-ipv4-audit workflow: audit -%2D%3E %3Cb%3Ex%3C/b%3E -->'],
    ['a--!>b', '<!-- aws-ipv4-audit workflow: a-%2D%21%3Eb -->'],
    ['---', '<!-- aws-ipv4-audit workflow: -%2D%2D -->'],
    ['two\nlines', '<!-- aws-ipv4-audit workflow: two%0Alines -->'],
    ['50% über', '<!-- aws-ipv4-audit workflow: 50%25 %C3%BCber -->'],
  ])('names %j', (workflow, marker) => {
    expect(commentMarker(workflow)).toBe(marker);
  });

  it.each(['-->', '--!>', '<!--', 'x-', '->', '>', '<!-', '-- >', 'a -->\n<!--'])(
    'keeps %j inside one comment',
    (workflow) => {
      const marker = commentMarker(workflow);
      const inner = marker.slice('<!--'.length, -'-->'.length);
      expect(marker.startsWith('<!-- aws-ipv4-audit workflow: ')).toBe(true);
      expect(marker.endsWith(' -->')).toBe(true);
      expect(inner).not.toMatch(/--|[<>!\n]/);
    },
  );

  it('differs between workflows whose names share a beginning', () => {
    const short = commentMarker('IPv4');
    const long = commentMarker('IPv4 nightly');
    expect(long.startsWith(short)).toBe(false);
    expect(short.startsWith(long)).toBe(false);
  });
});
