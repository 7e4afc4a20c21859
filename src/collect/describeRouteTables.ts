import { paginateDescribeRouteTables, type EC2Client, type RouteTable } from '@aws-sdk/client-ec2';
import { pageItems } from './answers.js';

export function describeRouteTables(ec2: EC2Client): Promise<RouteTable[]> {
  return pageItems(
    // 100 is DescribeRouteTables' largest page.
    paginateDescribeRouteTables({ client: ec2, pageSize: 100 }, {}),
    (page) => page.RouteTables,
    { element: 'routeTableSet' },
  );
}
