import { paginateDescribeRouteTables, type EC2Client, type RouteTable } from '@aws-sdk/client-ec2';

export async function describeRouteTables(ec2: EC2Client): Promise<RouteTable[]> {
  const items: RouteTable[] = [];
  // 100 is DescribeRouteTables' largest page.
  for await (const page of paginateDescribeRouteTables({ client: ec2, pageSize: 100 }, {})) {
    items.push(...(page.RouteTables ?? []));
  }
  return items;
}
