// The build gate: pure counting against the thresholds the user set. Suppressed findings never
// count; with a baseline (gate-on: new) only what is new since it counts.
import { isNewSinceBaseline, type Baseline } from './analyze/baselineDiff.js';
import { eipFindingKey } from './analyze/findingKeys.js';
import type { ElasticIp, EniPublicIp } from './analyze/types.js';
import type { Thresholds } from './options.js';
import type { ScanResult } from './scanResult.js';

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
}

export interface GateViolation {
  input: string;
  count: number;
  limit: number;
  message: string;
}

export interface GateResult {
  passed: boolean;
  counts: GateCounts;
  violations: GateViolation[];
}

const EXAMPLES = 5;

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
  };
}

function over(
  input: string,
  what: string,
  count: number,
  limit: number | undefined,
  examples: string[],
) {
  if (limit === undefined || count <= limit) return [];
  const more = count > examples.length ? `, and ${count - examples.length} more` : '';
  return [
    {
      input,
      count,
      limit,
      message: `${count} ${what} exceed '${input}' (${limit}) by ${count - limit}: ${examples.join(', ')}${more}`,
    },
  ];
}

export function evaluateGate(counts: GateCounts, thresholds: Thresholds): GateResult {
  const fresh = counts.scope === 'new' ? 'new ' : '';
  const violations: GateViolation[] = [
    ...over(
      'max-high-suspicion',
      `${fresh}HIGH-suspicion public IPs`,
      counts.highSuspicion,
      thresholds.maxHighSuspicion,
      counts.highExamples,
    ),
    ...over(
      'max-unassociated-eips',
      `${fresh}unassociated Elastic IPs`,
      counts.unassociatedEips,
      thresholds.maxUnassociatedEips,
      counts.unassociatedExamples,
    ),
  ];
  if (thresholds.failOnScanErrors && counts.scanErrors > 0) {
    violations.push({
      input: 'fail-on-scan-errors',
      count: counts.scanErrors,
      limit: 0,
      message: `${counts.scanErrors} AWS call(s) failed and 'fail-on-scan-errors' is true`,
    });
  }
  return { passed: violations.length === 0, counts, violations };
}
