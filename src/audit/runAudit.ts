// The flow both entries share once the inputs are checked: scan, mark what is suppressed,
// recommend actions, compare with a baseline, price, count, and decide the gate. Each step
// returns new values made from the previous one's (none edits the scan in place), so the order
// of the steps is what their inputs say. Writing and publishing are the entries' part: this
// computes, once, everything they show.
import { diffBaseline, type Baseline } from '../analyze/baselineDiff.js';
import { costSummary } from '../kinds/costSummary.js';
import { findingAddresses } from '../kinds/findingAddresses.js';
import { recommendActions } from '../analyze/recommendedAction.js';
import { actionableFindings, recommendations } from '../kinds/recommendations.js';
import { carryHistory } from '../analyze/history.js';
import { readScope } from '../analyze/scope.js';
import { applySuppressions, type Suppression } from '../analyze/suppressions.js';
import { ClientFactory } from '../aws/clients.js';
import { errorMessage } from '../common/errorMessage.js';
import { evaluateGate, gateCounts, type InputNamer } from '../gate/evaluateGate.js';
import { withPlanChecks } from '../gate/planChecks.js';
import type { Options } from '../options/options.js';
import { scan, type ScanDeps } from '../scan/scan.js';
import type { ScanResult } from '../model/scanResult.js';
import type { AuditOutcome } from './auditOutcome.js';
import type { PlanOutcome } from './checkPlans.js';
import { historyEntry, scopeInput } from './historyEntry.js';
import { reconcile } from '../analyze/reconciliation.js';
import { reportTotals } from './reportTotals.js';

/** What the scan needs but its AWS clients, which the audit opens and closes itself. */
export interface AuditDeps extends Omit<ScanDeps, 'clients'> {
  /** The `baseline` option's baseline (a file read in preflight, or the action's artifact). */
  loadBaseline: () => Promise<Baseline>;
  /** Today as YYYY-MM-DD (UTC), for suppression expiry. */
  today?: () => string;
  /** How the gate's messages name an input (the CLI says `--flag`); default `'input'`. */
  inputName?: InputNamer;
}

export async function runAudit(
  options: Options,
  suppressionEntries: Suppression[],
  deps: AuditDeps,
  /** The pull request's plans, judged before the scan: their checks join the verdict. */
  plan?: PlanOutcome,
): Promise<AuditOutcome> {
  const scanned = await scanWithClients(options, deps);
  const { rows: suppressed, outcome: suppressions } = suppress(scanned, suppressionEntries, deps);
  // From the suppressed rows: an accepted finding needs no action.
  const result = recommendActions(suppressed);
  const baseline = await readBaseline(options, deps);
  const actionable = actionableFindings(result);
  const cost = costSummary(result, options.pricePerIpHour, actionable);
  const scope = readScope(findingAddresses(result), scopeInput(result), options.pricePerIpHour);
  const baselineDiff = baseline && diffBaseline({ ...result, scope }, baseline);
  const reconciliation = reconcile(result, result.records, findingAddresses(result));
  const scanGate = evaluateGate(
    gateCounts(result, options.gateOn === 'new' ? baseline : undefined),
    options.thresholds,
    deps.inputName,
  );
  const gate = plan ? withPlanChecks(scanGate, plan.checks) : scanGate;
  const totals = reportTotals(result, cost);
  return {
    result,
    cost,
    totals,
    recommendations: recommendations(actionable, options.pricePerIpHour),
    gate,
    suppressions,
    ...(baselineDiff ? { baselineDiff } : {}),
    history: carryHistory(baseline, historyEntry(result, cost, totals, scope)),
    ...(reconciliation ? { reconciliation } : {}),
    options,
    ...(plan ? { plan } : {}),
  };
}

/** The scan, with one set of AWS clients (one socket per pool slot) closed afterwards. */
async function scanWithClients(options: Options, deps: AuditDeps): Promise<ScanResult> {
  const clients = new ClientFactory({
    maxSockets: options.concurrency,
    requestTimeoutSeconds: options.requestTimeoutSeconds,
  });
  try {
    return await scan(options, { ...deps, clients });
  } finally {
    clients.destroy();
  }
}

function suppress(result: ScanResult, entries: Suppression[], deps: AuditDeps) {
  const today = deps.today?.() ?? new Date().toISOString().slice(0, 10);
  const applied = applySuppressions(result, entries, today);
  const { outcome } = applied;
  for (const s of outcome.expired) {
    deps.logger.warning(
      `Suppression at ${s.source} expired on ${s.expires} and no longer suppresses (${s.reason})`,
    );
  }
  if (entries.length > 0) {
    deps.logger.info(`Suppressions: ${outcome.suppressed} finding(s) accepted`);
  }
  return applied;
}

/** The baseline, or undefined with a warning: a bad baseline never stops the run. */
async function readBaseline(options: Options, deps: AuditDeps): Promise<Baseline | undefined> {
  if (options.baseline === undefined) return undefined;
  try {
    const baseline = await deps.loadBaseline();
    deps.logger.info(`Baseline: ${baseline.source}`);
    if (baseline.historyProblem !== undefined) {
      deps.logger.warning(
        `The history in the baseline '${options.baseline}' is malformed and was dropped ` +
          `(${baseline.historyProblem}); the baseline's own totals stand in for it`,
      );
    }
    return baseline;
  } catch (error) {
    deps.logger.warning(
      `The baseline '${options.baseline}' could not be read (${errorMessage(error)})` +
        (options.gateOn === 'new' ? ': the gate counts all findings instead of new ones' : ''),
    );
    return undefined;
  }
}
