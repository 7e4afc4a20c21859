import {
  paginateDescribeSecurityGroupRules,
  type EC2Client,
  type SecurityGroupRule,
} from '@aws-sdk/client-ec2';
import { pageItems } from './answers.js';

/** Every rule of every group in the region: one chain, not one call per interface. */
export function describeSecurityGroupRules(ec2: EC2Client): Promise<SecurityGroupRule[]> {
  return pageItems(
    paginateDescribeSecurityGroupRules({ client: ec2, pageSize: 1000 }, {}),
    (page) => page.SecurityGroupRules,
    { element: 'securityGroupRuleSet' },
  );
}
