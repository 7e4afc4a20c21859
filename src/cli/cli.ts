// The command-line entry: argv -> options -> checks before any AWS call -> scan and verdict ->
// reports -> summary and exit code. Only wiring.
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { preflight } from '../audit/preflight.js';
import { runAudit } from '../audit/runAudit.js';
import { ClientFactory } from '../aws/clients.js';
import { errorMessage } from '../common/errorMessage.js';
import type { Logger } from '../common/logger.js';
import { SecretRedactor } from '../common/secretRedactor.js';
import { VERSION } from '../common/version.js';
import { readBaselineFile } from '../options/baselineFile.js';
import { InputError, validate, type Options } from '../options/options.js';
import { writeReports } from '../report/writeReports.js';
import { flagFor, parseCli, USAGE } from './args.js';
import { consoleLogger } from './consoleLogger.js';
import { ExitCode, exitCodeOf } from './exitCode.js';
import { textSummary } from './textSummary.js';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function runCli(argv: string[], io: CliIo = process): Promise<number> {
  let options: Options;
  let suppressions;
  let logger: Logger;
  try {
    const parsed = parseCli(argv);
    if (parsed.kind === 'usage') {
      io.stderr.write(USAGE);
      return ExitCode.InputError;
    }
    if (parsed.kind === 'help' || parsed.kind === 'version') {
      io.stdout.write(parsed.kind === 'help' ? USAGE : `${VERSION}\n`);
      return ExitCode.Ok;
    }
    logger = consoleLogger(io.stderr, parsed.verbose);
    options = validate(parsed.raw);
    suppressions = await preflight(options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`aws-ipv4-audit: ${flagFor(error.input)}: ${error.problem}\n`);
    return ExitCode.InputError;
  }

  // A terminal has no log masking, but the report files still must not quote credentials.
  const secrets = new SecretRedactor();
  const redact = (text: string) => secrets.redact(text);
  let outcome: AuditOutcome;
  const clients = new ClientFactory({
    maxSockets: options.concurrency,
    requestTimeoutSeconds: options.requestTimeoutSeconds,
  });
  try {
    outcome = await runAudit(options, suppressions, {
      clients,
      logger,
      mask: (secret) => secrets.add(secret),
      redact,
      loadBaseline: readBaselineFile,
    });
  } catch (error) {
    if (error instanceof Error && error.stack) logger.debug(redact(error.stack));
    io.stderr.write(`aws-ipv4-audit: ${redact(errorMessage(error))}\n`);
    return ExitCode.Failure;
  } finally {
    clients.destroy();
  }
  const written = await writeReports(outcome, options.outputDir);
  io.stdout.write(textSummary(outcome, written.files));
  if (written.error !== undefined) {
    io.stderr.write(`aws-ipv4-audit: ${written.error}\n`);
    return ExitCode.Failure;
  }
  return exitCodeOf(outcome.gate, outcome.result.scanErrors.length);
}
