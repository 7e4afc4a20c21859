// Every public IPv4 address the scan holds, once per (account, region, address): what the
// reconciliations with AWS's records (ipamReconciliation.ts, billingReconciliation.ts) compare.
// An Elastic IP on an interface is one address, however many report rows show it. The records
// come from the kinds of finding (kinds/findingAddresses.ts), which sit above analyze/.
import type { AddressRecord } from './scope.js';
import { compareAddress, compareTargets } from './sortOrder.js';

/** An address where a finding holds it, and whether it is billed as idle. */
export interface FoundAddress extends AddressRecord {
  idle: boolean;
}

export interface ScannedAddress {
  /** The account holding it: the interface's owner, the Elastic IP's or connection's account. */
  accountId: string;
  /** Its region; `global` for accelerator addresses, as coverage names their listing. */
  region: string;
  address: string;
  /** BYOIP: counted, never charged. */
  byoip: boolean;
  /** An Elastic IP associated with nothing: billed as idle. */
  idle: boolean;
}

export function scannedAddresses(found: Iterable<FoundAddress>): ScannedAddress[] {
  const byKey = new Map<string, ScannedAddress>();
  for (const { accountId, region, address, byoip, idle } of found) {
    if (address === '') continue;
    const key = `${accountId}\u0000${region}\u0000${address}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.byoip ||= byoip;
      seen.idle ||= idle;
    } else {
      byKey.set(key, { accountId, region, address, byoip, idle });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => compareTargets(a, b) || compareAddress(a.address, b.address),
  );
}
