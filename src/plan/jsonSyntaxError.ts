// What is wrong with a text JSON.parse refused, in one line a person can act on. V8's messages
// quote a snippet of the text (which may hold newlines or anything else the file holds) and, from
// Node 22, a line and column; this keeps the kind of error, drops the snippet, and computes the
// line and column itself so the message is the same on every Node version.

/** `unexpected character 'x'`, `expected ':' after property name at line 3, column 7`, ... */
export function jsonSyntaxError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const token = /^Unexpected token '([\s\S]+?)', (?:\.\.\.)?"/.exec(message);
  if (token) return `unexpected character '${printable(token[1] ?? '')}'`;
  const at = /^([\s\S]*?) (in|after) JSON at position (\d+)/.exec(message);
  if (at) {
    const { line, column } = lineAndColumn(text, Number(at[3]));
    const after = at[2] === 'after' ? ' after the JSON value' : '';
    return `${lowerFirst(at[1] ?? '')}${after} at line ${line}, column ${column}`;
  }
  if (/^Unexpected end of JSON input/.test(message)) return 'it ends in the middle of a value';
  return lowerFirst(printable(message.split('\n')[0] ?? ''));
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Control and non-ASCII characters as `\uXXXX`, so the message stays one plain line. */
function printable(text: string): string {
  return text.replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
