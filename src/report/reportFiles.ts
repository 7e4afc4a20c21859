// Every file a run writes, `{epoch}_NAME` in the output directory: the one list the writers
// (writeReports), the CLI's help and the terminal summary read. A new report format is one entry.
import { join } from 'node:path';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { writeReconciliationCsv, writesReconciliation } from './reconciliationCsv.js';
import {
  RECONCILIATION_REPORT_NAMES,
  type ReconciliationReportName,
} from './reconciliationReportNames.js';
import { remediationScriptLines } from './remediationScript.js';
import { REPORT_NAMES, type ReportName } from './reportColumns.js';
import { remediationScriptFileName } from './reportFileName.js';
import { writeChunks } from './writeChunks.js';
import { writeCsvReport } from './writeCsvReports.js';
import { writeHtmlReport } from './writeHtmlReport.js';
import { writeJsonReport } from './writeJsonReport.js';

/** What follows `{epoch}_` in a report's file name. */
export type ReportFileName =
  | `${ReportName}.csv`
  | `${ReconciliationReportName}.csv`
  | 'report.json'
  | 'report.html'
  | 'remediation.sh';

export interface ReportFile {
  readonly name: ReportFileName;
  /** Writes `{epoch}_NAME` in `dir` and returns its path. */
  write(outcome: AuditOutcome, dir: string, epoch: number): Promise<string>;
  /** Whether this run writes it; absent: always (a file an option turns on says when). */
  writes?(outcome: AuditOutcome): boolean;
}

/** The CSV files first (the Python script's order), then report.json, the page and the script. */
export const REPORT_FILES: readonly ReportFile[] = [
  ...REPORT_NAMES.map((name): ReportFile => ({
    name: `${name}.csv`,
    write: (outcome, dir, epoch) => writeCsvReport(outcome, name, dir, epoch),
  })),
  // The reconciliation's, when its option is on (reconciliationCsv.ts).
  ...RECONCILIATION_REPORT_NAMES.map((name): ReportFile => ({
    name: `${name}.csv`,
    write: (outcome, dir, epoch) => writeReconciliationCsv(outcome, name, dir, epoch),
    writes: (outcome) => writesReconciliation(outcome, name),
  })),
  { name: 'report.json', write: writeJsonReport },
  { name: 'report.html', write: writeHtmlReport },
  {
    name: 'remediation.sh',
    write: (outcome, dir, epoch) =>
      writeChunks(join(dir, remediationScriptFileName(epoch)), remediationScriptLines(outcome)),
  },
];

/** The written file `{epoch}_NAME` among `files`, as the user can open it. */
export function writtenReport(files: readonly string[], name: ReportFileName): string | undefined {
  return files.find((file) => file.endsWith(`_${name}`));
}
