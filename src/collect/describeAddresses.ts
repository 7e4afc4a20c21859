import { DescribeAddressesCommand, type Address, type EC2Client } from '@aws-sdk/client-ec2';
import { requiredList } from './answers.js';

/** Every Elastic IP of the account-region (DescribeAddresses answers all at once: no pages). */
export async function describeAddresses(ec2: EC2Client): Promise<Address[]> {
  const response = await ec2.send(new DescribeAddressesCommand({}));
  return requiredList(response.Addresses, 'addressesSet');
}
