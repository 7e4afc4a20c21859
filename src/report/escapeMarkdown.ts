// Text from AWS resources (descriptions, tags, names) and from error messages is written by
// whoever controls those resources. In a job summary or PR comment it must stay text: no
// links, images, HTML, table breaks or emphasis. Each character that could start markup becomes
// a numeric character reference, which CommonMark renders as the character but never parses as
// syntax, and which is equally inert inside HTML.
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  // No @mention or #123 reference may ping people or link issues from a PR comment.
  '@': '&#64;',
  '#': '&#35;',
};

/** Inline-safe text for markdown and HTML: markup escaped, line breaks and controls as spaces. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // A line break would end a table row or start a block; other controls have no place.
      // eslint-disable-next-line no-control-regex
      .replace(/\r\n|[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
      .replace(/[&<>"'|`*_[\]\\@#]/g, (char) => REFERENCES[char] ?? char)
  );
}

/** At most `max` characters (whole code points) of `text`, marking a cut with `…`; not escaped. */
export function clip(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
