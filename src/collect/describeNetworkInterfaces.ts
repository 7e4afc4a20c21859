import {
  paginateDescribeNetworkInterfaces,
  type EC2Client,
  type NetworkInterface,
} from '@aws-sdk/client-ec2';

export async function describeNetworkInterfaces(ec2: EC2Client): Promise<NetworkInterface[]> {
  const items: NetworkInterface[] = [];
  for await (const page of paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 1000 }, {})) {
    items.push(...(page.NetworkInterfaces ?? []));
  }
  return items;
}
