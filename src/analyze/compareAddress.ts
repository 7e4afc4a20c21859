// The order of addresses, shared by every report: the CSV and JSON rows (sortOrder.ts) and the
// HTML page's Address columns, whose script bundles this module (src/report/html/page/).
// Code-unit text comparison, not localeCompare: the order must not depend on the machine's locale.
import { ipv4ToNumber } from './ipv4Cidr.js';

type Compare = (a: string, b: string) => number;

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * IPv4 addresses by number (9.x before 10.x), then anything else by `compareOther`. The page
 * passes a parse that looks up each distinct value parsed once, and its people-facing collation.
 */
export function addressComparator(
  numberOf: (text: string) => number | undefined = ipv4ToNumber,
  compareOther: Compare = compareText,
): Compare {
  return (a, b) => {
    const x = numberOf(a);
    const y = numberOf(b);
    if (x !== undefined && y !== undefined) return x - y;
    if (x !== undefined) return -1;
    if (y !== undefined) return 1;
    return compareOther(a, b);
  };
}

/** Numeric order for IPv4 addresses (9.x before 10.x), text order for anything else. */
export const compareAddress: Compare = /* @__PURE__ */ addressComparator();
