import { describe, expect, it } from 'vitest';
import { emptyScan, eipRow, eniRow } from '../../../__fixtures__/findings.js';
import type { Baseline } from '../../../src/analyze/baselineDiff.js';
import type { ElasticIp, EniPublicIp } from '../../../src/model/findings.js';
import { coverageOf } from '../../../src/analyze/coverage.js';
import { type Coverage } from '../../../src/model/coverage.js';
import {
  evaluateGate,
  gateCounts,
  type GateCheck,
  type GateCounts,
  type GateResult,
} from '../../../src/gate/evaluateGate.js';
import type { ScanError, ScanResult } from '../../../src/model/scanResult.js';

const COMPLETE: Coverage = {
  planned: 4,
  complete: 4,
  reached: 4,
  read: 3,
  policyDenied: 0,
  gaps: [],
};
const PARTIAL: Coverage = coverageOf(
  [
    { accountId: '111111111111', region: 'us-east-1', reached: true, read: true },
    { accountId: '111111111111', region: 'eu-west-1', reached: true, read: true },
    { accountId: '111111111111', region: 'global', reached: true },
    { accountId: '222222222222', region: '*', reached: false },
  ],
  [
    scanError('111111111111', 'eu-west-1', 'ec2:DescribeRouteTables', 'UnauthorizedOperation'),
    scanError('222222222222', 'global', 'sts:AssumeRole', 'AccessDenied'),
  ],
);

function scanError(accountId: string, region: string, api: string, errorCode: string): ScanError {
  return { accountId, region, api, errorCode, message: 'no' };
}

const counts: GateCounts = {
  highSuspicion: 3,
  unassociatedEips: 2,
  scanErrors: 0,
  suppressed: 0,
  scope: 'all',
  highExamples: [
    '54.0.0.1 (eni-1, 111111111111 us-east-1)',
    '54.0.0.2 (eni-2, 111111111111 us-east-1)',
  ],
  unassociatedExamples: [
    '3.0.0.1 (eipalloc-1, 111111111111 us-east-1)',
    '3.0.0.2 (eipalloc-2, 111111111111 us-east-1)',
  ],
  coverage: COMPLETE,
  policyDenied: 0,
  policyDeniedExamples: [],
  ipamMissed: 0,
  ipamMissedExamples: [],
};

const COVERAGE_PASSED: GateCheck = {
  input: 'coverage',
  count: 3,
  limit: 1,
  bound: 'min',
  passed: true,
  message: "3 account-regions' network interfaces or addresses could be read",
};

function eni(
  address: string,
  suspicion: EniPublicIp['suspicion'],
  extra: Partial<EniPublicIp> = {},
): EniPublicIp {
  return eniRow({ address, suspicion, ...extra });
}

function eip(publicIp: string, extra: Partial<ElasticIp> = {}): ElasticIp {
  return eipRow({ publicIp, allocationId: `eipalloc-${publicIp}`, ...extra });
}

function result(eniPublicIps: EniPublicIp[], unassociatedEips: ElasticIp[]): ScanResult {
  return emptyScan({ eniPublicIps, unassociatedEips });
}

