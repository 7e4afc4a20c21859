import { paginateDescribeSubnets, type EC2Client, type Subnet } from '@aws-sdk/client-ec2';
import { checkedPages, requiredList } from './answers.js';

export async function describeSubnets(ec2: EC2Client): Promise<Subnet[]> {
  const items: Subnet[] = [];
  const pages = paginateDescribeSubnets({ client: ec2, pageSize: 1000 }, {});
  for await (const page of checkedPages(pages)) {
    items.push(...requiredList(page.Subnets, 'subnetSet'));
  }
  return items;
}
