// What the gate counts in a scan: pure counting, before any threshold is looked at. Suppressed
// findings never count; with a baseline (gate-on: new) only what is new since it counts. A
// threshold of thresholds.ts reads its count (and the first few of what it counted) from here.
import { isNewSinceBaseline, type Baseline } from '../analyze/baselineDiff.js';
import { describePolicyDenial } from '../analyze/policyDenials.js';
import { eipFindingKey } from '../analyze/findingKeys.js';
import type { Coverage } from '../model/coverage.js';
import type { ElasticIp, EniPublicIp } from '../model/findings.js';
import type { ScanResult } from '../model/scanResult.js';
import { EXAMPLES } from './gateCheck.js';

export interface GateCounts {
  highSuspicion: number;
  /** Unassociated Elastic IPs that cost money (BYOIP addresses are free and not counted). */
  unassociatedEips: number;
  scanErrors: number;
  /** Findings a suppression accepted: left out of the counts above. */
  suppressed: number;
  /** `new` when only findings absent from a baseline count. */
  scope: 'all' | 'new';
  /** The HIGH addresses that counted, for messages (first few). */
  highExamples: string[];
  unassociatedExamples: string[];
  coverage: Coverage;
  /** Account-regions an organisation policy denied, and the first few, for messages. */
  policyDenied: number;
  policyDeniedExamples: string[];
}

const describeIp = (ip: EniPublicIp) =>
  `${ip.address} (${ip.interfaceId}, ${ip.ownerAccountId} ${ip.region})`;
const describeEip = (eip: ElasticIp) =>
  `${eip.publicIp} (${eip.allocationId ?? 'no allocation id'}, ${eip.accountId} ${eip.region})`;

export function gateCounts(result: ScanResult, baseline?: Baseline): GateCounts {
  const high = result.eniPublicIps.filter(
    (ip) =>
      ip.suspicion === 'HIGH' &&
      ip.suppressionReason === undefined &&
      (baseline === undefined || isNewSinceBaseline(ip, baseline)),
  );
  const unassociated = result.unassociatedEips.filter(
    (eip) =>
      !eip.byoip &&
      eip.suppressionReason === undefined &&
      (baseline === undefined || !baseline.unassociatedEips.has(eipFindingKey(eip))),
  );
  const suppressed = [
    ...result.eniPublicIps,
    ...result.associatedEips,
    ...result.unassociatedEips,
  ].filter((row) => row.suppressionReason !== undefined).length;
  return {
    highSuspicion: high.length,
    unassociatedEips: unassociated.length,
    scanErrors: result.scanErrors.length,
    suppressed,
    scope: baseline === undefined ? 'all' : 'new',
    highExamples: high.slice(0, EXAMPLES).map(describeIp),
    unassociatedExamples: unassociated.slice(0, EXAMPLES).map(describeEip),
    coverage: result.coverage,
    policyDenied: result.policyDenied.length,
    policyDeniedExamples: result.policyDenied.slice(0, EXAMPLES).map(describePolicyDenial),
  };
}
