// What the scanned public IPv4 addresses cost. Since February 2024 AWS charges per public IPv4
// address-hour for every address, in use or idle; only BYOIP addresses are free. Amounts keep
// full precision here; reports round them to cents when they write them.
import type { ActionKind, RecommendedAction } from '../model/recommendedAction.js';
import { compareText } from './sortOrder.js';
import type { Suspicion, VpnPublicIps } from '../model/findings.js';

/** The month AWS's pricing examples use (365 days x 24 hours / 12). */
export const HOURS_PER_MONTH = 730;

/** The monthly cost of one address: BYOIP addresses are not charged. */
export function monthlyCostUsd(pricePerIpHour: number, byoip: boolean): number {
  return byoip ? 0 : HOURS_PER_MONTH * pricePerIpHour;
}

/** A connection's public tunnel addresses (a connection may have only one). */
export function vpnAddresses(vpn: Pick<VpnPublicIps, 'address1' | 'address2'>): string[] {
  return [vpn.address1, vpn.address2].filter((address) => address !== '');
}

export interface AccountCost {
  accountId: string;
  /** Distinct public IPv4 addresses, BYOIP included. */
  addresses: number;
  monthlyUsd: number;
  potentialSavingsUsd: number;
}

interface InterfaceTypeCost {
  interfaceType: string;
  addresses: number;
  monthlyUsd: number;
}

interface ServiceCost {
  /** The owning service (owningService.ts), or site-to-site-vpn, global-accelerator, elastic-ip. */
  service: string;
  addresses: number;
  monthlyUsd: number;
}

interface ActionSaving {
  kind: ActionKind;
  /** Findings with this action. */
  findings: number;
  /** What taking every one of them would save a month. */
  monthlyUsd: number;
}

export interface CostSummary {
  pricePerIpHour: number;
  hoursPerMonth: typeof HOURS_PER_MONTH;
  /** Distinct public IPv4 addresses: each (region, address) once, whichever reports it holds. */
  addressCount: number;
  /** Of those, the BYOIP ones (counted, not charged). */
  byoipAddressCount: number;
  totalMonthlyUsd: number;
  /** What releasing the HIGH-suspicion addresses and the unassociated Elastic IPs would save. */
  potentialSavingsUsd: number;
  /** Most expensive first, then by account id. */
  byAccount: AccountCost[];
  /** Most expensive first, then by interface type. */
  byInterfaceType: InterfaceTypeCost[];
  /** Most expensive first, then by service. */
  byService: ServiceCost[];
  /** Biggest saving first: what each kind of recommended action would save if all were taken. */
  savingsByAction: ActionSaving[];
  /** Addresses on network interfaces, by suspicion. */
  bySuspicion: Record<Suspicion, number>;
}

/** One public address a finding holds, as the cost is counted: kinds of findings give them. */
export interface PricedAddress {
  region: string;
  address: string;
  accountId: string;
  /** What the address is on: an interface type, or what else holds it (`Site-to-Site VPN`). */
  interfaceType: string;
  service: string;
  byoip: boolean;
  /** Counted in the potential savings: the address is probably unnecessary. */
  removable: boolean;
  /** Only for addresses on network interfaces, which the suspicion counts are of. */
  suspicion?: Suspicion;
}

/**
 * One record per distinct (region, address). An address on a network interface says the most
 * (interface type, suspicion), so its record is kept; an Elastic IP seen there too only adds
 * whether it is BYOIP. Which record is kept does not depend on the order they come in.
 */
function distinctAddresses(addresses: Iterable<PricedAddress>): Map<string, PricedAddress> {
  const records = new Map<string, PricedAddress>();
  for (const record of addresses) {
    if (record.address === '') continue;
    const key = `${record.region}\u0000${record.address}`;
    const seen = records.get(key);
    if (seen === undefined) records.set(key, { ...record });
    else if (seen.suspicion === undefined && record.suspicion !== undefined) {
      records.set(key, { ...record, byoip: record.byoip || seen.byoip });
    } else seen.byoip ||= record.byoip;
  }
  return records;
}

interface Tally {
  addresses: number;
  charged: number;
  removableCharged: number;
}

const emptyTally = (): Tally => ({ addresses: 0, charged: 0, removableCharged: 0 });

function count(entry: Tally, record: PricedAddress) {
  entry.addresses += 1;
  if (!record.byoip) {
    entry.charged += 1;
    if (record.removable) entry.removableCharged += 1;
  }
}

function tally(map: Map<string, Tally>, key: string, record: PricedAddress) {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = emptyTally();
    map.set(key, entry);
  }
  count(entry, record);
}

function byCostThenName<T>(name: (item: T) => string, cost: (item: T) => number) {
  return (a: T, b: T) => cost(b) - cost(a) || compareText(name(a), name(b));
}

