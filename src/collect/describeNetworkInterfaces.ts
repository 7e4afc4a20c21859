import {
  paginateDescribeNetworkInterfaces,
  type EC2Client,
  type NetworkInterface,
} from '@aws-sdk/client-ec2';
import { checkedPages, requiredList } from './answers.js';

export async function describeNetworkInterfaces(ec2: EC2Client): Promise<NetworkInterface[]> {
  const items: NetworkInterface[] = [];
  const pages = paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 1000 }, {});
  for await (const page of checkedPages(pages)) {
    items.push(...requiredList(page.NetworkInterfaces, 'networkInterfaceSet'));
  }
  return items;
}
