import {
  paginateDescribeNetworkInterfaces,
  type EC2Client,
  type NetworkInterface,
} from '@aws-sdk/client-ec2';
import { pageItems } from './answers.js';

export function describeNetworkInterfaces(ec2: EC2Client): Promise<NetworkInterface[]> {
  return pageItems(
    paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 1000 }, {}),
    (page) => page.NetworkInterfaces,
    { element: 'networkInterfaceSet' },
  );
}
