// The command-line entry: argv -> options -> scan -> reports -> exit code. Only wiring.
import { flagFor, parseCli, USAGE } from './cliArgs.js';
import { prepareAudit, runAudit } from './audit.js';
import { ClientFactory } from './aws/clients.js';
import { readBaselineFile } from './baselineFile.js';
import { consoleLogger } from './logger.js';
import { InputError, validate } from './options.js';
import { textSummary } from './textSummary.js';
import { VERSION } from './version.js';

export const ExitCode = { Ok: 0, Failure: 1, InputError: 2, ScanErrors: 3, GateFailed: 4 } as const;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function runCli(argv: string[], io: CliIo = process): Promise<number> {
  let options;
  let suppressions;
  try {
    const parsed = parseCli(argv);
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
  try {
    const { result, cost, gate, files } = await runAudit(options, suppressions, {
      clients,
      logger: consoleLogger(io.stderr),
      mask: () => {},
      loadBaseline: readBaselineFile,
    });
    io.stdout.write(textSummary(result, cost, files, gate));
    if (!gate.passed) return ExitCode.GateFailed;
    return result.scanErrors.length > 0 ? ExitCode.ScanErrors : ExitCode.Ok;
  } catch (error) {
    io.stderr.write(`aws-ipv4-audit: ${(error as Error).message}\n`);
    return ExitCode.Failure;
  } finally {
    clients.destroy();
  }
}
