import { DescribeRegionsCommand, type EC2Client } from '@aws-sdk/client-ec2';

/** Regions enabled in the account: opt-in-not-required and opted-in (no pagination in this API). */
export async function describeRegions(ec2: EC2Client): Promise<string[]> {
  const response = await ec2.send(new DescribeRegionsCommand({ AllRegions: false }));
  return (response.Regions ?? [])
    .filter((r) => r.OptInStatus !== 'not-opted-in' && r.RegionName)
    .map((r) => r.RegionName as string)
    .sort();
}
