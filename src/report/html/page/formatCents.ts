// Money arrives in the page as whole cents; it is written with the job summary's own formatter,
// so a figure reads the same in every report.
import { formatUsdForPeople } from '../../../format/formatUsd.js';

/** `$1,234.50` from 123450. */
export function formatCents(cents: number): string {
  return formatUsdForPeople(cents / 100);
}
