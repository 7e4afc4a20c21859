import { describe, expect, it } from 'vitest';
import { coverageOf, describeGap } from '../../../src/analyze/coverage.js';
import type { ScanError } from '../../../src/analyze/types.js';

const error = (
  accountId: string,
  region: string,
  api: string,
  errorCode = 'Denied',
): ScanError => ({
  accountId,
  region,
  api,
  errorCode,
  message: 'no',
});

describe('coverageOf', () => {
  it('counts a complete scan as complete', () => {
    expect(
      coverageOf(
        [
          { accountId: '111111111111', region: 'us-east-1', reached: true },
          { accountId: '111111111111', region: 'global', reached: true },
        ],
        [],
      ),
    ).toEqual({ planned: 2, complete: 2, reached: 2, gaps: [] });
  });

  it('ties each failure to its account-region, an account-level failure to the whole account', () => {
    const coverage = coverageOf(
      [
        { accountId: '222222222222', region: '*', reached: false },
        { accountId: '111111111111', region: 'us-east-1', reached: true },
        { accountId: '111111111111', region: 'eu-west-1', reached: true },
      ],
      [
        error('111111111111', 'us-east-1', 'ec2:DescribeRouteTables'),
        error('111111111111', 'us-east-1', 'ec2:DescribeSubnets'),
        error('222222222222', 'global', 'sts:AssumeRole', 'AccessDenied'),
      ],
    );
    expect(coverage).toEqual({
      planned: 3,
      complete: 1,
      reached: 2,
      gaps: [
        {
          accountId: '111111111111',
          region: 'us-east-1',
          reached: true,
          failures: ['ec2:DescribeRouteTables: Denied', 'ec2:DescribeSubnets: Denied'],
        },
        {
          accountId: '222222222222',
          region: '*',
          reached: false,
          failures: ['sts:AssumeRole: AccessDenied'],
        },
      ],
    });
    expect(coverage.gaps.map(describeGap)).toEqual([
      '111111111111 us-east-1 (ec2:DescribeRouteTables: Denied, ec2:DescribeSubnets: Denied)',
      '222222222222 all regions (sts:AssumeRole: AccessDenied)',
    ]);
  });

  it('keeps a failure outside every planned account-region as a gap of its own', () => {
    // DescribeRegions failed in the home region of an account scanned in named regions only.
    const coverage = coverageOf(
      [{ accountId: '111111111111', region: 'eu-west-1', reached: true }],
      [error('111111111111', 'us-east-1', 'ec2:DescribeRegions')],
    );
    expect(coverage).toEqual({
      planned: 2,
      complete: 1,
      reached: 2,
      gaps: [
        {
          accountId: '111111111111',
          region: 'us-east-1',
          reached: true,
          failures: ['ec2:DescribeRegions: Denied'],
        },
      ],
    });
  });
});
