/** `{epoch}_report.html`, next to the CSV and JSON files of the same scan. */
export function htmlReportFileName(epoch: number): string {
  // Same rule as the other reports: a fraction or exponent would give a name nobody expects.
  if (!Number.isSafeInteger(epoch) || epoch < 0) {
    throw new RangeError(`report epoch must be a non-negative integer of seconds, got ${epoch}`);
  }
  return `${epoch}_report.html`;
}
