// Does the scan hold every public IPv4 address VPC IPAM has discovered? Per account-region the
// scan read completely: the addresses IPAM sampled recently that the scan does not hold
// ("missed"), and the scan's addresses IPAM does not list ("not yet in IPAM": IPAM samples
// periodically, so this is information, not a fault).
//
// Where it shows: `{epoch}_ipam_reconciliation.csv` (report/reconciliationCsv.ts), report.json
// `reconciliation.ipam`, output `ipam-missed-count` = missedCount, gate threshold
// `max-ipam-missed` (gate/thresholds.ts; fail-closed: a region whose IPAM call failed is "not
// compared", and the threshold fails on it), the summary line "IPAM saw 3 addresses the scan
// missed" (report/reconciliationText.ts).
//
// IPAM's address types against the scan's findings (IpamPublicAddressType):
// - ec2-public-ip: an auto-assigned public IP on an interface (eni_public_ips, Public IP).
// - amazon-owned-eip, amazon-owned-contig (an Elastic IP from an Amazon-provided contiguous
//   block), byoip: Elastic IPs (associated_eips / unassociated_eips, and the interface's row
//   when associated).
// - service-managed-ip, service-managed-byoip: addresses AWS manages for a service: interfaces
//   of load balancers, NAT gateways, RDS... (eni_public_ips), Site-to-Site VPN tunnel outside
//   addresses (vpn_connections), Global Accelerator's (global_accelerators).
// - anycast-ip-list-ip, and anything of Service `cloudfront`: CloudFront anycast static IP
//   lists, which the scan does not read. Reported as outside the scan, never as missed.
// Matching is by address: an address IPAM lists in a region is seen when the scan holds it in
// that region, in any account. Accelerator addresses are global: IPAM files them under a region
// of its own choosing, so those of Service `global-accelerator` are compared with the scan's
// accelerators in the account's `global` row.
import type { IpamAddress, IpamRegionAnswer } from '../model/awsRecords.js';
import type { AccountRegion } from './completeTargets.js';
import { GLOBAL_REGION } from '../model/coverage.js';
import type { ScannedAddress } from './scannedAddresses.js';
import { compareAddress, compareTargets } from './sortOrder.js';

/**
 * IPAM keeps re-sampling the addresses it discovers: one it last sampled more than a day before
 * the scan started is more likely released since than missed. Such addresses are reported with
 * their age and not counted. An address sampled after the scan started counts (age 0): it was
 * there while the scan ran, so the scan cannot be called clean of it.
 */
export const IPAM_SAMPLE_WINDOW_HOURS = 24;

export interface IpamReconciliationInput {
  /** What the scan holds (scannedAddresses.ts). */
  scanned: readonly ScannedAddress[];
  /** The accounts the scan set out to read (its planned accounts). */
  accounts: readonly string[];
  /** The account-regions it read completely, `global` for accelerators (completeTargets.ts). */
  complete: readonly AccountRegion[];
  /** IPAM's answer for each region asked (every region scanned). */
  ipam: readonly IpamRegionAnswer[];
  scanStartedAt: Date;
  sampleWindowHours?: number;
}

/** One address IPAM lists that the scan does not hold. */
export interface IpamUnmatched {
  accountId: string;
  region: string;
  address: string;
  addressType?: string;
  service?: string;
  serviceResource?: string;
  networkInterfaceId?: string;
  sampleTime?: Date;
  /** Hours from the sample to the scan's start; 0 when sampled after it; absent without a sample time. */
  ageHours?: number;
}

type NotComparedReason = 'not scanned' | 'scan incomplete' | 'IPAM unavailable';

interface IpamAccountRegion extends AccountRegion {
  status: 'compared' | 'not-compared';
  reason?: NotComparedReason;
  /** The scan's distinct addresses here. */
  scanned: number;
  /** IPAM's addresses here, every sample age. */
  ipam: number;
  /** Sampled within the window and not held by the scan (compared rows only). */
  missed: IpamUnmatched[];
  /** Sampled before the window and not held by the scan: probably released since. */
  stale: IpamUnmatched[];
  /** IPAM's addresses of a kind the scan does not read (CloudFront anycast). */
  outsideScan: IpamUnmatched[];
  /** The scan's addresses IPAM does not list (compared rows only). */
  notYetInIpam: string[];
}

export interface IpamReconciliation {
  sampleWindowHours: number;
  /** Every account-region the scan or IPAM names, by account and region. */
  rows: IpamAccountRegion[];
  /** Missed addresses over the compared rows: output ipam-missed-count, gate max-ipam-missed. */
  missedCount: number;
  /** Account-regions that could not be compared. */
  notComparedCount: number;
}

const HOUR_MS = 3_600_000;
const byAddress = (a: IpamUnmatched, b: IpamUnmatched) => compareAddress(a.address, b.address);
const key = (accountId: string, region: string) => `${accountId}\u0000${region}`;

/** Addresses of kinds the scan does not read: CloudFront's anycast static IP lists. */
function outsideTheScan(a: IpamAddress): boolean {
  return a.AddressType === 'anycast-ip-list-ip' || a.Service === 'cloudfront';
}

