// The command-line entry: argv -> options -> checks before any AWS call -> scan and verdict ->
// reports -> summary and exit code. Only wiring.
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { ARTIFACT_BASELINE, preflight, type Prepared } from '../audit/preflight.js';
import { runAudit } from '../audit/runAudit.js';
import { errorMessage } from '../common/errorMessage.js';
import { SecretRedactor } from '../common/secretRedactor.js';
import { VERSION } from '../common/version.js';
import { THRESHOLDS } from '../gate/thresholds.js';
import { InputError, Inputs, validate, type Options } from '../options/options.js';
import { removeCreatedDirs } from '../options/outputDir.js';
import type { Ticker } from '../scan/scanProgress.js';
import { flagFor, parseCli } from './args.js';
import { checkTerraformPlan } from './checkTerraformPlan.js';
import { credentialsHint } from './credentialsHint.js';
import { ExitCode, exitCodeOf } from './exitCode.js';
import { commandHelp, generalHelp } from './helpText.js';
import { paint } from './paint.js';
import { stderrOutput, type StderrOutput } from './stderrOutput.js';
import { terminalSummary } from './terminalSummary.js';
import { wantsColour, type TerminalStream } from './terminalStream.js';

export interface CliIo {
  stdout: TerminalStream;
  stderr: TerminalStream;
  /** The environment the colour choice reads (NO_COLOR); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** The scan's clock and the progress ticker: tests pass their own, never wall time. */
  now?: () => number;
  every?: Ticker;
}

interface Run {
  options: Options;
  prepared: Prepared;
  output: StderrOutput;
  /** `--fail-on-scan-errors false` was given: a partial scan whose gate passes exits 0. */
  partialAccepted: boolean;
}

export async function runCli(argv: string[], io: CliIo = process): Promise<number> {
  let run: Run | number;
  try {
    run = await prepare(argv, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`aws-ipv4-audit: ${flagFor(error.input)}: ${error.problem}\n`);
    return ExitCode.InputError;
  }
  return typeof run === 'number' ? run : audit(run, io);
}

/** The run's options, checked before any AWS call; or the exit code of help and version. */
async function prepare(argv: string[], io: CliIo): Promise<Run | number> {
  const parsed = parseCli(argv);
  if (parsed.kind === 'usage') {
    io.stderr.write(generalHelp());
    return ExitCode.InputError;
  }
  if (parsed.kind === 'help') {
    io.stdout.write(parsed.command ? commandHelp(parsed.command) : generalHelp());
    return ExitCode.Ok;
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return ExitCode.Ok;
  }
  if (parsed.kind === 'plan') {
    const colour = wantsColour(io.stdout, io.env ?? process.env);
    return checkTerraformPlan(parsed, io, paint(colour), io.now);
  }
  const output = stderrOutput(io.stderr, parsed, io.every);
  const options = validate(parsed.raw);
  if (options.baseline === ARTIFACT_BASELINE) {
    throw new InputError(
      Inputs.Baseline,
      `'${ARTIFACT_BASELINE}' is the action's (its last workflow artifact): give a report.json file (./${ARTIFACT_BASELINE} for a file of that name)`,
    );
  }
  const prepared = await preflight(options);
  const partialAccepted =
    parsed.raw[THRESHOLDS.failOnScanErrors.input] !== undefined &&
    !options.thresholds.failOnScanErrors;
  return { options, prepared, output, partialAccepted };
}

async function audit(
  { options, prepared, output, partialAccepted }: Run,
  io: CliIo,
): Promise<number> {
  const { logger } = output;
  // A terminal has no log masking, but the report files still must not quote credentials.
  const secrets = new SecretRedactor();
  const redact = (text: string) => secrets.redact(text);
  let outcome: AuditOutcome;
  try {
    outcome = await runAudit(options, prepared.suppressions, {
      logger,
      mask: (secret) => secrets.add(secret),
      redact,
      // Read and checked before the scan (preflight): a typo costs seconds, not a scan.
      loadBaseline: async () => {
        if (prepared.baselineFile === undefined) throw new Error('no baseline file was read');
        return prepared.baselineFile;
      },
      progress: output.progress,
      inputName: flagFor,
      ...(io.now ? { now: io.now } : {}),
    });
  } catch (error) {
    if (error instanceof Error && error.stack) logger.debug(redact(error.stack));
    // An input only AWS could judge (an OU the organisation does not have).
    if (error instanceof InputError) {
      io.stderr.write(`aws-ipv4-audit: ${flagFor(error.input)}: ${redact(error.problem)}\n`);
      return ExitCode.InputError;
    }
    const hint = credentialsHint(error, options.credentials).map((line) => `${line}\n`);
    io.stderr.write(`aws-ipv4-audit: ${redact(errorMessage(error))}\n${hint.join('')}`);
    // Stopped before any report: the folder preflight made for them is not left behind empty.
    await removeCreatedDirs(prepared.createdDirs);
    return ExitCode.Failure;
  }
  // Loaded when it runs: the report code is no part of start-up (a chunk of its own in dist/).
  const { writeReports } = await import('../report/writeReports.js');
  const written = await writeReports(outcome, options.outputDir);
  const exitCode =
    written.error === undefined
      ? exitCodeOf(outcome.gate, outcome.totals.scanErrors, partialAccepted)
      : ExitCode.Failure;
  const colour = wantsColour(io.stdout, io.env ?? process.env);
  io.stdout.write(
    terminalSummary({
      outcome,
      files: written.files,
      outputDir: options.outputDir,
      exitCode,
      paint: paint(colour),
    }),
  );
  if (written.error !== undefined) io.stderr.write(`aws-ipv4-audit: ${written.error}\n`);
  return exitCode;
}
