import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/gate.js';

describe('evaluateGate', () => {
  const counts = { highSuspicion: 3, unassociatedEips: 2, scanErrors: 1 };

  it('passes with no thresholds set', () => {
    expect(evaluateGate(counts, { failOnScanErrors: false })).toEqual({
      passed: true,
      counts,
      violations: [],
    });
  });

  it('passes at the threshold and fails above it, naming the threshold and the excess', () => {
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
          message: "3 HIGH-suspicion public IPs exceed 'max-high-suspicion' (1) by 2",
        },
        {
          input: 'max-unassociated-eips',
          count: 2,
          limit: 0,
          message: "2 unassociated Elastic IPs exceed 'max-unassociated-eips' (0) by 2",
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
