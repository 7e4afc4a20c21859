import { DescribeAddressesCommand, type Address, type EC2Client } from '@aws-sdk/client-ec2';

/** Every Elastic IP of the account-region (DescribeAddresses answers all at once: no pages). */
export async function describeAddresses(ec2: EC2Client): Promise<Address[]> {
  const response = await ec2.send(new DescribeAddressesCommand({}));
  return response.Addresses ?? [];
}
