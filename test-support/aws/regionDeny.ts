// Control Tower's Region deny control, and SCPs like it: a Deny on every action requested in a
// region outside the governed ones (aws:RequestedRegion), but those in its NotAction list. The
// requested region of a request is its SigV4 credential scope: Organizations and STS calls are
// requested in the region their client signs for, Global Accelerator's in us-west-2.
import type { RegionDenyFixture } from './fixture.js';
import { wildcard } from './sessionPolicy.js';

/**
 * The part of Control Tower's NotAction list that touches the scan's services: listing regions,
 * two EC2 reads, and the global services (IAM, Organizations, STS, Global Accelerator).
 */
export const CONTROL_TOWER_EXEMPT_ACTIONS = [
  'ec2:DescribeRegions',
  'ec2:DescribeTransitGateways',
  'ec2:DescribeVpnGateways',
  'globalaccelerator:*',
  'iam:*',
  'organizations:*',
  'sts:*',
] as const;

/** Whether the account's Region deny SCP denies `action` (`ec2:DescribeSubnets`) in `region`. */
export function regionDenies(
  policy: RegionDenyFixture | undefined,
  action: string,
  region: string,
): boolean {
  if (policy === undefined || policy.allowedRegions.includes(region)) return false;
  const exempt = policy.exemptActions ?? CONTROL_TOWER_EXEMPT_ACTIONS;
  return !exempt.some((pattern) => wildcard(pattern, 'i').test(action));
}
