import { describe, expect, it } from 'vitest';
import * as reasons from '../../../src/analyze/reasons.js';

// The texts are the Reason column's contract: this test fails on any accidental edit.
describe('reason texts', () => {
  it('are exactly these', () => {
    expect(reasons.NO_PUBLIC_RULES).toBe(
      'No public IPv4 range is allowed in the ingress or egress rules of the security groups on the interface.',
    );
    expect(reasons.NO_PUBLIC_INGRESS).toBe(
      'No public IPv4 range is allowed for ingress in the security groups on the interface.',
    );
    expect(reasons.SSH_ONLY).toBe(
      'Only tcp port 22 is open to public IPv4 ranges; consider EC2 Instance Connect.',
    );
    expect(reasons.NO_IGW_ROUTE).toBe(
      'The route table of the subnet has no active route to an internet gateway.',
    );
    expect(reasons.UNATTACHED).toBe('The interface is not attached to any resource.');
    expect(reasons.sgNotAssessed(reasons.SG_RULES_FAILED)).toBe(
      'Security groups not assessed: DescribeSecurityGroupRules failed.',
    );
    expect(reasons.sgNotAssessed(reasons.prefixListUnreadable('pl-0abc'))).toBe(
      'Security groups not assessed: prefix list pl-0abc could not be read.',
    );
    expect(reasons.routesNotAssessed(reasons.ROUTE_TABLES_FAILED)).toBe(
      'Routes not assessed: DescribeRouteTables failed.',
    );
    expect(reasons.routesNotAssessed(reasons.noRouteTableFor('subnet-1'))).toBe(
      'Routes not assessed: no route table found for subnet subnet-1.',
    );
  });
});
