// Comparators that give the coverage reports one order whatever order the concurrent scan finished
// in (each kind of finding has its own, in its module in kinds/).
// Keys compare left to right, `||` moving on only on ties. Text and address order are in
// compareAddress.ts, which the HTML page's script shares.
import { compareAddress, compareText } from './compareAddress.js';
import type { ScanError, UncheckedAccount } from '../model/scanResult.js';

export { compareAddress, compareText };

/** By account, then region: scan targets, coverage gaps, anything of one account-region. */
export function compareTargets(
  a: { accountId: string; region: string },
  b: { accountId: string; region: string },
): number {
  return compareText(a.accountId, b.accountId) || compareText(a.region, b.region);
}

export function compareUncheckedAccounts(a: UncheckedAccount, b: UncheckedAccount): number {
  return compareText(a.accountId, b.accountId);
}

export function compareScanErrors(a: ScanError, b: ScanError): number {
  return (
    compareText(a.accountId, b.accountId) ||
    compareText(a.region, b.region) ||
    compareText(a.api, b.api) ||
    compareText(a.errorCode, b.errorCode) ||
    compareText(a.message, b.message)
  );
}
