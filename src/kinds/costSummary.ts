// What the scanned public IPv4 addresses cost: every kind of finding gives the addresses it holds
// and the recommended actions it has; cost.ts counts and prices them.
import { summarizeCost, type CostSummary } from '../analyze/cost.js';
import type { Findings } from '../model/findings.js';
import { FINDING_KINDS } from './findingKinds.js';

export function costSummary(findings: Findings, pricePerIpHour: number): CostSummary {
  return summarizeCost(
    FINDING_KINDS.flatMap((kind) => [...kind.addresses(findings)]),
    FINDING_KINDS.flatMap((kind) => [...kind.actionable(findings)]),
    pricePerIpHour,
  );
}
