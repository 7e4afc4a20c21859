// The sample organisation with one more public address: an unassociated (charged) Elastic IP in
// the management account's us-east-1, so one address and $3.65 a month more than sampleOrg().
import type { OrgFixture } from './fixture.js';
import { SAMPLE_MANAGEMENT, sampleOrg } from './sampleOrg.js';

export const EXTRA_EIP = { allocationId: 'eipalloc-0a0000000000000ff', publicIp: '3.220.60.1' };

export function sampleOrgPlusOne(): OrgFixture {
  const org = sampleOrg();
  const region = org.accounts.find((a) => a.id === SAMPLE_MANAGEMENT)?.regions['us-east-1'];
  if (!region?.addresses) throw new Error('sample organisation changed shape');
  // A new list: sampleOrg() shares its region arrays between calls.
  region.addresses = [
    ...region.addresses,
    {
      AllocationId: EXTRA_EIP.allocationId,
      Domain: 'vpc',
      PublicIp: EXTRA_EIP.publicIp,
      PublicIpv4Pool: 'amazon',
      NetworkBorderGroup: 'us-east-1',
    },
  ];
  return org;
}
