// The build gate: pure counting against the thresholds the user set.
import type { Thresholds } from './options.js';
import type { ScanResult } from './scanResult.js';

export interface GateCounts {
  highSuspicion: number;
  /** Unassociated Elastic IPs that cost money (BYOIP addresses are free and not counted). */
  unassociatedEips: number;
  scanErrors: number;
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

export function gateCounts(result: ScanResult): GateCounts {
  return {
    highSuspicion: result.eniPublicIps.filter((ip) => ip.suspicion === 'HIGH').length,
    unassociatedEips: result.unassociatedEips.filter((eip) => !eip.byoip).length,
    scanErrors: result.scanErrors.length,
  };
}

function over(input: string, what: string, count: number, limit: number | undefined) {
  if (limit === undefined || count <= limit) return [];
  return [
    {
      input,
      count,
      limit,
      message: `${count} ${what} exceed '${input}' (${limit}) by ${count - limit}`,
    },
  ];
}

export function evaluateGate(counts: GateCounts, thresholds: Thresholds): GateResult {
  const violations: GateViolation[] = [
    ...over(
      'max-high-suspicion',
      'HIGH-suspicion public IPs',
      counts.highSuspicion,
      thresholds.maxHighSuspicion,
    ),
    ...over(
      'max-unassociated-eips',
      'unassociated Elastic IPs',
      counts.unassociatedEips,
      thresholds.maxUnassociatedEips,
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
