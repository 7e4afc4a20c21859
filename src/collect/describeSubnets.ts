import { paginateDescribeSubnets, type EC2Client, type Subnet } from '@aws-sdk/client-ec2';

export async function describeSubnets(ec2: EC2Client): Promise<Subnet[]> {
  const items: Subnet[] = [];
  for await (const page of paginateDescribeSubnets({ client: ec2, pageSize: 1000 }, {})) {
    items.push(...(page.Subnets ?? []));
  }
  return items;
}