describe('evaluateGate', () => {
  it('passes with no thresholds set, checking only that something was read', () => {
    expect(evaluateGate(counts, { failOnScanErrors: false })).toEqual({
      passed: true,
      counts,
      checks: [COVERAGE_PASSED],
      violations: [],
    });
  });

  it('passes at the threshold and fails above it, naming the threshold, the excess and the addresses', () => {
    expect(
      evaluateGate(counts, { maxHighSuspicion: 3, maxUnassociatedEips: 2, failOnScanErrors: true })
        .checks,
    ).toEqual([
      COVERAGE_PASSED,
      {
        input: 'max-high-suspicion',
        count: 3,
        limit: 3,
        bound: 'max',
        passed: true,
        message: "3 HIGH-suspicion public IPs, within 'max-high-suspicion' (3)",
      },
      {
        input: 'max-unassociated-eips',
        count: 2,
        limit: 2,
        bound: 'max',
        passed: true,
        message: "2 unassociated Elastic IPs, within 'max-unassociated-eips' (2)",
      },
      {
        input: 'fail-on-scan-errors',
        count: 0,
        limit: 0,
        bound: 'max',
        passed: true,
        message: 'All 4 planned account-regions were read completely',
      },
    ]);
    const gate = evaluateGate(counts, {
      maxHighSuspicion: 1,
      maxUnassociatedEips: 0,
      failOnScanErrors: false,
    });
    expect(gate.passed).toBe(false);
    expect(gate.violations.map((v) => [v.input, v.count, v.limit, v.message])).toEqual([
      [
        'max-high-suspicion',
        3,
        1,
        "3 HIGH-suspicion public IPs exceed 'max-high-suspicion' (1) by 2: 54.0.0.1 (eni-1, 111111111111 us-east-1), 54.0.0.2 (eni-2, 111111111111 us-east-1), and 1 more",
      ],
      [
        'max-unassociated-eips',
        2,
        0,
        "2 unassociated Elastic IPs exceed 'max-unassociated-eips' (0) by 2: 3.0.0.1 (eipalloc-1, 111111111111 us-east-1), 3.0.0.2 (eipalloc-2, 111111111111 us-east-1)",
      ],
    ]);
  });

  it('fails a partial scan under fail-on-scan-errors, naming what was not read and how to accept it', () => {
    const partial = { ...counts, scanErrors: 2, coverage: PARTIAL };
    const gate = evaluateGate(partial, { maxHighSuspicion: 10, failOnScanErrors: true });
    expect(gate.passed).toBe(false);
    expect(gate.violations).toEqual([
      {
        input: 'fail-on-scan-errors',
        count: 2,
        limit: 0,
        bound: 'max',
        passed: false,
        message:
          'The scan is incomplete: 2 of 4 account-regions were not read completely: ' +
          '111111111111 eu-west-1 (ec2:DescribeRouteTables: UnauthorizedOperation), ' +
          '222222222222 all regions (sts:AssumeRole: AccessDenied). A gate does not pass on what ' +
          "it could not check; set 'fail-on-scan-errors' to false to accept partial coverage",
      },
    ]);
    // Accepted explicitly: the partial scan passes (the summary still says it is partial).
    expect(evaluateGate(partial, { maxHighSuspicion: 10, failOnScanErrors: false }).passed).toBe(
      true,
    );
  });

  it('fails a scan that read nothing, whatever the thresholds', () => {
    const nothing = coverageOf(
      [
        { accountId: '111111111111', region: 'us-east-1', reached: false },
        { accountId: '222222222222', region: '*', reached: false },
      ],
      [
        scanError('111111111111', 'us-east-1', 'ec2:DescribeAddresses', 'UnauthorizedOperation'),
        scanError('222222222222', 'global', 'sts:AssumeRole', 'AccessDenied'),
      ],
    );
    const gate = evaluateGate({ ...counts, coverage: nothing }, { failOnScanErrors: false });
    expect(gate.passed).toBe(false);
    expect(gate.violations).toEqual([
      {
        input: 'coverage',
        count: 0,
        limit: 1,
        bound: 'min',
        passed: false,
        message:
          'Nothing was scanned: not one of the 2 planned account-regions could be read ' +
          '(111111111111 us-east-1 (ec2:DescribeAddresses: UnauthorizedOperation), ' +
          '222222222222 all regions (sts:AssumeRole: AccessDenied)). Check the credentials, ' +
          'the member role and its permissions',
      },
    ]);
    const none = { planned: 0, complete: 0, reached: 0, read: 0, policyDenied: 0, gaps: [] };
    expect(
      evaluateGate({ ...counts, coverage: none }, { failOnScanErrors: false }).violations[0]
        ?.message,
    ).toBe(
      'Nothing was scanned: no account-region was planned (no ACTIVE account, or none of the named regions is enabled)',
    );
  });
});

