// The headline counts of a scan, shared by report.json and the job summary so both say the same.
import { vpnAddresses, type CostSummary } from '../analyze/cost.js';
import type { Suspicion } from '../analyze/types.js';
import type { ScanResult } from '../scan/scanResult.js';

export interface ReportTotals {
  /** Distinct public IPv4 addresses across every source, each counted once. */
  publicIpv4Addresses: number;
  /** Public IPv4 addresses on network interfaces (eni_public_ips rows). */
  eniPublicIps: number;
  byAddressType: { elasticIp: number; publicIp: number };
  bySuspicion: Record<Suspicion, number>;
  associatedEips: number;
  unassociatedEips: number;
  /** Unassociated Elastic IPs that are charged (not BYOIP). */
  unassociatedEipsCharged: number;
  byoipAddresses: number;
  autoAssignSubnets: number;
  vpnConnections: number;
  vpnPublicIps: number;
  globalAccelerators: number;
  globalAcceleratorIps: number;
  accountsScanned: number;
  accountRegionsScanned: number;
  uncheckedAccounts: number;
  scanErrors: number;
  /** Account-regions an organisation policy denied (not scan errors). */
  policyDenied: number;
}

export function reportTotals(result: ScanResult, cost: CostSummary): ReportTotals {
  const bySuspicion: Record<Suspicion, number> = { LOW: 0, MODERATE: 0, HIGH: 0, UNKNOWN: 0 };
  let elasticIp = 0;
  for (const ip of result.eniPublicIps) {
    bySuspicion[ip.suspicion] += 1;
    if (ip.addressType === 'Elastic IP') elasticIp += 1;
  }
  return {
    publicIpv4Addresses: cost.addressCount,
    eniPublicIps: result.eniPublicIps.length,
    byAddressType: { elasticIp, publicIp: result.eniPublicIps.length - elasticIp },
    bySuspicion,
    associatedEips: result.associatedEips.length,
    unassociatedEips: result.unassociatedEips.length,
    unassociatedEipsCharged: result.unassociatedEips.filter((eip) => !eip.byoip).length,
    byoipAddresses: cost.byoipAddressCount,
    autoAssignSubnets: result.autoAssignSubnets.length,
    vpnConnections: result.vpnConnections.length,
    vpnPublicIps: result.vpnConnections.reduce((n, v) => n + vpnAddresses(v).length, 0),
    globalAccelerators: result.globalAccelerators.length,
    globalAcceleratorIps: result.globalAccelerators.reduce((n, a) => n + a.allAddresses.length, 0),
    accountsScanned: result.accountsScanned.length,
    accountRegionsScanned: result.targets.length,
    uncheckedAccounts: result.uncheckedAccounts.length,
    scanErrors: result.scanErrors.length,
    policyDenied: result.policyDenied.length,
  };
}
