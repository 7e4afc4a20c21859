// The sample organisation under a Region deny SCP, as Control Tower's Region deny control sets
// one up: the member may act in its governed regions only (every other region's calls fail with
// an explicit deny in a service control policy), while listing regions, Organizations, STS and
// Global Accelerator stay allowed. SCPs do not bind the management account.
import type { OrgFixture, RegionDenyFixture } from './fixture.js';
import { SAMPLE_MEMBER, sampleOrg } from './sampleOrg.js';

/** The member governed in `allowedRegions` (default eu-west-1: its us-east-1 is denied). */
export function regionDenyOrg(
  policy: RegionDenyFixture = { allowedRegions: ['eu-west-1'] },
): OrgFixture {
  const org = sampleOrg();
  const member = org.accounts.find((a) => a.id === SAMPLE_MEMBER);
  if (!member) throw new Error('sample organisation changed shape');
  member.regionDeny = policy;
  return org;
}