describe('account-regions an organisation policy denied', () => {
  const DENIED = [
    '222222222222 us-east-1 (service control policy)',
    '222222222222 us-west-2 (service control policy)',
  ];
  const denied: GateCounts = { ...counts, policyDenied: 2, policyDeniedExamples: DENIED };

  it('pass the gate by default, partial-scan check included', () => {
    const gate = evaluateGate(denied, { maxHighSuspicion: 10, failOnScanErrors: true });
    expect(gate.passed).toBe(true);
    expect(gate.checks.map((c) => c.input)).toEqual([
      'coverage',
      'max-high-suspicion',
      'fail-on-scan-errors',
    ]);
  });

  it('fail it with fail-on-policy-denied, naming them and the ways out', () => {
    const gate = evaluateGate(denied, { failOnScanErrors: false, failOnPolicyDenied: true });
    expect(gate.violations).toEqual([
      {
        input: 'fail-on-policy-denied',
        count: 2,
        limit: 0,
        bound: 'max',
        passed: false,
        message:
          '2 account-regions are denied by an organisation policy: 222222222222 us-east-1 ' +
          '(service control policy), 222222222222 us-west-2 (service control policy). Scan only ' +
          "the regions the policies allow ('regions'), or set 'fail-on-policy-denied' to false to accept them",
      },
    ]);
    const none = evaluateGate(counts, { failOnScanErrors: false, failOnPolicyDenied: true });
    expect(none.checks.at(-1)).toMatchObject({
      input: 'fail-on-policy-denied',
      passed: true,
      message: 'No account-region is denied by an organisation policy',
    });
  });

  it('never count as something read: every region denied fails, what else answered aside', () => {
    // The Global Accelerator listing answered; each region was denied.
    const onlyGlobal = coverageOf(
      [{ accountId: '222222222222', region: 'global', reached: true }],
      [],
      [
        { accountId: '222222222222', region: 'us-east-1' },
        { accountId: '222222222222', region: 'us-west-2' },
      ],
    );
    const gate = evaluateGate(
      { ...denied, coverage: onlyGlobal },
      { failOnScanErrors: false },
      (input) => `--${input}`,
    );
    expect(gate.violations).toEqual([
      {
        input: 'coverage',
        count: 0,
        limit: 1,
        bound: 'min',
        passed: false,
        message:
          'Nothing was scanned: no network interface or address could be read; 2 account-regions ' +
          'are denied by an organisation policy (222222222222 us-east-1 (service control policy), ' +
          "222222222222 us-west-2 (service control policy)). Scan the regions the organisation's " +
          'policies allow (--regions)',
      },
    ]);
  });

  it('are named next to what could not be read when nothing was', () => {
    const refused = coverageOf(
      [{ accountId: '111111111111', region: '*', reached: false }],
      [scanError('111111111111', 'global', 'sts:AssumeRole', 'AccessDenied')],
    );
    const gate = evaluateGate({ ...denied, coverage: refused }, { failOnScanErrors: false });
    expect(gate.violations[0]?.message).toBe(
      'Nothing was scanned: not one of the 1 planned account-regions could be read ' +
        '(111111111111 all regions (sts:AssumeRole: AccessDenied)), and 2 account-regions are ' +
        'denied by an organisation policy (222222222222 us-east-1 (service control policy), ' +
        '222222222222 us-west-2 (service control policy)). Check the credentials, the member ' +
        'role and its permissions',
    );
  });
});

