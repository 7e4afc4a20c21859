// Everything a run found and decided, computed once by runAudit and handed as it is to every
// writer (CSV, JSON, HTML, markdown), the step outputs and the terminal: none recomputes.
import type { BaselineDiff } from '../analyze/baselineDiff.js';
import type { CostSummary } from '../analyze/cost.js';
import type { Recommendation } from '../kinds/recommendations.js';
import type { HistoryEntry } from '../analyze/history.js';
import type { SuppressionOutcome } from '../analyze/suppressions.js';
import type { GateResult } from '../gate/evaluateGate.js';
import type { ReportedOptions } from '../options/options.js';
import type { ScanResult } from '../model/scanResult.js';
import type { Reconciliation } from '../analyze/reconciliation.js';
import type { PlanOutcome } from './checkPlans.js';
import type { ReportTotals } from './reportTotals.js';

export interface AuditOutcome {
  result: ScanResult;
  cost: CostSummary;
  totals: ReportTotals;
  gate: GateResult;
  suppressions: SuppressionOutcome;
  /** Every recommended action, biggest monthly saving first. */
  recommendations: Recommendation[];
  /** What changed since the baseline, when one could be read. */
  baselineDiff?: BaselineDiff;
  /** The runs before this one, from the baseline, oldest first, then this run (analyze/history.ts). */
  history: HistoryEntry[];
  /** The scan against IPAM's and the bill's records, when a reconciliation is on. */
  reconciliation?: Reconciliation;
  /** The options the reports record. */
  options: ReportedOptions;
  /** What the pull request's Terraform plans change, when `terraform-plan` is given. */
  plan?: PlanOutcome;
}