interface Tallies {
  total: Tally;
  accounts: Map<string, Tally>;
  types: Map<string, Tally>;
  services: Map<string, Tally>;
}

function tallyAddresses(records: Iterable<PricedAddress>): Tallies {
  const tallies: Tallies = {
    total: emptyTally(),
    accounts: new Map(),
    types: new Map(),
    services: new Map(),
  };
  for (const record of records) {
    count(tallies.total, record);
    tally(tallies.accounts, record.accountId, record);
    tally(tallies.types, record.interfaceType, record);
    tally(tallies.services, record.service, record);
  }
  return tallies;
}

/** Groups as `{ name, addresses, monthlyUsd }`, most expensive first, then by name. */
function groupCosts(groups: Map<string, Tally>, perAddress: number) {
  return [...groups]
    .map(([name, t]) => ({ name, addresses: t.addresses, monthlyUsd: t.charged * perAddress }))
    .sort(
      byCostThenName(
        (g) => g.name,
        (g) => g.monthlyUsd,
      ),
    );
}

/** Addresses on network interfaces by suspicion, each (region, address) once. */
function suspicionCounts(records: Iterable<PricedAddress>): Record<Suspicion, number> {
  const counts: Record<Suspicion, number> = { LOW: 0, MODERATE: 0, HIGH: 0, UNKNOWN: 0 };
  for (const { suspicion } of records) if (suspicion !== undefined) counts[suspicion] += 1;
  return counts;
}

/** The monthly saving of one recommended action: the address's cost when it goes away. */
export function actionSavingUsd(
  action: RecommendedAction,
  pricePerIpHour: number,
  byoip: boolean,
): number {
  return savesCharge(action, byoip) ? monthlyCostUsd(pricePerIpHour, byoip) : 0;
}

/** Whether an action removes a charged address (a BYOIP address costs nothing to keep). */
function savesCharge(action: RecommendedAction, byoip: boolean): boolean {
  return action.removesAddress && !byoip;
}

/** A finding's recommended action and whether its address is BYOIP. */
export interface ActionTaken {
  action: RecommendedAction;
  byoip: boolean;
}

function actionSavings(actions: Iterable<ActionTaken>, pricePerIpHour: number): ActionSaving[] {
  const kinds = new Map<ActionKind, { findings: number; charged: number }>();
  for (const row of actions) {
    const counts = kinds.get(row.action.kind) ?? { findings: 0, charged: 0 };
    counts.findings += 1;
    // Counted, then priced once, as the totals are.
    if (savesCharge(row.action, row.byoip)) counts.charged += 1;
    kinds.set(row.action.kind, counts);
  }
  const perAddress = monthlyCostUsd(pricePerIpHour, false);
  return [...kinds]
    .map(([kind, c]) => ({ kind, findings: c.findings, monthlyUsd: c.charged * perAddress }))
    .sort(
      byCostThenName(
        (a) => a.kind,
        (a) => a.monthlyUsd,
      ),
    );
}

/** The cost of the addresses every kind of finding holds (kinds/costSummary.ts gathers them). */
export function summarizeCost(
  addresses: Iterable<PricedAddress>,
  actions: Iterable<ActionTaken>,
  pricePerIpHour: number,
): CostSummary {
  const perAddress = monthlyCostUsd(pricePerIpHour, false);
  const distinct = [...distinctAddresses(addresses).values()];
  const { total, accounts, types, services } = tallyAddresses(distinct);
  // Counts times the unit price, so a total does not carry the drift of thousands of additions.
  return {
    pricePerIpHour,
    hoursPerMonth: HOURS_PER_MONTH,
    addressCount: total.addresses,
    // Every address not charged is a BYOIP one.
    byoipAddressCount: total.addresses - total.charged,
    totalMonthlyUsd: total.charged * perAddress,
    potentialSavingsUsd: total.removableCharged * perAddress,
    byAccount: [...accounts]
      .map(([accountId, t]) => ({
        accountId,
        addresses: t.addresses,
        monthlyUsd: t.charged * perAddress,
        potentialSavingsUsd: t.removableCharged * perAddress,
      }))
      .sort(
        byCostThenName(
          (a) => a.accountId,
          (a) => a.monthlyUsd,
        ),
      ),
    byInterfaceType: groupCosts(types, perAddress).map(({ name, ...cost }) => ({
      interfaceType: name,
      ...cost,
    })),
    byService: groupCosts(services, perAddress).map(({ name, ...cost }) => ({
      service: name,
      ...cost,
    })),
    bySuspicion: suspicionCounts(distinct),
    savingsByAction: actionSavings(actions, pricePerIpHour),
  };
}
