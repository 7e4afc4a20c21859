import { DescribeRegionsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { requiredList, UnexpectedAnswerError } from './answers.js';

/** Regions enabled in the account: opt-in-not-required and opted-in (no pagination in this API). */
export async function describeRegions(ec2: EC2Client): Promise<string[]> {
  const response = await ec2.send(new DescribeRegionsCommand({ AllRegions: false }));
  const regions = requiredList(response.Regions, 'regionInfo')
    .filter((r) => r.OptInStatus !== 'not-opted-in' && r.RegionName)
    .map((r) => r.RegionName as string)
    .sort();
  // Every account has regions enabled; none means the answer cannot be trusted.
  if (regions.length === 0) throw new UnexpectedAnswerError('no enabled region in the answer');
  return regions;
}
