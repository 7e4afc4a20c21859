// The step outputs, named as in action.yml, all taken from the one AuditOutcome of the run.
import { coverageText } from '../analyze/coverage.js';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import type { ActionCore } from './actionCore.js';
import type { UploadedArtifact } from './github/uploadReports.js';

export const Outputs = {
  ReportDir: 'report-dir',
  ArtifactId: 'artifact-id',
  ArtifactUrl: 'artifact-url',
  AddressCount: 'address-count',
  ByoipAddressCount: 'byoip-address-count',
  PublicIpCount: 'public-ip-count',
  HighSuspicionCount: 'high-suspicion-count',
  ModerateSuspicionCount: 'moderate-suspicion-count',
  UnassociatedEipCount: 'unassociated-eip-count',
  ScanErrorCount: 'scan-error-count',
  Coverage: 'coverage',
  PolicyDeniedCount: 'policy-denied-count',
  MonthlyCostUsd: 'monthly-cost-usd',
  PotentialSavingsUsd: 'potential-savings-usd',
  Gate: 'gate',
  IpamMissedCount: 'ipam-missed-count',
  BilledMonthlyUsd: 'billed-monthly-usd',
} as const;

export function setOutputs(
  core: Pick<ActionCore, 'setOutput'>,
  { result, totals, cost, gate, reconciliation }: AuditOutcome,
  artifact: UploadedArtifact | undefined,
): void {
  core.setOutput(Outputs.ArtifactId, artifact?.id?.toString() ?? '');
  core.setOutput(Outputs.ArtifactUrl, artifact?.url ?? '');
  // The addresses monthly-cost-usd prices, each once: a count and a cost of the same addresses.
  core.setOutput(Outputs.AddressCount, cost.addressCount);
  core.setOutput(Outputs.ByoipAddressCount, cost.byoipAddressCount);
  core.setOutput(Outputs.PublicIpCount, totals.eniPublicIps);
  core.setOutput(Outputs.HighSuspicionCount, totals.bySuspicion.HIGH);
  core.setOutput(Outputs.ModerateSuspicionCount, totals.bySuspicion.MODERATE);
  core.setOutput(Outputs.UnassociatedEipCount, totals.unassociatedEips);
  core.setOutput(Outputs.ScanErrorCount, totals.scanErrors);
  core.setOutput(Outputs.Coverage, coverageText(result.coverage));
  core.setOutput(Outputs.PolicyDeniedCount, result.policyDenied.length);
  core.setOutput(Outputs.MonthlyCostUsd, cost.totalMonthlyUsd.toFixed(2));
  core.setOutput(Outputs.PotentialSavingsUsd, cost.potentialSavingsUsd.toFixed(2));
  core.setOutput(Outputs.Gate, gate.passed ? 'passed' : 'failed');
  // Empty when their option is off (or, for the bill, when Cost Explorer could not be read).
  const ipam = reconciliation?.ipam;
  core.setOutput(Outputs.IpamMissedCount, ipam ? String(ipam.missedCount) : '');
  const bill = reconciliation?.billing?.reconciliation;
  core.setOutput(Outputs.BilledMonthlyUsd, bill ? bill.billedLastMonthUsd.toFixed(2) : '');
}
