// Does the bill match what the scan found? Per account, Cost Explorer's public IPv4 hours and
// cost for the last full month and the month to date, the billed average number of addresses
// (address-hours / hours in the period), against the scan's count of charged addresses now. An
// account whose month-to-date billed average exceeds that count by more than the margin is
// flagged: addresses the scan misses, or churn worth knowing about.
//
// Where it shows: `{epoch}_billing_reconciliation.csv` (report/reconciliationCsv.ts), report.json
// `reconciliation.billing`, output `billed-monthly-usd` = billedLastMonthUsd, the summary line
// "billed 412 address-hours more than the scan explains" (report/reconciliationText.ts), and,
// when scope is `caller-only`, that the bill covers the caller's account alone.
//
// Whose bill it is: Cost Explorer answers for every linked account only from the management
// (payer) account; from a member account, for that account alone. The scope is `payer` when the
// caller is the organisation's management account, or when the answer names any account other
// than the caller (its LINKED_ACCOUNT group keys or DimensionValueAttributes: only a payer's
// answer can); else `caller-only`, and every other account is "not covered by the bill", never
// billed zero.
import type { BillingPeriod, BillingPeriods, CostAndUsage } from '../model/awsRecords.js';
import { parsePublicIpv4UsageType, type PublicIpv4UsageType } from './publicIpv4UsageType.js';
import type { ScannedAddress } from './scannedAddresses.js';
import { compareText } from './sortOrder.js';

/**
 * How far the month-to-date billed average may exceed the scanned count before an account is
 * flagged: one address, or a tenth of the count when that is more. Addresses come and go within
 * a month (scaling, replaced instances); a billed average beyond this is more than churn.
 */
interface BillingMargin {
  addresses: number;
  fraction: number;
}

const BILLING_MARGIN: BillingMargin = { addresses: 1, fraction: 0.1 };

type BillScope = 'payer' | 'caller-only';

export interface BilledPeriod extends BillingPeriod {
  inUseHours: number;
  idleHours: number;
  /** In use plus idle: what addresses held throughout would account for. */
  addressHours: number;
  /** Amazon-provided contiguous blocks, billed per address of the block: not compared. */
  contiguousBlockHours: number;
  /** UnblendedCost of every public IPv4 usage type, USD. */
  costUsd: number;
  /** addressHours / hours: the average number of addresses billed. */
  billedAverage: number;
  /** Cost Explorer's figures are estimated until the month closes. */
  estimated: boolean;
}

interface BilledRegion {
  /** From the usage type's prefix; empty when the prefix is not a known billing code. */
  region: string;
  lastMonthHours: number;
  lastMonthCostUsd: number;
  monthToDateHours: number;
  monthToDateCostUsd: number;
}

type BillingNotComparedReason = 'not covered by the bill' | 'not scanned' | 'scan incomplete';

export interface AccountBilling {
  accountId: string;
  accountName?: string;
  status: 'compared' | 'not-compared';
  reason?: BillingNotComparedReason;
  /** Present when the bill covers the account (zero hours when it bills it nothing). */
  lastMonth?: BilledPeriod;
  monthToDate?: BilledPeriod;
  byRegion: BilledRegion[];
  /** The scan's addresses of the account that AWS charges (all but BYOIP). */
  scannedCharged: number;
  /** Of those, Elastic IPs associated with nothing (billed as idle). */
  scannedIdle: number;
  /** Month-to-date address-hours beyond scannedCharged x hours so far (0 when none). */
  unexplainedHours: number;
  /** Month-to-date billed average minus scannedCharged. */
  excessAverage: number;
  flagged: boolean;
}

export interface BillingReconciliationInput {
  periods: BillingPeriods;
  /** getCostAndUsage's answer for periods.query. */
  costAndUsage: CostAndUsage;
  /** The account Cost Explorer was asked from. */
  callerAccountId: string;
  /** The organisation's management (payer) account, when the scan knows it. */
  managementAccountId?: string;
  scanned: readonly ScannedAddress[];
  /** The accounts the scan set out to read. */
  accounts: readonly string[];
  /** Of those, the ones read completely. */
  completeAccounts: readonly string[];
  margin?: BillingMargin;
}

export interface BillingReconciliation {
  scope: BillScope;
  /** Why the scope is what it is, for the reports. */
  scopeEvidence: string;
  callerAccountId: string;
  periods: BillingPeriods;
  margin: BillingMargin;
  /** Every account scanned or billed, by account id. */
  accounts: AccountBilling[];
  flaggedCount: number;
  /** Month-to-date address-hours the scan does not explain, over the flagged accounts. */
  unexplainedHours: number;
  /** The last full month's public IPv4 charge across the accounts scanned the bill covers. */
  billedLastMonthUsd: number;
}

type PeriodName = 'lastMonth' | 'monthToDate';

interface BillLine {
  accountId: string;
  period: PeriodName;
  usage: PublicIpv4UsageType;
  hours: number;
  costUsd: number;
  estimated: boolean;
}

const amount = (value: string | undefined) => {
  const n = Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
};

/** Every public IPv4 group of the answer, with the period it belongs to. */
function billLines(input: BillingReconciliationInput): BillLine[] {
  const { lastMonth, monthToDate } = input.periods;
  const lines: BillLine[] = [];
  for (const result of input.costAndUsage.resultsByTime) {
    const start = result.TimePeriod?.Start;
    const period: PeriodName | undefined =
      start === lastMonth.start
        ? 'lastMonth'
        : start === monthToDate?.start
          ? 'monthToDate'
          : undefined;
    if (!period) continue;
    for (const group of result.Groups ?? []) {
      const [accountId = '', usageType = ''] = group.Keys ?? [];
      const usage = parsePublicIpv4UsageType(usageType);
      if (!usage) continue;
      lines.push({
        accountId,
        period,
        usage,
        hours: amount(group.Metrics?.['UsageQuantity']?.Amount),
        costUsd: amount(group.Metrics?.['UnblendedCost']?.Amount),
        estimated: result.Estimated === true,
      });
    }
  }
  return lines;
}

