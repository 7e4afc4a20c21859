// Spreadsheets (Excel, LibreOffice, Sheets) run a cell as a formula when it starts with one of
// these characters, so a tag or description such as `=HYPERLINK(...)` would execute on open.
// OWASP's CSV-injection guidance: prefix such cells with a single quote, which the spreadsheet
// shows as text. The full-width forms are included because Apple Numbers normalises them to
// their ASCII twins before deciding.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/**
 * What some importers drop before they look at a cell: whitespace (Unicode's too), control and
 * format characters (the BOM, zero-width characters, direction marks, the soft hyphen) and a
 * leading double quote.
 */
const SKIPPED_LEAD = /^[\s\p{Cc}\p{Cf}"]+/u;

/** A separator in some locales and importers, then what could start a formula cell. */
const SPLIT_FORMULA = /([;\t])(?=[\s\p{Cc}\p{Cf}"]*[=+\-@＝＋－＠])/gu;

/**
 * `value` with a `'` before anything a spreadsheet would evaluate: at its start, and after a `;`
 * or a tab (where a semicolon locale or a tab importer starts a cell); else unchanged.
 */
export function neutralizeFormula(value: string): string {
  const first = value[0];
  if (first === undefined) return value;
  const afterLead = value.replace(SKIPPED_LEAD, '')[0];
  const trigger =
    FORMULA_TRIGGERS.has(first) || (afterLead !== undefined && FORMULA_TRIGGERS.has(afterLead));
  // A spreadsheet that splits on `;` or a tab would start a cell after it, quotes or not.
  const inner = value.replace(SPLIT_FORMULA, "$1'");
  return trigger ? `'${inner}` : inner;
}
