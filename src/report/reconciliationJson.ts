// report.json's `reconciliation` member: the scan against IPAM's discovered addresses and the
// bill, as computed (audit/reconciliation.ts). Written only when a reconciliation is on; each part
// is null when its option is off. Hours and averages have at most two decimals, money cents.
import type { BillingOutcome, IpamOutcome, Reconciliation } from '../analyze/reconciliation.js';
import type { AccountBilling, BilledPeriod } from '../analyze/billingReconciliation.js';
import type { BillingPeriod } from '../model/awsRecords.js';
import type { IpamUnmatched } from '../analyze/ipamReconciliation.js';
import { roundCents } from '../format/formatUsd.js';

const orNull = <T>(value: T | undefined): T | null => value ?? null;
const figure = (n: number) => Math.round(n * 100) / 100;

function unmatched(a: IpamUnmatched) {
  return {
    address: a.address,
    addressType: orNull(a.addressType),
    service: orNull(a.service),
    serviceResource: orNull(a.serviceResource),
    networkInterfaceId: orNull(a.networkInterfaceId),
    sampleTime: orNull(a.sampleTime?.toISOString()),
    ageHours: a.ageHours === undefined ? null : figure(a.ageHours),
  };
}

function ipamJson(ipam: IpamOutcome) {
  return {
    resourceDiscoveryId: ipam.resourceDiscoveryId,
    accountId: ipam.accountId,
    homeRegion: ipam.homeRegion,
    sampleWindowHours: ipam.sampleWindowHours,
    missedCount: ipam.missedCount,
    notComparedCount: ipam.notComparedCount,
    unavailableRegions: ipam.unavailableRegions,
    rows: ipam.rows.map((r) => ({
      accountId: r.accountId,
      region: r.region,
      status: r.status,
      reason: orNull(r.reason),
      scanned: r.scanned,
      ipam: r.ipam,
      missed: r.missed.map(unmatched),
      stale: r.stale.map(unmatched),
      outsideScan: r.outsideScan.map(unmatched),
      notYetInIpam: r.notYetInIpam,
    })),
  };
}

const period = (p: BillingPeriod) => ({ start: p.start, end: p.end, hours: p.hours });

function billed(p: BilledPeriod | undefined) {
  if (!p) return null;
  return {
    ...period(p),
    inUseHours: figure(p.inUseHours),
    idleHours: figure(p.idleHours),
    addressHours: figure(p.addressHours),
    contiguousBlockHours: figure(p.contiguousBlockHours),
    costUsd: roundCents(p.costUsd),
    billedAverage: figure(p.billedAverage),
    estimated: p.estimated,
  };
}

function account(a: AccountBilling) {
  return {
    accountId: a.accountId,
    accountName: orNull(a.accountName),
    status: a.status,
    reason: orNull(a.reason),
    lastMonth: billed(a.lastMonth),
    monthToDate: billed(a.monthToDate),
    byRegion: a.byRegion.map((r) => ({
      region: r.region,
      lastMonthHours: figure(r.lastMonthHours),
      lastMonthCostUsd: roundCents(r.lastMonthCostUsd),
      monthToDateHours: figure(r.monthToDateHours),
      monthToDateCostUsd: roundCents(r.monthToDateCostUsd),
    })),
    scannedCharged: a.scannedCharged,
    scannedIdle: a.scannedIdle,
    unexplainedHours: figure(a.unexplainedHours),
    excessAverage: figure(a.excessAverage),
    flagged: a.flagged,
  };
}

function billingJson(billing: BillingOutcome) {
  const r = billing.reconciliation;
  return {
    callerAccountId: billing.callerAccountId,
    periods: {
      lastMonth: period(billing.periods.lastMonth),
      monthToDate: billing.periods.monthToDate ? period(billing.periods.monthToDate) : null,
    },
    available: r !== undefined,
    scope: orNull(r?.scope),
    scopeEvidence: orNull(r?.scopeEvidence),
    margin: r ? { addresses: r.margin.addresses, fraction: r.margin.fraction } : null,
    flaggedCount: r?.flaggedCount ?? 0,
    unexplainedHours: figure(r?.unexplainedHours ?? 0),
    billedLastMonthUsd: r ? roundCents(r.billedLastMonthUsd) : null,
    accounts: (r?.accounts ?? []).map(account),
  };
}

export function reconciliationJson(reconciliation: Reconciliation) {
  return {
    ipam: reconciliation.ipam ? ipamJson(reconciliation.ipam) : null,
    billing: reconciliation.billing ? billingJson(reconciliation.billing) : null,
  };
}
