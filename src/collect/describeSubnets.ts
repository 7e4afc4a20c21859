import { paginateDescribeSubnets, type EC2Client, type Subnet } from '@aws-sdk/client-ec2';
import { pageItems } from './answers.js';

export function describeSubnets(ec2: EC2Client): Promise<Subnet[]> {
  return pageItems(
    paginateDescribeSubnets({ client: ec2, pageSize: 1000 }, {}),
    (page) => page.Subnets,
    { element: 'subnetSet' },
  );
}
