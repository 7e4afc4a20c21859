import {
  paginateDescribeSecurityGroupRules,
  type EC2Client,
  type SecurityGroupRule,
} from '@aws-sdk/client-ec2';
import { checkedPages, requiredList } from './answers.js';

/** Every rule of every group in the region: one chain, not one call per interface. */
export async function describeSecurityGroupRules(ec2: EC2Client): Promise<SecurityGroupRule[]> {
  const items: SecurityGroupRule[] = [];
  const pages = paginateDescribeSecurityGroupRules({ client: ec2, pageSize: 1000 }, {});
  for await (const page of checkedPages(pages)) {
    items.push(...requiredList(page.SecurityGroupRules, 'securityGroupRuleSet'));
  }
  return items;
}
