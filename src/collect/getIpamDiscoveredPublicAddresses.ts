import {
  GetIpamDiscoveredPublicAddressesCommand,
  type EC2Client,
  type IpamDiscoveredPublicAddress,
} from '@aws-sdk/client-ec2';
import type { DiscoveredPublicAddresses } from '../model/awsRecords.js';
import { checkedPages, requiredList, tokenPages } from './answers.js';

/**
 * Every public address a VPC IPAM resource discovery has sampled in `region`, all pages. `ec2`
 * must act in the IPAM account, in the discovery's home region: elsewhere the discovery does not
 * exist (InvalidIpamResourceDiscoveryId.NotFound), an error passed on unchanged.
 */
export async function getIpamDiscoveredPublicAddresses(
  ec2: EC2Client,
  discoveryId: string,
  region: string,
): Promise<DiscoveredPublicAddresses> {
  const pages = tokenPages(
    (NextToken) =>
      ec2.send(
        new GetIpamDiscoveredPublicAddressesCommand({
          IpamResourceDiscoveryId: discoveryId,
          AddressRegion: region,
          MaxResults: 1000,
          ...(NextToken ? { NextToken } : {}),
        }),
      ),
    (page) => page.NextToken,
  );
  const addresses: IpamDiscoveredPublicAddress[] = [];
  let oldest: Date | undefined;
  for await (const page of checkedPages(pages)) {
    addresses.push(
      ...requiredList(page.IpamDiscoveredPublicAddresses, 'ipamDiscoveredPublicAddressSet'),
    );
    const time = page.OldestSampleTime;
    if (time && (!oldest || time < oldest)) oldest = time;
  }
  return { addresses, ...(oldest ? { oldestSampleTime: oldest } : {}) };
}
