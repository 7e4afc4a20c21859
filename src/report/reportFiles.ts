// Every file a run writes, `{epoch}_NAME` in the output directory: the one list the writers
// (writeReports), the CLI's help and the terminal summary read. A new report format is one entry.
import { join } from 'node:path';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { writesReconciliation } from './reconciliationCsv.js';
import {
  RECONCILIATION_REPORT_NAMES,
  type ReconciliationReportName,
} from './reconciliationReportNames.js';
import { REPORT_NAMES, type ReportName } from './reportColumns.js';
import { remediationScriptFileName } from './reportFileName.js';

/** What follows `{epoch}_` in a report's file name. */
export type ReportFileName =
  | `${ReportName}.csv`
  | `${ReconciliationReportName}.csv`
  | 'report.json'
  | 'report.html'
  | 'remediation.sh'
  | 'plan_changes.csv';

export interface ReportFile {
  readonly name: ReportFileName;
  /** Writes `{epoch}_NAME` in `dir` and returns its path. */
  write(outcome: AuditOutcome, dir: string, epoch: number): Promise<string>;
  /** Whether this run writes it; absent: always (a file an option turns on says when). */
  writes?(outcome: AuditOutcome): boolean;
  /** The input that turns it on (the CLI's help names its flag), when an option does. */
  option?: string;
}

/** The input that turns each reconciliation on. */
const RECONCILIATION_OPTIONS: Record<ReconciliationReportName, string> = {
  ipam_reconciliation: 'ipam-resource-discovery-id',
  billing_reconciliation: 'reconcile-billing',
};

/**
 * The CSV files first (the Python script's order), then report.json, the page and the script;
 * last, with `terraform-plan`, what the pull request's plans change.
 */
export const REPORT_FILES: readonly ReportFile[] = [
  ...REPORT_NAMES.map((name): ReportFile => ({
    name: `${name}.csv`,
    write: async (outcome, dir, epoch) =>
      (await import('./writeCsvReports.js')).writeCsvReport(outcome, name, dir, epoch),
  })),
  // The reconciliation's, when its option is on (reconciliationCsv.ts).
  ...RECONCILIATION_REPORT_NAMES.map((name): ReportFile => ({
    name: `${name}.csv`,
    write: async (outcome, dir, epoch) =>
      (await import('./reconciliationCsv.js')).writeReconciliationCsv(outcome, name, dir, epoch),
    writes: (outcome) => writesReconciliation(outcome, name),
    option: RECONCILIATION_OPTIONS[name],
  })),
  // Each writer is loaded when it runs: none is part of start-up (chunks of their own in dist/).
  {
    name: 'report.json',
    write: async (...args) => (await import('./writeJsonReport.js')).writeJsonReport(...args),
  },
  {
    name: 'report.html',
    write: async (...args) => (await import('./writeHtmlReport.js')).writeHtmlReport(...args),
  },
  {
    name: 'remediation.sh',
    write: async (outcome, dir, epoch) => {
      const [{ writeChunks }, { remediationScriptLines }] = await Promise.all([
        import('./writeChunks.js'),
        import('./remediationScript.js'),
      ]);
      return writeChunks(
        join(dir, remediationScriptFileName(epoch)),
        remediationScriptLines(outcome),
      );
    },
  },
  {
    name: 'plan_changes.csv',
    write: async (outcome, dir, epoch) => {
      if (outcome.plan === undefined) throw new Error('plan_changes.csv: no Terraform plan');
      const { report } = outcome.plan;
      return (await import('./planChangesCsv.js')).writePlanChangesCsv(report, dir, epoch);
    },
    writes: (outcome) => outcome.plan !== undefined,
    option: 'terraform-plan',
  },
];

/** The written file `{epoch}_NAME` among `files`, as the user can open it. */
export function writtenReport(files: readonly string[], name: ReportFileName): string | undefined {
  return files.find((file) => file.endsWith(`_${name}`));
}
