// Text from AWS resources (descriptions, names, guessed interface types) and from endpoints
// (error messages) reaches the terminal: a control character in it could move the cursor, set
// the window title or hide lines, and a bidirectional override could reorder what is read. It is
// shown as text instead.

// C0 and C1 controls, DEL, and the Unicode bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of text, safe to print: whitespace controls become spaces, other controls `?`. */
export function printable(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ').replace(UNSAFE, '?');
}

/** Each line of `text` made printable, the line breaks kept (stack traces read as lines). */
export function printableLines(text: string): string {
  return text.split(/\r?\n/).map(printable).join('\n');
}
