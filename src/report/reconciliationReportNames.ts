// The reconciliation's CSV files (reconciliationCsv.ts), written when their option is on.
export const RECONCILIATION_REPORT_NAMES = [
  'ipam_reconciliation',
  'billing_reconciliation',
] as const;
export type ReconciliationReportName = (typeof RECONCILIATION_REPORT_NAMES)[number];
