import {
  paginateDescribeNetworkInterfaces,
  type EC2Client,
  type NetworkInterface,
} from '@aws-sdk/client-ec2';
import { pageItems } from './answers.js';

/**
 * Every interface of the account-region, managed ones included: where the account's managed
 * resource visibility is `hidden` (ModifyManagedResourceVisibility), EC2 leaves the interfaces
 * it manages for a service (EKS Auto Mode's nodes, say) out of the answer unless asked, and
 * their public addresses are billed all the same. Asking costs no extra call.
 */
export function describeNetworkInterfaces(ec2: EC2Client): Promise<NetworkInterface[]> {
  return pageItems(
    paginateDescribeNetworkInterfaces(
      { client: ec2, pageSize: 1000 },
      { IncludeManagedResources: true },
    ),
    (page) => page.NetworkInterfaces,
    { element: 'networkInterfaceSet' },
  );
}
