// What the scanned public IPv4 addresses cost. Since February 2024 AWS charges per public IPv4
// address-hour for every address, in use or idle; only BYOIP addresses are free. Amounts keep
// full precision here; reports round them to cents when they write them.
import { compareText } from './sortOrder.js';
import type { Findings, Suspicion, VpnPublicIps } from './types.js';

/** The month AWS's pricing examples use (365 days x 24 hours / 12). */
export const HOURS_PER_MONTH = 730;

/** Interface-type labels for addresses that are not on a network interface row. */
export const UNASSOCIATED_EIP = 'Unassociated Elastic IP';
export const ELASTIC_IP = 'Elastic IP';
export const SITE_TO_SITE_VPN = 'Site-to-Site VPN';
export const GLOBAL_ACCELERATOR = 'Global Accelerator';

/** Accelerator addresses are anycast, not regional: they share one pseudo-region in the dedupe key. */
const GLOBAL_REGION = 'global';

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

export interface InterfaceTypeCost {
  interfaceType: string;
  addresses: number;
  monthlyUsd: number;
}

export interface CostSummary {
  pricePerIpHour: number;
  hoursPerMonth: number;
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
  /** Addresses on network interfaces, by suspicion. */
  bySuspicion: Record<Suspicion, number>;
}

interface AddressRecord {
  accountId: string;
  interfaceType: string;
  byoip: boolean;
  removable: boolean;
}

/**
 * One record per distinct address. Network-interface rows come first because they say the most
 * (interface type, suspicion); an Elastic IP seen there too only adds whether it is BYOIP.
 */
function distinctAddresses(result: Findings): Map<string, AddressRecord> {
  const records = new Map<string, AddressRecord>();
  const add = (region: string, address: string, record: AddressRecord) => {
    if (address === '') return;
    const key = `${region}\u0000${address}`;
    const seen = records.get(key);
    if (seen === undefined) records.set(key, record);
    else seen.byoip ||= record.byoip;
  };
  for (const ip of result.eniPublicIps) {
    add(ip.region, ip.address, {
      accountId: ip.ownerAccountId,
      interfaceType: ip.interfaceType,
      byoip: ip.byoip,
      removable: ip.suspicion === 'HIGH',
    });
  }
  for (const eip of result.associatedEips) {
    add(eip.region, eip.publicIp, {
      accountId: eip.accountId,
      interfaceType: ELASTIC_IP,
      byoip: eip.byoip,
      removable: false,
    });
  }
  for (const eip of result.unassociatedEips) {
    add(eip.region, eip.publicIp, {
      accountId: eip.accountId,
      interfaceType: UNASSOCIATED_EIP,
      byoip: eip.byoip,
      removable: true,
    });
  }
  for (const vpn of result.vpnConnections) {
    for (const address of vpnAddresses(vpn)) {
      add(vpn.region, address, {
        accountId: vpn.accountId,
        interfaceType: SITE_TO_SITE_VPN,
        byoip: false,
        removable: false,
      });
    }
  }
  for (const accelerator of result.globalAccelerators) {
    for (const address of accelerator.allAddresses) {
      add(GLOBAL_REGION, address, {
        accountId: accelerator.ownerAccountId,
        interfaceType: GLOBAL_ACCELERATOR,
        byoip: false,
        removable: false,
      });
    }
  }
  return records;
}

interface Tally {
  addresses: number;
  charged: number;
  removableCharged: number;
}

function tally(map: Map<string, Tally>, key: string, record: AddressRecord) {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = { addresses: 0, charged: 0, removableCharged: 0 };
    map.set(key, entry);
  }
  entry.addresses += 1;
  if (!record.byoip) {
    entry.charged += 1;
    if (record.removable) entry.removableCharged += 1;
  }
}

function byCostThenName<T>(name: (item: T) => string, cost: (item: T) => number) {
  return (a: T, b: T) => cost(b) - cost(a) || compareText(name(a), name(b));
}

export function costSummary(result: Findings, pricePerIpHour: number): CostSummary {
  const perAddress = monthlyCostUsd(pricePerIpHour, false);
  const records = distinctAddresses(result);
  const total: Tally = { addresses: 0, charged: 0, removableCharged: 0 };
  const accounts = new Map<string, Tally>();
  const types = new Map<string, Tally>();
  let byoipAddressCount = 0;
  for (const record of records.values()) {
    total.addresses += 1;
    if (record.byoip) byoipAddressCount += 1;
    else total.charged += 1;
    if (record.removable && !record.byoip) total.removableCharged += 1;
    tally(accounts, record.accountId, record);
    tally(types, record.interfaceType, record);
  }

  const bySuspicion: Record<Suspicion, number> = { LOW: 0, MODERATE: 0, HIGH: 0, UNKNOWN: 0 };
  const eniAddresses = new Set<string>();
  for (const ip of result.eniPublicIps) {
    const key = `${ip.region}\u0000${ip.address}`;
    if (eniAddresses.has(key)) continue;
    eniAddresses.add(key);
    bySuspicion[ip.suspicion] += 1;
  }

  // Counts times the unit price, so a total does not carry the drift of thousands of additions.
  return {
    pricePerIpHour,
    hoursPerMonth: HOURS_PER_MONTH,
    addressCount: total.addresses,
    byoipAddressCount,
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
    byInterfaceType: [...types]
      .map(([interfaceType, t]) => ({
        interfaceType,
        addresses: t.addresses,
        monthlyUsd: t.charged * perAddress,
      }))
      .sort(
        byCostThenName(
          (t) => t.interfaceType,
          (t) => t.monthlyUsd,
        ),
      ),
    bySuspicion,
  };
}
