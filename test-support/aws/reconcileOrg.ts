// The sample organisation with AWS's own records of it, for the reconciliation (issue 22):
// - VPC IPAM in the member account 222222222222 (the IPAM account must be a member, not the
//   management account), home region us-east-1, whose resource discovery has sampled every
//   public address the sample holds, plus one the scan cannot see (an interface hidden from
//   Describe calls, in 111111111111 us-east-1) and one it sampled days ago (released since).
// - A bill: last full month (February 2025) and the month to date (1-9 March 2025; the clock is
//   RECONCILE_NOW) of public IPv4 hours. Given another `now` (the demo, the e2e tests of the
//   bundle, which run on the wall clock), every time is the same distance from it: sampled an hour
//   and three days before, billed for the month before and this month up to yesterday. The management account is billed for exactly what the
//   sample holds; the member is billed, this month, for 6 addresses more in eu-west-1 than it
//   holds. Accelerator addresses are billed under USW2 here (AWS documents no region for them).
import { dailyBillingLines } from './billingLines.js';
import type { OrgFixture } from './fixture.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER, sampleOrg } from './sampleOrg.js';

export const RECONCILE_NOW = new Date('2025-03-10T12:00:00.000Z');
export const RECONCILE_DISCOVERY = 'ipam-res-disco-0b1c2d3e4f5a60001';
const HOUR_MS = 3_600_000;
/** When IPAM last sampled the organisation: an hour before `now`. */
export const sampledAt = (now: Date) => new Date(now.getTime() - HOUR_MS);
/** When IPAM sampled the stale address: three days before `now`. */
export const staleSampledAt = (now: Date) => new Date(now.getTime() - 72 * HOUR_MS);
/** An hour before RECONCILE_NOW. */
export const RECONCILE_SAMPLED = sampledAt(RECONCILE_NOW);
/** The address IPAM sees and the scan cannot (its interface is hidden from Describe calls). */
export const HIDDEN_ADDRESS = '54.210.10.77';
/** An address IPAM sampled three days before RECONCILE_NOW: released since, not a miss. */
export const STALE_ADDRESS = '54.210.10.88';
/** Addresses the member is billed for this month beyond what it holds. */
export const UNEXPLAINED_ADDRESSES = 6;

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The last full month and this month up to yesterday (none on the 1st), inclusive days. */
function billedDays(now: Date) {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const monthStart = Date.UTC(year, month, 1);
  const yesterday = Date.UTC(year, month, now.getUTCDate() - 1);
  return {
    lastMonth: [day(Date.UTC(year, month - 1, 1)), day(monthStart - 86_400_000)] as const,
    monthToDate: yesterday >= monthStart ? ([day(monthStart), day(yesterday)] as const) : undefined,
  };
}

export function reconcileOrg(now: Date = RECONCILE_NOW): OrgFixture {
  const days = billedDays(now);
  const lastMonth = (usageType: string, addresses: number) =>
    dailyBillingLines(usageType, ...days.lastMonth, addresses);
  const monthToDate = (usageType: string, addresses: number) =>
    days.monthToDate ? dailyBillingLines(usageType, ...days.monthToDate, addresses) : [];
  /** Both periods, the same number of addresses. */
  const both = (usageType: string, addresses: number) => [
    ...lastMonth(usageType, addresses),
    ...monthToDate(usageType, addresses),
  ];
  const org = sampleOrg();
  const account = (id: string) => {
    const found = org.accounts.find((a) => a.id === id);
    if (!found) throw new Error(`sample organisation has no account ${id}`);
    return found;
  };
  account(SAMPLE_MEMBER).ipamResourceDiscoveries = [
    {
      id: RECONCILE_DISCOVERY,
      region: 'us-east-1',
      discoverFixtureAt: sampledAt(now),
      addresses: [
        {
          IpamResourceDiscoveryId: RECONCILE_DISCOVERY,
          AddressRegion: 'us-east-1',
          Address: HIDDEN_ADDRESS,
          AddressOwnerId: SAMPLE_MANAGEMENT,
          AssociationStatus: 'associated',
          AddressType: 'ec2-public-ip',
          VpcId: 'vpc-0a1b2c3d4e5f60001',
          SubnetId: 'subnet-0a0000000000000a1',
          NetworkInterfaceId: 'eni-0a00000000000077',
          NetworkInterfaceDescription: '',
          InstanceId: 'i-0a00000000000077',
          SampleTime: sampledAt(now),
        },
        {
          IpamResourceDiscoveryId: RECONCILE_DISCOVERY,
          AddressRegion: 'us-east-1',
          Address: STALE_ADDRESS,
          AddressOwnerId: SAMPLE_MANAGEMENT,
          AssociationStatus: 'associated',
          AddressType: 'ec2-public-ip',
          NetworkInterfaceId: 'eni-0a00000000000088',
          SampleTime: staleSampledAt(now),
        },
      ],
    },
  ];
  // 111111111111 holds 12 charged addresses in use and 1 idle in us-east-1 (the BYOIP one is
  // free), 1 in eu-west-1.
  account(SAMPLE_MANAGEMENT).billing = [
    ...both('USE1-PublicIPv4:InUseAddress', 12),
    ...both('USE1-PublicIPv4:IdleAddress', 1),
    ...both('EU-PublicIPv4:InUseAddress', 1),
  ];
  // 222222222222 holds 1 in use and 1 idle in us-east-1, 9 in eu-west-1 and 8 accelerator
  // addresses; this month it is billed for 6 more in eu-west-1.
  account(SAMPLE_MEMBER).billing = [
    ...both('USE1-PublicIPv4:InUseAddress', 1),
    ...both('USE1-PublicIPv4:IdleAddress', 1),
    ...lastMonth('EU-PublicIPv4:InUseAddress', 9),
    ...monthToDate('EU-PublicIPv4:InUseAddress', 9 + UNEXPLAINED_ADDRESSES),
    ...both('USW2-PublicIPv4:InUseAddress', 8),
  ];
  return org;
}
