// Spreadsheets (Excel, LibreOffice, Sheets) run a cell as a formula when it starts with one of
// these characters, so a tag or description such as `=HYPERLINK(...)` would execute on open.
// OWASP's CSV-injection guidance: prefix such cells with a single quote, which the spreadsheet
// shows as text. The full-width forms are included because Apple Numbers normalises them to
// their ASCII twins before deciding.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/** Returns `value` prefixed with `'` if a spreadsheet would evaluate it, else unchanged. */
export function neutralizeFormula(value: string): string {
  const first = value[0];
  return first !== undefined && FORMULA_TRIGGERS.has(first) ? `'${value}` : value;
}