/** The row an IPAM address belongs to: its owner's region, or its owner's `global` row. */
function scopeOf(a: IpamAddress): AccountRegion {
  return {
    accountId: a.AddressOwnerId ?? '',
    region: a.Service === 'global-accelerator' ? GLOBAL_REGION : (a.AddressRegion ?? ''),
  };
}

function unmatched(a: IpamAddress, scope: AccountRegion, started: Date) {
  const row: IpamUnmatched = { ...scope, address: a.Address ?? '' };
  if (a.AddressType) row.addressType = a.AddressType;
  if (a.Service) row.service = a.Service;
  if (a.ServiceResource) row.serviceResource = a.ServiceResource;
  if (a.NetworkInterfaceId) row.networkInterfaceId = a.NetworkInterfaceId;
  if (a.SampleTime) {
    row.sampleTime = a.SampleTime;
    row.ageHours = Math.max(0, (started.getTime() - a.SampleTime.getTime()) / HOUR_MS);
  }
  return row;
}

interface Indexes {
  /** Scanned addresses by region (any account). */
  scannedIn: Map<string, Set<string>>;
  /** IPAM's addresses by row region (any owner). */
  ipamIn: Map<string, Set<string>>;
  rows: Map<string, IpamAccountRegion>;
}

function rowFor(indexes: Indexes, scope: AccountRegion): IpamAccountRegion {
  const id = key(scope.accountId, scope.region);
  let row = indexes.rows.get(id);
  if (!row) {
    row = {
      accountId: scope.accountId,
      region: scope.region,
      status: 'compared',
      scanned: 0,
      ipam: 0,
      missed: [],
      stale: [],
      outsideScan: [],
      notYetInIpam: [],
    };
    indexes.rows.set(id, row);
  }
  return row;
}

function addTo(map: Map<string, Set<string>>, region: string, address: string) {
  const set = map.get(region) ?? new Set<string>();
  set.add(address);
  map.set(region, set);
}

/** Why a row cannot be compared, if it cannot. */
function notComparedReason(
  input: IpamReconciliationInput,
  row: AccountRegion,
  answered: ReadonlySet<string>,
  complete: ReadonlySet<string>,
): NotComparedReason | undefined {
  if (!input.accounts.includes(row.accountId)) return 'not scanned';
  if (!complete.has(key(row.accountId, row.region))) return 'scan incomplete';
  // Accelerator addresses may sit in any region's answer: all of them must have come.
  const asked = row.region === GLOBAL_REGION ? input.ipam.map((r) => r.region) : [row.region];
  return asked.every((region) => answered.has(region)) ? undefined : 'IPAM unavailable';
}

export function reconcileIpam(input: IpamReconciliationInput): IpamReconciliation {
  const window = input.sampleWindowHours ?? IPAM_SAMPLE_WINDOW_HOURS;
  const indexes: Indexes = { scannedIn: new Map(), ipamIn: new Map(), rows: new Map() };
  const answered = new Set(input.ipam.filter((r) => r.answer).map((r) => r.region));
  const complete = new Set(input.complete.map((t) => key(t.accountId, t.region)));
  for (const s of input.scanned) {
    addTo(indexes.scannedIn, s.region, s.address);
    rowFor(indexes, s).scanned++;
  }
  for (const region of answered) rowsOfAnswer(input, region, indexes, window);
  for (const row of indexes.rows.values()) {
    const reason = notComparedReason(input, row, answered, complete);
    if (reason) {
      // What IPAM lists here is neither missed nor stale: the scan's side is unknown.
      Object.assign(row, { status: 'not-compared', reason, missed: [], stale: [] });
      continue;
    }
    const listed = indexes.ipamIn.get(row.region) ?? new Set<string>();
    row.notYetInIpam = input.scanned
      .filter((s) => s.accountId === row.accountId && s.region === row.region)
      .map((s) => s.address)
      .filter((address) => !listed.has(address));
  }
  const rows = [...indexes.rows.values()].sort(compareTargets);
  for (const row of rows)
    for (const list of [row.missed, row.stale, row.outsideScan]) list.sort(byAddress);
  return {
    sampleWindowHours: window,
    rows,
    missedCount: rows.reduce((n, r) => n + r.missed.length, 0),
    notComparedCount: rows.filter((r) => r.status === 'not-compared').length,
  };
}

/** Files each address of a region's answer in its row: matched, missed, stale or outside. */
function rowsOfAnswer(
  input: IpamReconciliationInput,
  region: string,
  indexes: Indexes,
  window: number,
): void {
  const answer = input.ipam.find((r) => r.region === region)?.answer;
  for (const a of answer?.addresses ?? []) {
    const scope = scopeOf(a);
    const row = rowFor(indexes, scope);
    row.ipam++;
    addTo(indexes.ipamIn, scope.region, a.Address ?? '');
    if (indexes.scannedIn.get(scope.region)?.has(a.Address ?? '')) continue;
    const found = unmatched(a, scope, input.scanStartedAt);
    if (outsideTheScan(a)) row.outsideScan.push(found);
    else if (found.ageHours !== undefined && found.ageHours > window) row.stale.push(found);
    else row.missed.push(found);
  }
}
