import { paginateDescribeRouteTables, type EC2Client, type RouteTable } from '@aws-sdk/client-ec2';
import { checkedPages, requiredList } from './answers.js';

export async function describeRouteTables(ec2: EC2Client): Promise<RouteTable[]> {
  const items: RouteTable[] = [];
  // 100 is DescribeRouteTables' largest page.
  const pages = paginateDescribeRouteTables({ client: ec2, pageSize: 100 }, {});
  for await (const page of checkedPages(pages)) {
    items.push(...requiredList(page.RouteTables, 'routeTableSet'));
  }
  return items;
}