describe('gateCounts', () => {
  it('leaves suppressed findings and free BYOIP addresses out, and counts the suppressed apart', () => {
    const scan = result(
      [
        eni('54.0.0.1', 'HIGH'),
        eni('54.0.0.2', 'HIGH', { suppressionReason: 'bastion' }),
        eni('54.0.0.3', 'LOW'),
      ],
      [
        eip('3.0.0.1'),
        eip('3.0.0.2', { byoip: true, pool: 'ipv4pool-ec2-1' }),
        eip('3.0.0.3', { suppressionReason: 'DR spare' }),
      ],
    );
    expect(gateCounts(scan)).toEqual({
      highSuspicion: 1,
      unassociatedEips: 1,
      scanErrors: 0,
      suppressed: 2,
      scope: 'all',
      highExamples: ['54.0.0.1 (eni-54.0.0.1, 111111111111 us-east-1)'],
      unassociatedExamples: ['3.0.0.1 (eipalloc-3.0.0.1, 111111111111 us-east-1)'],
      coverage: scan.coverage,
      policyDenied: 0,
      policyDeniedExamples: [],
      // Counted whether or not it is set: without IPAM asked, its count is unknown.
      ipamMissed: 0,
      ipamMissedExamples: [],
      unknown: {
        'max-ipam-missed': "IPAM was not asked ('ipam-resource-discovery-id' is not set)",
      },
    });
  });

  it('with a baseline counts only what is new or newly HIGH', () => {
    const baseline: Baseline = {
      source: 'old.json',
      eniFindings: new Map([
        [
          '111111111111/us-east-1/eni-54.0.0.1/54.0.0.1',
          { suspicion: 'HIGH', address: '54.0.0.1' },
        ],
        ['111111111111/us-east-1/eni-54.0.0.2/54.0.0.2', { suspicion: 'LOW', address: '54.0.0.2' }],
      ]),
      unassociatedEips: new Set(['111111111111/us-east-1/eipalloc-3.0.0.1']),
      totalMonthlyUsd: 0,
      scope: { complete: new Set(), figures: new Map() },
      run: {
        startedAt: '2026-01-01T00:00:00.000Z',
        monthlyCostUsd: 0,
        potentialSavingsUsd: 0,
        publicIpv4Addresses: 2,
        bySuspicion: { LOW: 1, MODERATE: 0, HIGH: 1, UNKNOWN: 0 },
        unassociatedEips: 1,
        accountRegionsPlanned: 1,
        accountRegionsComplete: 1,
      },
    };
    const scan = result(
      [eni('54.0.0.1', 'HIGH'), eni('54.0.0.2', 'HIGH'), eni('54.0.0.9', 'HIGH')],
      [eip('3.0.0.1'), eip('3.0.0.9')],
    );
    const c = gateCounts(scan, baseline);
    expect([c.scope, c.highSuspicion, c.unassociatedEips]).toEqual(['new', 2, 1]);
    expect(
      evaluateGate(c, { maxHighSuspicion: 1, failOnScanErrors: false }).violations[0]?.message,
    ).toBe(
      "2 new HIGH-suspicion public IPs exceed 'max-high-suspicion' (1) by 1: 54.0.0.2 (eni-54.0.0.2, 111111111111 us-east-1), 54.0.0.9 (eni-54.0.0.9, 111111111111 us-east-1)",
    );
  });
});

describe('the names of inputs in messages', () => {
  it("are the action's quoted names by default and the CLI's flags when asked", () => {
    const partial: GateCounts = { ...counts, coverage: PARTIAL };
    const thresholds = { maxHighSuspicion: 0, failOnScanErrors: true };
    const said = (gate: GateResult) =>
      gate.violations.map((v) => v.message.match(/--[a-z-]+|'[a-z-]+'/g));
    expect(said(evaluateGate(partial, thresholds))).toEqual([
      ["'max-high-suspicion'"],
      ["'fail-on-scan-errors'"],
    ]);
    expect(said(evaluateGate(partial, thresholds, (input) => `--${input}`))).toEqual([
      ['--max-high-suspicion'],
      ['--fail-on-scan-errors'],
    ]);
  });
});

describe("the 'max-ipam-missed' check", () => {
  const check = (extra: Partial<GateCounts>, limit = 0) =>
    evaluateGate(
      { ...counts, ...extra },
      { maxIpamMissed: limit, failOnScanErrors: true },
    ).checks.find((c) => c.input === 'max-ipam-missed');
  const examples = [
    '54.1.1.1 (ec2-public-ip, 111111111111 us-east-1)',
    '54.1.1.2 (ec2-public-ip, 111111111111 us-east-1)',
  ];

  it('passes within the limit and fails above it, naming the addresses', () => {
    expect(check({})).toMatchObject({
      count: 0,
      passed: true,
      message: "0 addresses IPAM sampled that the scan missed, within 'max-ipam-missed' (0)",
    });
    expect(check({ ipamMissed: 2, ipamMissedExamples: examples }, 1)).toMatchObject({
      count: 2,
      passed: false,
      message:
        "2 addresses IPAM sampled that the scan missed exceed 'max-ipam-missed' (1) by 1: " +
        examples.join(', '),
    });
  });

  it('fails closed where its count is unknown (IPAM could not be read), whatever the count', () => {
    const unknown = { 'max-ipam-missed': 'IPAM could not be read in 1 region(s) (eu-west-1)' };
    expect(check({ unknown }, 10)).toMatchObject({
      count: 0,
      passed: false,
      message:
        "IPAM could not be read in 1 region(s) (eu-west-1); 'max-ipam-missed' (10) does not pass on what it could not check",
    });
  });
});
