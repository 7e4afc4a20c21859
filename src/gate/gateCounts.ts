// What the gate counts in a scan: pure counting, before any threshold is looked at. Each limit of
// the table (thresholds.ts) counts its own, whether or not it is set; with a baseline (gate-on:
// new) a limit that follows gate-on counts only what is new since it.
import type { Baseline } from '../analyze/baselineDiff.js';
import { describePolicyDenial } from '../analyze/policyDenials.js';
import type { ScanResult } from '../model/scanResult.js';
import { EXAMPLES, type ScanCounts } from './gateCheck.js';
import { THRESHOLD_ENTRIES, type GateCounts } from './thresholds.js';

export type { GateCounts } from './thresholds.js';

export function gateCounts(result: ScanResult, baseline?: Baseline): GateCounts {
  const limits: Record<string, number | string[]> = {};
  const unknown: Record<string, string> = {};
  for (const [, entry] of THRESHOLD_ENTRIES) {
    if (entry.rule !== 'limit' || entry.judges !== 'scan') continue;
    const tally = entry.tally(result, entry.followsGateOn ? baseline : undefined);
    limits[entry.counts] = tally.count;
    limits[entry.examples] = tally.examples;
    if (tally.unknown !== undefined) unknown[entry.input] = tally.unknown;
  }
  const suppressed = [
    ...result.eniPublicIps,
    ...result.associatedEips,
    ...result.unassociatedEips,
  ].filter((row) => row.suppressionReason !== undefined).length;
  const scan: ScanCounts = {
    scanErrors: result.scanErrors.length,
    suppressed,
    scope: baseline === undefined ? 'all' : 'new',
    coverage: result.coverage,
    policyDenied: result.policyDenied.length,
    policyDeniedExamples: result.policyDenied.slice(0, EXAMPLES).map(describePolicyDenial),
    ...(Object.keys(unknown).length > 0 ? { unknown } : {}),
  };
  // The table's limits fill exactly the members GateCounts derives from it.
  return { ...limits, ...scan } as GateCounts;
}
