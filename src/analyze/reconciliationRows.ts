// The rows of `{epoch}_reconciliation.csv` (to be written once wired, issue 22): one per
// account-region that the scan, IPAM or the bill names, joining what each says about it. IPAM
// columns are empty when the IPAM cross-check is off, billing columns when billing
// reconciliation is off or the bill does not cover the account. Intended columns, in order:
// AccountId, Region, Scanned, IpamStatus, IpamReason, Ipam, Missed, Stale, NotYetInIpam,
// BilledHoursLastMonth, BilledCostLastMonthUsd, BilledHoursMonthToDate, BilledCostMonthToDateUsd.
// Accelerator addresses are global (region `global`); the bill names a region for them, so
// their billed hours show in that region's row.
import type { AccountBilling, BillingReconciliation } from './billingReconciliation.js';
import type {
  IpamAccountRegion,
  IpamReconciliation,
  NotComparedReason,
} from './ipamReconciliation.js';
import type { ScannedAddress } from './scannedAddresses.js';
import { compareTargets } from './sortOrder.js';

export interface ReconciliationRow {
  accountId: string;
  region: string;
  /** The scan's distinct addresses in the account-region. */
  scanned: number;
  ipamStatus?: 'compared' | 'not-compared';
  ipamReason?: NotComparedReason;
  ipam?: number;
  missed?: number;
  stale?: number;
  notYetInIpam?: number;
  billedHoursLastMonth?: number;
  billedCostLastMonthUsd?: number;
  billedHoursMonthToDate?: number;
  billedCostMonthToDateUsd?: number;
}

function ipamColumns(row: IpamAccountRegion): Partial<ReconciliationRow> {
  return {
    ipamStatus: row.status,
    ...(row.reason ? { ipamReason: row.reason } : {}),
    ipam: row.ipam,
    missed: row.missed.length,
    stale: row.stale.length,
    notYetInIpam: row.notYetInIpam.length,
  };
}

/** The account's billed hours and cost in the region; nothing when the bill does not cover it. */
function billingColumns(account: AccountBilling, region: string): Partial<ReconciliationRow> {
  if (!account.lastMonth) return {};
  const billed = account.byRegion.find((r) => r.region === region);
  return {
    billedHoursLastMonth: billed?.lastMonthHours ?? 0,
    billedCostLastMonthUsd: billed?.lastMonthCostUsd ?? 0,
    ...(account.monthToDate
      ? {
          billedHoursMonthToDate: billed?.monthToDateHours ?? 0,
          billedCostMonthToDateUsd: billed?.monthToDateCostUsd ?? 0,
        }
      : {}),
  };
}

export function reconciliationRows(
  scanned: readonly ScannedAddress[],
  ipam?: IpamReconciliation,
  billing?: BillingReconciliation,
): ReconciliationRow[] {
  const places = new Map<string, { accountId: string; region: string }>();
  const add = (accountId: string, region: string) =>
    places.set(`${accountId}\u0000${region}`, { accountId, region });
  for (const s of scanned) add(s.accountId, s.region);
  for (const row of ipam?.rows ?? []) add(row.accountId, row.region);
  for (const account of billing?.accounts ?? []) {
    for (const r of account.byRegion) add(account.accountId, r.region);
  }
  return [...places.values()].sort(compareTargets).map(({ accountId, region }) => {
    const ipamRow = ipam?.rows.find((r) => r.accountId === accountId && r.region === region);
    const account = billing?.accounts.find((a) => a.accountId === accountId);
    return {
      accountId,
      region,
      scanned: scanned.filter((s) => s.accountId === accountId && s.region === region).length,
      ...(ipamRow ? ipamColumns(ipamRow) : {}),
      ...(account ? billingColumns(account, region) : {}),
    };
  });
}
