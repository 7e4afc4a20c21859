// Joins the findings of every account-region into the report rows: shared-subnet duplicates
// removed and every list in one order, whatever order the concurrent scan finished in.
import { dedupeEniPublicIps, dedupeSubnets } from './dedupe.js';
import {
  compareAcceleratorIps,
  compareAutoAssignSubnets,
  compareElasticIps,
  compareEniPublicIps,
  compareVpnPublicIps,
} from './sortOrder.js';
import type { AcceleratorIps, Findings, RegionFindings } from '../model/findings.js';

export function mergeFindings(
  findings: readonly RegionFindings[],
  accelerators: readonly AcceleratorIps[],
): Findings {
  const all = <K extends keyof RegionFindings>(key: K): RegionFindings[K] =>
    findings.flatMap((f) => f[key] as RegionFindings[K][number][]) as RegionFindings[K];
  return {
    eniPublicIps: dedupeEniPublicIps(all('eniPublicIps')).sort(compareEniPublicIps),
    associatedEips: all('associatedEips').sort(compareElasticIps),
    unassociatedEips: all('unassociatedEips').sort(compareElasticIps),
    autoAssignSubnets: dedupeSubnets(all('autoAssignSubnets')).sort(compareAutoAssignSubnets),
    vpnConnections: all('vpnConnections').sort(compareVpnPublicIps),
    globalAccelerators: [...accelerators].sort(compareAcceleratorIps),
  };
}
