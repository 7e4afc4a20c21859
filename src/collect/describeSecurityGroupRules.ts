import {
  paginateDescribeSecurityGroupRules,
  type EC2Client,
  type SecurityGroupRule,
} from '@aws-sdk/client-ec2';

/** Every rule of every group in the region: one chain, not one call per interface. */
export async function describeSecurityGroupRules(ec2: EC2Client): Promise<SecurityGroupRule[]> {
  const items: SecurityGroupRule[] = [];
  for await (const page of paginateDescribeSecurityGroupRules(
    { client: ec2, pageSize: 1000 },
    {},
  )) {
    items.push(...(page.SecurityGroupRules ?? []));
  }
  return items;
}
