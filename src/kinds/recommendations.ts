// Every recommended action of a run as one list, biggest monthly saving first: what the summary's
// "top actions", the terminal and remediation.sh show. Computed once per run (runAudit).
import { compareAddress, compareText } from '../analyze/compareAddress.js';
import { actionSavingUsd } from '../analyze/cost.js';
import type { Findings } from '../model/findings.js';
import type { ActionableFinding } from './findingKind.js';
import { FINDING_KINDS } from './findingKinds.js';

/** A finding's recommended action, with what it saves a month. */
export interface Recommendation extends Omit<ActionableFinding, 'byoip'> {
  monthlySavingUsd: number;
}

/** Biggest saving first; then by account, region, address and subject, whatever the scan order. */
export function recommendations(findings: Findings, pricePerIpHour: number): Recommendation[] {
  return FINDING_KINDS.flatMap((kind) =>
    [...kind.actionable(findings)].map(({ byoip, ...finding }) => ({
      ...finding,
      monthlySavingUsd: actionSavingUsd(finding.action, pricePerIpHour, byoip),
    })),
  ).sort(
    (a, b) =>
      b.monthlySavingUsd - a.monthlySavingUsd ||
      compareText(a.accountId, b.accountId) ||
      compareText(a.region, b.region) ||
      compareAddress(a.address, b.address) ||
      compareText(a.subject, b.subject),
  );
}
