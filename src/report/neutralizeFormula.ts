// Spreadsheets (Excel, LibreOffice, Sheets) run a cell as a formula when it starts with one of
// these characters, so a tag or description such as `=HYPERLINK(...)` would execute on open.
// OWASP's CSV-injection guidance: prefix such cells with a single quote, which the spreadsheet
// shows as text. The full-width forms are included because Apple Numbers normalises them to
// their ASCII twins before deciding.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/**
 * What some importers drop before they look at a cell: whitespace (Unicode's too, the BOM and the
 * zero-width characters) and a leading double quote.
 */
const SKIPPED_LEAD = /^[\s\u200b-\u200d\u2060"]+/;

/** Returns `value` prefixed with `'` if a spreadsheet would evaluate it, else unchanged. */
export function neutralizeFormula(value: string): string {
  const first = value[0];
  if (first === undefined) return value;
  const afterLead = value.replace(SKIPPED_LEAD, '')[0];
  const trigger =
    FORMULA_TRIGGERS.has(first) || (afterLead !== undefined && FORMULA_TRIGGERS.has(afterLead));
  return trigger ? `'${value}` : value;
}
