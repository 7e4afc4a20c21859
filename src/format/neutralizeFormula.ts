// Spreadsheets (Excel, LibreOffice, Sheets) run a cell as a formula when it starts with one of
// `= + - @`, so a tag or description such as `=HYPERLINK(...)` would execute on open. OWASP's
// CSV-injection guidance: prefix such cells with a single quote, which the spreadsheet shows as
// text. The full-width forms are included because Apple Numbers normalises them to their ASCII
// twins before deciding. Some importers first drop whitespace (Unicode's too), control and format
// characters (the BOM, zero-width characters, direction marks, the soft hyphen) and a leading
// double quote; and a spreadsheet in a semicolon locale, or a tab importer, starts a cell after a
// `;` or a tab whatever the quotes.
const FORMULA_AT = /([;\t]|^)(?=[\s\p{Cc}\p{Cf}"]*[=+\-@＝＋－＠])/gu;

/** A tab or a carriage return first is a trigger of its own. */
const CONTROL_FIRST = /^[\t\r]/;

/**
 * Most cells (ids, numbers, words) start with a letter or a digit and hold no `;` or tab: then
 * neither pattern can match, and the regular expressions are not run (50,000 rows of 28 cells).
 */
function cannotTrigger(value: string): boolean {
  if (value.indexOf(';') !== -1 || value.indexOf('\t') !== -1) return false;
  const c = value.charCodeAt(0);
  return (
    value === '' ||
    (c >= 0x30 && c <= 0x39) || // 0-9
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x61 && c <= 0x7a) // a-z
  );
}

/**
 * `value` with a `'` before anything a spreadsheet would evaluate: at its start, and after a `;`
 * or a tab; else unchanged.
 */
export function neutralizeFormula(value: string): string {
  if (cannotTrigger(value)) return value;
  const marked = value.replace(FORMULA_AT, "$1'");
  return CONTROL_FIRST.test(value) && !marked.startsWith("'") ? `'${marked}` : marked;
}
