// Text from AWS resources (descriptions, tags, names) and from error messages is written by
// whoever controls those resources. In a job summary or PR comment it must stay text: no
// links, images, HTML, table breaks, emphasis, @mentions or #references.
//
// `codeSpan` is the first choice: GitHub neither mentions nor links inside code. `escapeMarkdown`
// is for prose that embeds such text: markup characters become numeric character references
// (rendered as the character, never parsed as syntax, equally inert in HTML). References do not
// stop mentions or autolinks, since GitHub decodes them before it looks for those, so `@`, `#`,
// `GH-` before a number (an issue reference too), `://` and `www.` get an invisible WORD JOINER
// (U+2060) that breaks the pattern.
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
  '~': '&#126;',
  // Joined on both sides: after, so it is no mention; before, so it ends no email address.
  '@': '\u2060@\u2060',
  '#': '#\u2060',
};

const JOINER = '\u2060';

/** Line breaks and other controls would end a table row or start a block: spaces instead. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
}

/** Inline-safe text for markdown and HTML: markup escaped, mentions and autolinks broken. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/www\./gi, (www) => `${www.slice(0, 3)}${JOINER}.`)
    .replace(/\bgh-(?=\d)/gi, (gh) => `${gh}${JOINER}`)
    .replace(/[&<>"'|`*_[\]\\~@#]/g, (char) => REFERENCES[char] ?? char);
}

/**
 * `text` as an inline code span that is also safe in a table cell: its fence is longer than any
 * run of backticks inside, and `|` (which ends a cell even inside code) becomes `¦`. Empty text
 * gives an empty string, not an empty span.
 */
export function codeSpan(text: string): string {
  const content = oneLine(text).replace(/\|/g, '¦');
  if (content.trim() === '') return '';
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side keeps a leading or trailing backtick out of the fence; CommonMark
  // strips exactly one from each side.
  const pad = /^[`\s]|[`\s]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** At most `max` characters (whole code points) of `text`, marking a cut with `…`; not escaped. */
export function clip(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
