import { describe, expect, it } from 'vitest';
import type { PlannedTarget } from '../../../src/model/coverage.js';
import {
  describePolicyDenial,
  organisationPolicyOf,
  separatePolicyDenials,
} from '../../../src/analyze/policyDenials.js';
import type { ScanError } from '../../../src/model/scanResult.js';

const A = '222222222222';
const ARN = `arn:aws:sts::${A}:assumed-role/ipv4-audit-member/aws-ipv4-audit`;

/** EC2's answer to a call an explicit deny refused, naming `policy` as AWS does. */
function ec2Denied(region: string, api: string, policy: string): ScanError {
  return {
    accountId: A,
    region,
    api,
    errorCode: 'UnauthorizedOperation',
    message:
      `You are not authorized to perform this operation. User: ${ARN} is not authorized to ` +
      `perform: ${api} with an explicit deny in ${policy}. Encoded authorization failure message: x1y2`,
  };
}

const SCP = 'a service control policy';
const COLLECTORS = [
  'ec2:DescribeAddresses',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeRouteTables',
  'ec2:DescribeSecurityGroupRules',
  'ec2:DescribeSubnets',
  'ec2:DescribeVpnConnections',
];
const allDenied = (region: string, policy = SCP) =>
  COLLECTORS.map((api) => ec2Denied(region, api, policy));
const target = (region: string, reached: boolean): PlannedTarget => ({
  accountId: A,
  region,
  reached,
  ...(reached ? { read: true } : {}),
});

describe('organisationPolicyOf', () => {
  it.each([
    ['a service control policy', 'UnauthorizedOperation', 'service control policy'],
    ['a resource control policy', 'UnauthorizedOperation', 'resource control policy'],
    ['a service control policy', 'AccessDeniedException', 'service control policy'],
    ['a resource control policy', 'AccessDenied', 'resource control policy'],
    ['an identity-based policy', 'UnauthorizedOperation', undefined],
    ['a permissions boundary', 'AccessDeniedException', undefined],
    // Right words, wrong code: a throttle whose message quotes a policy is no deny.
    ['a service control policy', 'RequestLimitExceeded', undefined],
  ])('explicit deny in %s (%s): %s', (words, code, policy) => {
    const error = { ...ec2Denied('us-east-1', 'ec2:DescribeSubnets', words), errorCode: code };
    expect(organisationPolicyOf(error)).toBe(policy);
  });

  it('a refusal that names no policy is none', () => {
    expect(
      organisationPolicyOf({
        accountId: A,
        region: 'us-east-1',
        api: 'ec2:DescribeSubnets',
        errorCode: 'UnauthorizedOperation',
        message: 'You are not authorized to perform this operation.',
      }),
    ).toBeUndefined();
  });
});

describe('separatePolicyDenials', () => {
  it('takes out a region every call of which a policy denied, one row naming the interfaces call', () => {
    const errors = [
      ...allDenied('us-east-1'),
      ...allDenied('ap-south-1', 'a resource control policy'),
    ];
    const { policyDenied, scanErrors } = separatePolicyDenials(
      [target('ap-south-1', false), target('us-east-1', false), target('eu-west-1', true)],
      errors,
    );
    expect(scanErrors).toEqual([]);
    expect(policyDenied).toEqual([
      {
        accountId: A,
        region: 'ap-south-1',
        policy: 'resource control policy',
        exampleCall: 'ec2:DescribeNetworkInterfaces',
        message: ec2Denied(
          'ap-south-1',
          'ec2:DescribeNetworkInterfaces',
          'a resource control policy',
        ).message,
      },
      {
        accountId: A,
        region: 'us-east-1',
        policy: 'service control policy',
        exampleCall: 'ec2:DescribeNetworkInterfaces',
        message: ec2Denied('us-east-1', 'ec2:DescribeNetworkInterfaces', SCP).message,
      },
    ]);
    expect(policyDenied.map(describePolicyDenial)).toEqual([
      `${A} ap-south-1 (resource control policy)`,
      `${A} us-east-1 (service control policy)`,
    ]);
  });

  it('keeps a policy deny of some calls in a region whose other calls answered: a blind spot', () => {
    const errors = [ec2Denied('us-east-1', 'ec2:DescribeRouteTables', SCP)];
    const { policyDenied, scanErrors } = separatePolicyDenials([target('us-east-1', true)], errors);
    expect(policyDenied).toEqual([]);
    expect(scanErrors).toEqual(errors);
  });

  it.each([
    ['an identity-based policy', 'an identity-based policy'],
    ['a permissions boundary', 'a permissions boundary'],
  ])(
    'keeps a region wholly denied by %s: that is the audit role, not the organisation',
    (_, words) => {
      const errors = allDenied('us-east-1', words);
      const { policyDenied, scanErrors } = separatePolicyDenials(
        [target('us-east-1', false)],
        errors,
      );
      expect(policyDenied).toEqual([]);
      expect(scanErrors).toEqual(errors);
    },
  );

  it('keeps a region whose calls failed for a policy and for something else', () => {
    const errors = [
      ...allDenied('us-east-1').slice(1),
      {
        ...ec2Denied('us-east-1', 'ec2:DescribeAddresses', SCP),
        errorCode: 'RequestLimitExceeded',
      },
    ];
    const { policyDenied, scanErrors } = separatePolicyDenials(
      [target('us-east-1', false)],
      errors,
    );
    expect(policyDenied).toEqual([]);
    expect(scanErrors).toHaveLength(6);
  });

  it('keeps whole-account and Global Accelerator failures: they are not an account-region', () => {
    const assume = {
      accountId: A,
      region: 'global',
      api: 'sts:AssumeRole',
      errorCode: 'AccessDenied',
      message: `User: x is not authorized to perform: sts:AssumeRole with an explicit deny in a resource control policy`,
    };
    const accelerators = {
      ...assume,
      api: 'globalaccelerator:ListAccelerators',
      errorCode: 'AccessDeniedException',
    };
    const one = separatePolicyDenials([{ accountId: A, region: '*', reached: false }], [assume]);
    expect(one).toEqual({ policyDenied: [], scanErrors: [assume] });
    const two = separatePolicyDenials([target('global', false)], [accelerators]);
    expect(two).toEqual({ policyDenied: [], scanErrors: [accelerators] });
  });

  it('judges a failure of no planned target (the home region) as a region of its own', () => {
    const listing = ec2Denied('us-east-1', 'ec2:DescribeRegions', SCP);
    const { policyDenied, scanErrors } = separatePolicyDenials(
      [target('eu-west-1', true)],
      [listing],
    );
    expect(scanErrors).toEqual([]);
    expect(policyDenied).toMatchObject([
      { region: 'us-east-1', exampleCall: 'ec2:DescribeRegions', policy: 'service control policy' },
    ]);
  });
});
