// Money is computed at full precision and rounded to cents only here, where it is written.

/** Whole cents, rounding half up; `toPrecision` first drops float noise (1.005 * 100 = 100.4999…). */
function toCents(amount: number): number {
  return Math.round(Number((amount * 100).toPrecision(12)));
}

/** The amount rounded to cents, as a number (for report.json). */
export function roundCents(amount: number): number {
  return toCents(amount) / 100;
}

/** `3.65`: two decimals, no currency sign or grouping (for CSV cells). */
export function formatUsd(amount: number): string {
  return (toCents(amount) / 100).toFixed(2);
}

/** `$1,234.50`: grouped for people (for the job summary). */
export function formatUsdForPeople(amount: number): string {
  const [whole = '0', cents = '00'] = formatUsd(amount).split('.');
  return `$${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}
