// The CLI's exit codes: what a script calling it can tell apart.
import { COVERAGE_CHECK, type GateResult } from '../gate/evaluateGate.js';

export const ExitCode = {
  Ok: 0,
  Failure: 1,
  InputError: 2,
  /** Reports written, but some account-regions were not read completely. */
  ScanErrors: 3,
  GateFailed: 4,
  /** Not one account-region could be read: the reports say nothing. */
  NothingScanned: 5,
} as const;

/**
 * The exit code of a finished scan: the worst of what went wrong. A partial scan exits 3 unless
 * the user accepted partial coverage (`--fail-on-scan-errors false`): then a passed gate is 0.
 * A scan that read nothing is 5 whatever was accepted.
 */
export function exitCodeOf(gate: GateResult, scanErrors: number, partialAccepted = false): number {
  if (gate.violations.some((v) => v.input === COVERAGE_CHECK)) return ExitCode.NothingScanned;
  if (!gate.passed) return ExitCode.GateFailed;
  return scanErrors > 0 && !partialAccepted ? ExitCode.ScanErrors : ExitCode.Ok;
}

/** What an exit code tells whoever reads the summary; `partial` when the scan missed something. */
export function exitCodeMeaning(code: number, partial = false): string {
  switch (code) {
    case ExitCode.Ok:
      return partial
        ? 'the gate passed; the scan is partial, which --fail-on-scan-errors false accepts (see scan_errors.csv).'
        : 'the scan is complete and the gate passed.';
    case ExitCode.ScanErrors:
      return 'the reports are written, but some account-regions were not read completely (see scan_errors.csv).';
    case ExitCode.GateFailed:
      return 'the gate failed.';
    case ExitCode.NothingScanned:
      return 'nothing could be scanned.';
    case ExitCode.InputError:
      return 'an input was refused.';
    default:
      return 'the run failed.';
  }
}
