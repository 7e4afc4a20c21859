import { describe, expect, it } from 'vitest';
import { coverageOf, coverageText, describeGap } from '../../../src/analyze/coverage.js';
import type { ScanError } from '../../../src/model/scanResult.js';

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
          { accountId: '111111111111', region: 'us-east-1', reached: true, read: true },
          { accountId: '111111111111', region: 'global', reached: true },
        ],
        [],
      ),
    ).toEqual({ planned: 2, complete: 2, reached: 2, read: 1, policyDenied: 0, gaps: [] });
  });

  it('ties each failure to its account-region, an account-level failure to the whole account', () => {
    const coverage = coverageOf(
      [
        { accountId: '222222222222', region: '*', reached: false },
        { accountId: '111111111111', region: 'us-east-1', reached: true, read: true },
        { accountId: '111111111111', region: 'eu-west-1', reached: true, read: true },
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
      read: 2,
      policyDenied: 0,
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

  it('keeps a failure outside every planned account-region as a gap of its own, never read', () => {
    // DescribeRegions failed in the home region of an account scanned in named regions only.
    const coverage = coverageOf(
      [{ accountId: '111111111111', region: 'eu-west-1', reached: false }],
      [
        error('111111111111', 'us-east-1', 'ec2:DescribeRegions'),
        error('111111111111', 'eu-west-1', 'ec2:DescribeAddresses'),
      ],
    );
    expect(coverage).toEqual({
      planned: 2,
      complete: 0,
      reached: 0,
      read: 0,
      policyDenied: 0,
      gaps: [
        {
          accountId: '111111111111',
          region: 'eu-west-1',
          reached: false,
          failures: ['ec2:DescribeAddresses: Denied'],
        },
        {
          accountId: '111111111111',
          region: 'us-east-1',
          reached: false,
          failures: ['ec2:DescribeRegions: Denied'],
        },
      ],
    });
  });

  it('leaves account-regions denied by policy out of the planned ones, and counts them apart', () => {
    const coverage = coverageOf(
      [
        { accountId: '111111111111', region: 'us-east-1', reached: false },
        { accountId: '111111111111', region: 'eu-west-1', reached: true, read: true },
        { accountId: '111111111111', region: 'global', reached: true },
      ],
      [],
      [{ accountId: '111111111111', region: 'us-east-1' }],
    );
    expect(coverage).toEqual({
      planned: 2,
      complete: 2,
      reached: 2,
      read: 1,
      policyDenied: 1,
      gaps: [],
    });
  });
});

describe('coverageText', () => {
  it('is the fraction alone when no policy denies anything, else says how many it denies', () => {
    const base = { reached: 0, read: 0, gaps: [] };
    expect(coverageText({ ...base, planned: 16, complete: 14, policyDenied: 0 })).toBe('14/16');
    expect(coverageText({ ...base, planned: 118, complete: 118, policyDenied: 34 })).toBe(
      '118/118 read, 34 denied by policy',
    );
  });
});
