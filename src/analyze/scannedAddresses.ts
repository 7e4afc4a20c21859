// Every public IPv4 address the scan holds, once per (account, region, address): what the
// reconciliations with AWS's records (ipamReconciliation.ts, billingReconciliation.ts) compare.
// An Elastic IP on an interface is one address, however many report rows show it.
import { GLOBAL_REGION } from '../model/coverage.js';
import { vpnAddresses } from './cost.js';
import { compareAddress, compareTargets } from './sortOrder.js';
import type { Findings } from '../model/findings.js';

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

export function scannedAddresses(findings: Findings): ScannedAddress[] {
  const byKey = new Map<string, ScannedAddress>();
  const add = (accountId: string, region: string, address: string, byoip = false, idle = false) => {
    if (address === '') return;
    const key = `${accountId}\u0000${region}\u0000${address}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.byoip ||= byoip;
      seen.idle ||= idle;
    } else {
      byKey.set(key, { accountId, region, address, byoip, idle });
    }
  };
  for (const ip of findings.eniPublicIps) add(ip.ownerAccountId, ip.region, ip.address, ip.byoip);
  for (const eip of findings.associatedEips)
    add(eip.accountId, eip.region, eip.publicIp, eip.byoip);
  for (const eip of findings.unassociatedEips) {
    add(eip.accountId, eip.region, eip.publicIp, eip.byoip, true);
  }
  for (const vpn of findings.vpnConnections) {
    for (const address of vpnAddresses(vpn)) add(vpn.accountId, vpn.region, address);
  }
  for (const accelerator of findings.globalAccelerators) {
    for (const address of accelerator.allAddresses) {
      add(accelerator.ownerAccountId, GLOBAL_REGION, address);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => compareTargets(a, b) || compareAddress(a.address, b.address),
  );
}
