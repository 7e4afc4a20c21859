// An AuditOutcome built from a scan result the way runAudit builds it (the recommended actions,
// the real cost, totals and gate), for tests of the writers that format it.
import { costSummary } from '../src/kinds/costSummary.js';
import { findingAddresses } from '../src/kinds/findingAddresses.js';
import { recommendActions } from '../src/analyze/recommendedAction.js';
import { actionableFindings, recommendations } from '../src/kinds/recommendations.js';
import type { SuppressionOutcome } from '../src/analyze/suppressions.js';
import type { AuditOutcome } from '../src/audit/auditOutcome.js';
import { readScope } from '../src/analyze/scope.js';
import { historyEntry, scopeInput } from '../src/audit/historyEntry.js';
import { reportTotals } from '../src/audit/reportTotals.js';
import { evaluateGate, gateCounts } from '../src/gate/evaluateGate.js';
import type { ReportedOptions } from '../src/options/options.js';
import type { ScanResult } from '../src/model/scanResult.js';

export const REPORTED_OPTIONS: ReportedOptions = {
  mode: 'multi-account',
  awsRegion: 'us-east-1',
  credentials: { kind: 'ambient' },
  memberRoleName: 'OrganizationAccountAccessRole',
  concurrency: 32,
  requestTimeoutSeconds: 30,
  pricePerIpHour: 0.005,
  thresholds: { failOnScanErrors: false },
};

const NONE_SUPPRESSED: SuppressionOutcome = { expired: [], unused: [], suppressed: 0 };

export function auditOutcome(
  scanned: ScanResult,
  extra: Partial<Omit<AuditOutcome, 'result' | 'options'>> & {
    options?: Partial<ReportedOptions>;
  } = {},
): AuditOutcome {
  const options = { ...REPORTED_OPTIONS, ...extra.options };
  const result = recommendActions(scanned);
  const cost = extra.cost ?? costSummary(result, options.pricePerIpHour);
  const totals = extra.totals ?? reportTotals(result, cost);
  return {
    result,
    cost,
    totals,
    recommendations:
      extra.recommendations ?? recommendations(actionableFindings(result), options.pricePerIpHour),
    gate: extra.gate ?? evaluateGate(gateCounts(result), options.thresholds),
    suppressions: extra.suppressions ?? NONE_SUPPRESSED,
    ...(extra.baselineDiff ? { baselineDiff: extra.baselineDiff } : {}),
    ...(extra.reconciliation ? { reconciliation: extra.reconciliation } : {}),
    // Without a baseline the history is this run alone.
    history: extra.history ?? [
      historyEntry(
        result,
        cost,
        totals,
        readScope(findingAddresses(result), scopeInput(result), options.pricePerIpHour),
      ),
    ],
    options,
  };
}
