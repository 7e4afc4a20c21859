import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeOf } from '../../../src/cli/exitCode.js';
import { evaluateGate, gateCounts } from '../../../src/gate/evaluateGate.js';
import { emptyScan } from '../../../__fixtures__/findings.js';
import type { Coverage } from '../../../src/model/coverage.js';

const gap = { accountId: '222222222222', region: '*', reached: false, failures: ['x'] };
const complete: Coverage = {
  planned: 2,
  complete: 2,
  reached: 2,
  read: 2,
  policyDenied: 0,
  gaps: [],
};
const partial: Coverage = {
  planned: 2,
  complete: 1,
  reached: 1,
  read: 1,
  policyDenied: 0,
  gaps: [gap],
};
const nothing: Coverage = {
  planned: 2,
  complete: 0,
  reached: 0,
  read: 0,
  policyDenied: 0,
  gaps: [gap, gap],
};

const gate = (coverage: Coverage, failOnScanErrors: boolean) =>
  evaluateGate(gateCounts(emptyScan({ coverage })), { maxHighSuspicion: 0, failOnScanErrors });

describe('exitCodeOf', () => {
  it.each([
    ['a complete scan', complete, false, 0, false, ExitCode.Ok],
    [
      'a partial scan, the gate passing without a coverage check',
      partial,
      false,
      1,
      false,
      ExitCode.ScanErrors,
    ],
    ['a partial scan, --fail-on-scan-errors false given', partial, false, 1, true, ExitCode.Ok],
    ['a partial scan, the coverage check on', partial, true, 1, false, ExitCode.GateFailed],
    [
      'nothing scanned, --fail-on-scan-errors false given',
      nothing,
      false,
      2,
      true,
      ExitCode.NothingScanned,
    ],
  ])('%s: %#', (_what, coverage, failOnScanErrors, scanErrors, accepted, code) => {
    expect(exitCodeOf(gate(coverage, failOnScanErrors), scanErrors, accepted)).toBe(code);
  });
});
