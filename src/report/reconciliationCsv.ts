// The reconciliation's CSV files, written only when their option is on (a run without them
// writes exactly what it wrote before):
// - `{epoch}_ipam_reconciliation.csv`: per account-region the scan or IPAM names, a row of counts
//   (Row `account-region`), followed by a row per address that does not match (Row `address`):
//   missed, stale (sampled before the window), outside-scan (CloudFront anycast) and
//   not-yet-in-ipam. Rows "not compared" say why and list no address.
// - `{epoch}_billing_reconciliation.csv`: per account, the bill's last full month and month to
//   date beside what the scan holds, and whether it is flagged.
// Every cell goes through neutralizeFormula: account names and IPAM's service resources are text
// others choose.
import type { AuditOutcome } from '../audit/auditOutcome.js';
import type { BillingOutcome, IpamOutcome } from '../analyze/reconciliation.js';
import type { AccountBilling, BilledPeriod } from '../analyze/billingReconciliation.js';
import type { IpamUnmatched } from '../analyze/ipamReconciliation.js';
import { join } from 'node:path';
import { formatUsd } from '../format/formatUsd.js';
import { neutralizeFormula } from '../format/neutralizeFormula.js';
import type { ReconciliationReportName } from './reconciliationReportNames.js';
import { reportFileName } from './reportFileName.js';

type Cell = string | number | boolean | undefined;

const IPAM_RECONCILIATION_HEADERS = [
  'AccountId',
  'Region',
  'Row',
  'Status',
  'Reason',
  'Scanned',
  'Ipam',
  'Missed',
  'Stale',
  'NotYetInIpam',
  'OutsideScan',
  'Address',
  'Finding',
  'AddressType',
  'Service',
  'ServiceResource',
  'NetworkInterfaceId',
  'SampleTime',
  'AgeHours',
] as const;

const BILLING_RECONCILIATION_HEADERS = [
  'AccountId',
  'AccountName',
  'Status',
  'Reason',
  'BillScope',
  'LastMonthStart',
  'LastMonthAddressHours',
  'LastMonthIdleHours',
  'LastMonthCostUsd',
  'LastMonthBilledAverage',
  'MonthToDateStart',
  'MonthToDateEnd',
  'MonthToDateAddressHours',
  'MonthToDateIdleHours',
  'MonthToDateCostUsd',
  'MonthToDateBilledAverage',
  'ScannedCharged',
  'ScannedIdle',
  'UnexplainedHours',
  'Flagged',
  'Estimated',
] as const;

/** Hours and averages: at most two decimals, no float noise. */
const figure = (n: number) => String(Math.round(n * 100) / 100);

function cells(values: readonly Cell[]): string[] {
  return values.map((v) => neutralizeFormula(v === undefined ? '' : String(v)));
}

function addressRow(finding: string, a: IpamUnmatched): string[] {
  return cells([
    a.accountId,
    a.region,
    'address',
    ...Array<Cell>(8).fill(undefined),
    a.address,
    finding,
    a.addressType,
    a.service,
    a.serviceResource,
    a.networkInterfaceId,
    a.sampleTime?.toISOString(),
    a.ageHours === undefined ? undefined : figure(a.ageHours),
  ]);
}

function* ipamReconciliationRecords(ipam: IpamOutcome): Generator<string[]> {
  for (const row of ipam.rows) {
    const compared = row.status === 'compared';
    yield cells([
      row.accountId,
      row.region,
      'account-region',
      row.status,
      row.reason,
      row.scanned,
      row.ipam,
      compared ? row.missed.length : undefined,
      compared ? row.stale.length : undefined,
      compared ? row.notYetInIpam.length : undefined,
      row.outsideScan.length,
    ]).concat(Array<string>(8).fill(''));
    for (const a of row.missed) yield addressRow('missed', a);
    for (const a of row.stale) yield addressRow('stale', a);
    for (const a of row.outsideScan) yield addressRow('outside-scan', a);
    for (const address of row.notYetInIpam) {
      yield addressRow('not-yet-in-ipam', {
        accountId: row.accountId,
        region: row.region,
        address,
      });
    }
  }
}

function periodCells(p: BilledPeriod | undefined, withEnd: boolean): Cell[] {
  if (!p) return withEnd ? Array<Cell>(6).fill(undefined) : Array<Cell>(5).fill(undefined);
  return [
    p.start,
    ...(withEnd ? [p.end] : []),
    figure(p.addressHours),
    figure(p.idleHours),
    formatUsd(p.costUsd),
    figure(p.billedAverage),
  ];
}

function accountRecord(billing: BillingOutcome, a: AccountBilling): string[] {
  return cells([
    a.accountId,
    a.accountName,
    a.status,
    a.reason,
    billing.reconciliation?.scope,
    ...periodCells(a.lastMonth, false),
    ...periodCells(a.monthToDate, true),
    a.scannedCharged,
    a.scannedIdle,
    a.status === 'compared' ? figure(a.unexplainedHours) : undefined,
    a.flagged,
    a.lastMonth || a.monthToDate
      ? Boolean(a.lastMonth?.estimated) || Boolean(a.monthToDate?.estimated)
      : undefined,
  ]);
}

function* billingReconciliationRecords(
  billing: BillingOutcome,
  accountsScanned: readonly string[],
): Generator<string[]> {
  const reconciliation = billing.reconciliation;
  if (reconciliation) {
    for (const a of reconciliation.accounts) yield accountRecord(billing, a);
    return;
  }
  // Cost Explorer could not be read: nothing is compared, and each account says so.
  for (const accountId of accountsScanned) {
    yield cells([
      accountId,
      undefined,
      'not-compared',
      'Cost Explorer unavailable',
      ...Array<Cell>(BILLING_RECONCILIATION_HEADERS.length - 4).fill(undefined),
    ]);
  }
}

/** The rows of a reconciliation report; none when its option is off. */
function reconciliationRecords(
  outcome: AuditOutcome,
  name: ReconciliationReportName,
): { headers: readonly string[]; records: Iterable<string[]> } | undefined {
  const r = outcome.reconciliation;
  if (name === 'ipam_reconciliation') {
    return r?.ipam
      ? { headers: IPAM_RECONCILIATION_HEADERS, records: ipamReconciliationRecords(r.ipam) }
      : undefined;
  }
  return r?.billing
    ? {
        headers: BILLING_RECONCILIATION_HEADERS,
        records: billingReconciliationRecords(r.billing, outcome.result.accountsScanned),
      }
    : undefined;
}

/** Whether the run writes the report `name`: its option is on. */
export function writesReconciliation(outcome: AuditOutcome, name: ReconciliationReportName) {
  return reconciliationRecords(outcome, name) !== undefined;
}

/** Writes `{epoch}_NAME.csv` in `dir` and returns its path. */
export async function writeReconciliationCsv(
  outcome: AuditOutcome,
  name: ReconciliationReportName,
  dir: string,
  epoch: number,
): Promise<string> {
  const report = reconciliationRecords(outcome, name);
  const path = join(dir, reportFileName(epoch, name));
  // Loaded when it runs, as every writer (reportFiles.ts).
  const { writeCsvRows } = await import('./writeCsvReports.js');
  await writeCsvRows(report?.headers ?? [], report?.records ?? [], path);
  return path;
}