function scopeOf(input: BillingReconciliationInput, lines: readonly BillLine[]) {
  const caller = input.callerAccountId;
  if (caller === input.managementAccountId) {
    return { scope: 'payer' as const, evidence: 'the caller is the management (payer) account' };
  }
  const named = [
    ...lines.map((l) => l.accountId),
    ...input.costAndUsage.dimensionValueAttributes.map((a) => a.Value ?? ''),
  ];
  const other = named.find((id) => id !== '' && id !== caller);
  if (other !== undefined) {
    return {
      scope: 'payer' as const,
      evidence: `the bill names other accounts than the caller (${other}): only the payer's does`,
    };
  }
  return {
    scope: 'caller-only' as const,
    evidence: `Cost Explorer answered for the caller's account (${caller}) alone: the bill of other accounts is only visible from the payer account`,
  };
}

function billedPeriod(period: BillingPeriod, lines: readonly BillLine[]): BilledPeriod {
  const hoursOf = (usage: string) =>
    lines.filter((l) => l.usage.usage === usage).reduce((n, l) => n + l.hours, 0);
  const inUseHours = hoursOf('InUseAddress');
  const idleHours = hoursOf('IdleAddress');
  const addressHours = inUseHours + idleHours;
  return {
    ...period,
    inUseHours,
    idleHours,
    addressHours,
    contiguousBlockHours: hoursOf('ContiguousBlock'),
    costUsd: lines.reduce((n, l) => n + l.costUsd, 0),
    billedAverage: period.hours > 0 ? addressHours / period.hours : 0,
    estimated: lines.some((l) => l.estimated),
  };
}

function byRegion(lines: readonly BillLine[]): BilledRegion[] {
  const regions = new Map<string, BilledRegion>();
  for (const line of lines) {
    const region = line.usage.region ?? '';
    const row = regions.get(region) ?? {
      region,
      lastMonthHours: 0,
      lastMonthCostUsd: 0,
      monthToDateHours: 0,
      monthToDateCostUsd: 0,
    };
    row[`${line.period}Hours`] += line.hours;
    row[`${line.period}CostUsd`] += line.costUsd;
    regions.set(region, row);
  }
  return [...regions.values()].sort((a, b) => compareText(a.region, b.region));
}

/** The account's row: what the bill says, what the scan holds, and whether they disagree. */
function accountBilling(
  input: BillingReconciliationInput,
  accountId: string,
  covered: boolean,
  lines: readonly BillLine[],
  margin: BillingMargin,
): AccountBilling {
  const mine = lines.filter((l) => l.accountId === accountId);
  const held = input.scanned.filter((s) => s.accountId === accountId && !s.byoip);
  const name = input.costAndUsage.dimensionValueAttributes.find((a) => a.Value === accountId)
    ?.Attributes?.['description'];
  const row: AccountBilling = {
    accountId,
    ...(name ? { accountName: name } : {}),
    status: 'compared',
    byRegion: byRegion(mine),
    scannedCharged: held.length,
    scannedIdle: held.filter((s) => s.idle).length,
    unexplainedHours: 0,
    excessAverage: 0,
    flagged: false,
  };
  const reason: BillingNotComparedReason | undefined = !covered
    ? 'not covered by the bill'
    : !input.accounts.includes(accountId)
      ? 'not scanned'
      : !input.completeAccounts.includes(accountId)
        ? 'scan incomplete'
        : undefined;
  if (covered) {
    const { lastMonth, monthToDate } = input.periods;
    row.lastMonth = billedPeriod(
      lastMonth,
      mine.filter((l) => l.period === 'lastMonth'),
    );
    if (monthToDate) {
      row.monthToDate = billedPeriod(
        monthToDate,
        mine.filter((l) => l.period === 'monthToDate'),
      );
    }
  }
  if (reason) return { ...row, status: 'not-compared', reason };
  const mtd = row.monthToDate;
  if (!mtd) return row;
  const allowed =
    row.scannedCharged + Math.max(margin.addresses, margin.fraction * row.scannedCharged);
  row.excessAverage = mtd.billedAverage - row.scannedCharged;
  row.unexplainedHours = Math.max(0, mtd.addressHours - row.scannedCharged * mtd.hours);
  row.flagged = mtd.billedAverage > allowed;
  return row;
}

export function reconcileBilling(input: BillingReconciliationInput): BillingReconciliation {
  const margin = input.margin ?? BILLING_MARGIN;
  const lines = billLines(input);
  const { scope, evidence } = scopeOf(input, lines);
  const ids = [...new Set([...input.accounts, ...lines.map((l) => l.accountId)])].sort(compareText);
  const accounts = ids.map((id) =>
    accountBilling(input, id, scope === 'payer' || id === input.callerAccountId, lines, margin),
  );
  const flagged = accounts.filter((a) => a.flagged);
  return {
    scope,
    scopeEvidence: evidence,
    callerAccountId: input.callerAccountId,
    periods: input.periods,
    margin,
    accounts,
    flaggedCount: flagged.length,
    unexplainedHours: flagged.reduce((n, a) => n + a.unexplainedHours, 0),
    billedLastMonthUsd: accounts
      .filter((a) => input.accounts.includes(a.accountId))
      .reduce((n, a) => n + (a.lastMonth?.costUsd ?? 0), 0),
  };
}
