// Comparators that give every report one order whatever order the concurrent scan finished in.
// Keys compare left to right, `||` moving on only on ties. Text and address order are in
// compareAddress.ts, which the HTML page's script shares.
import { compareAddress, compareText } from './compareAddress.js';
import type {
  AcceleratorIps,
  AutoAssignSubnet,
  ElasticIp,
  EniPublicIp,
  ScanError,
  UncheckedAccount,
  VpnPublicIps,
} from './types.js';

export { compareAddress, compareText };

export function compareEniPublicIps(a: EniPublicIp, b: EniPublicIp): number {
  return (
    compareText(a.ownerAccountId, b.ownerAccountId) ||
    compareText(a.region, b.region) ||
    compareText(a.interfaceId, b.interfaceId) ||
    compareAddress(a.address, b.address) ||
    compareText(a.scannedAccountId, b.scannedAccountId)
  );
}

export function compareElasticIps(a: ElasticIp, b: ElasticIp): number {
  return (
    compareText(a.accountId, b.accountId) ||
    compareText(a.region, b.region) ||
    compareAddress(a.publicIp, b.publicIp) ||
    compareText(a.allocationId ?? '', b.allocationId ?? '')
  );
}

export function compareAutoAssignSubnets(a: AutoAssignSubnet, b: AutoAssignSubnet): number {
  return (
    compareText(a.ownerAccountId, b.ownerAccountId) ||
    compareText(a.region, b.region) ||
    compareText(a.vpcId, b.vpcId) ||
    compareText(a.subnetId, b.subnetId) ||
    compareText(a.scannedAccountId, b.scannedAccountId)
  );
}

export function compareVpnPublicIps(a: VpnPublicIps, b: VpnPublicIps): number {
  return (
    compareText(a.accountId, b.accountId) ||
    compareText(a.region, b.region) ||
    compareText(a.connectionId, b.connectionId)
  );
}

export function compareAcceleratorIps(a: AcceleratorIps, b: AcceleratorIps): number {
  return compareText(a.ownerAccountId, b.ownerAccountId) || compareText(a.arn, b.arn);
}

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
