import type { ReconciliationReportName } from './reconciliationReportNames.js';
import type { ReportName } from './reportColumns.js';

// A fraction or exponent would give names the Python script never produced.
function checkEpoch(epoch: number) {
  if (!Number.isSafeInteger(epoch) || epoch < 0) {
    throw new RangeError(`report epoch must be a non-negative integer of seconds, got ${epoch}`);
  }
}

/** `{epoch}_{name}.csv`, the Python script's naming, e.g. `1695071739_vpn_connections.csv`. */
export function reportFileName(epoch: number, name: ReportName | ReconciliationReportName): string {
  checkEpoch(epoch);
  return `${epoch}_${name}.csv`;
}

/** `{epoch}_report.json`, next to the CSV files of the same scan. */
export function jsonReportFileName(epoch: number): string {
  checkEpoch(epoch);
  return `${epoch}_report.json`;
}

/** `{epoch}_report.html`, next to the CSV and JSON files of the same scan. */
export function htmlReportFileName(epoch: number): string {
  checkEpoch(epoch);
  return `${epoch}_report.html`;
}

/** `{epoch}_remediation.sh`: the recommended commands, every one commented out. */
export function remediationScriptFileName(epoch: number): string {
  checkEpoch(epoch);
  return `${epoch}_remediation.sh`;
}

/** `{epoch}_plan_changes.csv`: what the pull request's Terraform plans change. */
export function planChangesFileName(epoch: number): string {
  checkEpoch(epoch);
  return `${epoch}_plan_changes.csv`;
}
