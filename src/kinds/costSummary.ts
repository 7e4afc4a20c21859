// What the scanned public IPv4 addresses cost: every kind of finding gives the addresses it holds
// and the recommended actions it has; cost.ts counts and prices them.
import { summarizeCost, type CostSummary } from '../analyze/cost.js';
import type { Findings } from '../model/findings.js';
import type { ActionableFinding } from './findingKind.js';
import { FINDING_KINDS } from './findingKinds.js';
import { actionableFindings } from './recommendations.js';

export function costSummary(
  findings: Findings,
  pricePerIpHour: number,
  /** The findings' actions when the caller has them already (runAudit reads them once). */
  actionable: readonly ActionableFinding[] = actionableFindings(findings),
): CostSummary {
  return summarizeCost(
    FINDING_KINDS.flatMap((kind) => [...kind.addresses(findings)]),
    actionable,
    pricePerIpHour,
  );
}
