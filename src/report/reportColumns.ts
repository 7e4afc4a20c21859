// The single source of truth for what each CSV report holds: its name, its columns in order,
// and how each cell is read from a row. The columns of the Python script this tool replaces
// (aws-samples/ipv4-usage-monitoring-for-aws) come first, in its order, with clean headers; our
// extra columns follow, so spreadsheets and scripts built on its files keep working by position
// and by name.
import type { PolicyDenial, ScanError, ScanResult, UncheckedAccount } from '../model/scanResult.js';
import { col, csvRecords, type CsvColumn, type CsvContext } from '../format/csvColumns.js';
import { FINDING_KINDS, type FindingReportName } from '../kinds/findingKinds.js';

/** What the scan could not see: the reports after the findings'. */
const COVERAGE_REPORT_NAMES = ['unchecked_accounts', 'scan_errors', 'policy_denied'] as const;

/** The findings' reports (the Python script's six first, in its order), then the coverage reports. */
export const REPORT_NAMES = [
  ...FINDING_KINDS.map((kind) => kind.csv.name),
  ...COVERAGE_REPORT_NAMES,
] as const;

export type ReportName = FindingReportName | (typeof COVERAGE_REPORT_NAMES)[number];

/** What a cell may need beyond its row. */
export type ReportContext = CsvContext;

export interface ReportDefinition {
  readonly headers: readonly string[];
  /** Each row of the scan as the report's cells, in the scan's order. */
  records(result: ScanResult, context: ReportContext): Generator<string[]>;
}

type Column<Row> = CsvColumn<Row>;

// Erases the row type so reports of different rows sit in one table.
function defineReport<Row>(
  rowsOf: (result: ScanResult) => readonly Row[],
  columns: readonly Column<Row>[],
): ReportDefinition {
  return {
    headers: columns.map((c) => c.header),
    records: (result, context) => csvRecords(rowsOf(result), columns, context),
  };
}

const COVERAGE_REPORTS: {
  readonly [N in (typeof COVERAGE_REPORT_NAMES)[number]]: ReportDefinition;
} = {
  unchecked_accounts: defineReport<UncheckedAccount>(
    (r) => r.uncheckedAccounts,
    [
      col('AccountId', (a) => a.accountId),
      col('Name', (a) => a.name),
      col('Status', (a) => a.status),
    ],
  ),
  scan_errors: defineReport<ScanError>(
    (r) => r.scanErrors,
    [
      col('AccountId', (e) => e.accountId),
      col('Region', (e) => e.region),
      col('Api', (e) => e.api),
      col('ErrorCode', (e) => e.errorCode),
      col('Message', (e) => e.message),
    ],
  ),
  policy_denied: defineReport<PolicyDenial>(
    (r) => r.policyDenied,
    [
      col('AccountId', (d) => d.accountId),
      col('Region', (d) => d.region),
      col('Policy', (d) => d.policy),
      col('ExampleCall', (d) => d.exampleCall),
      col('Message', (d) => d.message),
    ],
  ),
};

export const REPORTS = {
  ...Object.fromEntries(FINDING_KINDS.map((kind) => [kind.csv.name, kind.csv])),
  ...COVERAGE_REPORTS,
} as { readonly [N in ReportName]: ReportDefinition };

/** The header row of each report, in order. */
export const REPORT_COLUMNS = Object.fromEntries(
  REPORT_NAMES.map((name) => [name, REPORTS[name].headers]),
) as { readonly [N in ReportName]: readonly string[] };
