// The command-line entry: argv -> options -> scan -> reports -> exit code. Only wiring.
import { flagFor, parseCli, USAGE } from './args.js';
import { prepareAudit, runAudit } from '../audit/runAudit.js';
import { ClientFactory } from '../aws/clients.js';
import { readBaselineFile } from '../options/baselineFile.js';
import { consoleLogger } from '../common/logger.js';
import { InputError, validate } from '../options/options.js';
import { errorMessage } from '../common/errorMessage.js';
import { COVERAGE_CHECK, type GateResult } from '../gate/evaluateGate.js';
import { SecretRedactor } from '../common/secretRedactor.js';
import { textSummary } from './textSummary.js';
import { VERSION } from '../common/version.js';

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

/** The exit code of a finished scan: the worst of what went wrong. */
export function exitCodeOf(gate: GateResult, scanErrors: number): number {
  if (gate.violations.some((v) => v.input === COVERAGE_CHECK)) return ExitCode.NothingScanned;
  if (!gate.passed) return ExitCode.GateFailed;
  return scanErrors > 0 ? ExitCode.ScanErrors : ExitCode.Ok;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function runCli(argv: string[], io: CliIo = process): Promise<number> {
  let options;
  let suppressions;
  try {
    const parsed = parseCli(argv);
    if (parsed.kind === 'usage') {
      io.stderr.write(USAGE);
      return ExitCode.InputError;
    }
    if (parsed.kind === 'help') {
      io.stdout.write(USAGE);
      return ExitCode.Ok;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`${VERSION}\n`);
      return ExitCode.Ok;
    }
    options = validate(parsed.raw);
    suppressions = await prepareAudit(options);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`aws-ipv4-audit: ${flagFor(error.input)}: ${error.problem}\n`);
      return ExitCode.InputError;
    }
    throw error;
  }

  const clients = new ClientFactory({
    maxSockets: options.concurrency,
    requestTimeoutSeconds: options.requestTimeoutSeconds,
  });
  // A terminal has no log masking, but the report files still must not quote credentials.
  const secrets = new SecretRedactor();
  try {
    const { result, cost, gate, files, writeError } = await runAudit(options, suppressions, {
      clients,
      logger: consoleLogger(io.stderr),
      mask: (secret) => secrets.add(secret),
      redact: (text) => secrets.redact(text),
      loadBaseline: readBaselineFile,
    });
    io.stdout.write(textSummary(result, cost, files, gate));
    if (writeError !== undefined) {
      io.stderr.write(`aws-ipv4-audit: ${writeError}\n`);
      return ExitCode.Failure;
    }
    return exitCodeOf(gate, result.scanErrors.length);
  } catch (error) {
    io.stderr.write(`aws-ipv4-audit: ${secrets.redact(errorMessage(error))}\n`);
    return ExitCode.Failure;
  } finally {
    clients.destroy();
  }
}
