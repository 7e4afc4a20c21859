import { describe, expect, it } from 'vitest';
import { emptyScan, eipRow, eniRow } from '../../__fixtures__/findings.js';
import type { Baseline } from '../../src/analyze/baselineDiff.js';
import type { ElasticIp, EniPublicIp } from '../../src/analyze/types.js';
import { evaluateGate, gateCounts, type GateCounts } from '../../src/gate.js';
import type { ScanResult } from '../../src/scanResult.js';

const counts: GateCounts = {
  highSuspicion: 3,
  unassociatedEips: 2,
  scanErrors: 1,
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
  it('passes with no thresholds set', () => {
    expect(evaluateGate(counts, { failOnScanErrors: false })).toEqual({
      passed: true,
      counts,
      violations: [],
    });
  });

  it('passes at the threshold and fails above it, naming the threshold, the excess and the addresses', () => {
    expect(
      evaluateGate(counts, { maxHighSuspicion: 3, maxUnassociatedEips: 2, failOnScanErrors: false })
        .passed,
    ).toBe(true);
    expect(
      evaluateGate(counts, { maxHighSuspicion: 1, maxUnassociatedEips: 0, failOnScanErrors: true }),
    ).toEqual({
      passed: false,
      counts,
      violations: [
        {
          input: 'max-high-suspicion',
          count: 3,
          limit: 1,
          message:
            "3 HIGH-suspicion public IPs exceed 'max-high-suspicion' (1) by 2: 54.0.0.1 (eni-1, 111111111111 us-east-1), 54.0.0.2 (eni-2, 111111111111 us-east-1), and 1 more",
        },
        {
          input: 'max-unassociated-eips',
          count: 2,
          limit: 0,
          message:
            "2 unassociated Elastic IPs exceed 'max-unassociated-eips' (0) by 2: 3.0.0.1 (eipalloc-1, 111111111111 us-east-1), 3.0.0.2 (eipalloc-2, 111111111111 us-east-1)",
        },
        {
          input: 'fail-on-scan-errors',
          count: 1,
          limit: 0,
          message: "1 AWS call(s) failed and 'fail-on-scan-errors' is true",
        },
      ],
    });
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
