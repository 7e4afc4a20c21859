// The action: inputs -> checks before any AWS call -> scan and verdict -> reports -> artifact,
// outputs, summary, PR comment -> the step's result. Only wiring; every step lives in its module.
import path from 'node:path';
import * as actionsCore from '@actions/core';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { preflight, type Prepared } from '../audit/preflight.js';
import { runAudit } from '../audit/runAudit.js';
import { errorMessage } from '../common/errorMessage.js';
import type { Logger } from '../common/logger.js';
import { SecretRedactor } from '../common/secretRedactor.js';
import type { GateCheck } from '../gate/evaluateGate.js';
import { InputError } from '../options/options.js';
import { writeReports, type WrittenReports } from '../report/writeReports.js';
import type { ActionCore } from './actionCore.js';
import { callBounds } from './github/boundedFetch.js';
import { downloadBaseline } from './github/downloadBaseline.js';
import { publishSummary } from './github/jobSummary.js';
import { oidcToken } from './github/oidcToken.js';
import { uploadReports } from './github/uploadReports.js';
import { readActionOptions, type ActionOptions } from './inputs.js';
import { Outputs, setOutputs } from './outputs.js';
import { workflowLogger } from './workflowLogger.js';

/**
 * `uploadScript`: what the artifact upload's worker thread runs, the bundle itself (index.ts
 * hands a worker its job): the script node was started with.
 */
export async function run(
  core: ActionCore = actionsCore,
  uploadScript: string = process.argv[1] ?? '',
): Promise<void> {
  const logger = workflowLogger(core);
  // Every value masked in the log is also kept out of the report files and the summary.
  const secrets = new SecretRedactor();
  const mask = (secret: string) => {
    secrets.add(secret);
    core.setSecret(secret);
  };
  const redact = (text: string) => secrets.redact(text);
  try {
    const options = readActionOptions(core.getInput);
    if (options.githubToken) mask(options.githubToken);
    const prepared = await preflight(options);
    core.setOutput(Outputs.ReportDir, path.resolve(options.outputDir));

    const outcome = await core.group('Scan', () =>
      audit(options, prepared, { logger, mask, redact }),
    );
    const written = await writeReports(outcome, options.outputDir);
    if (written.error === undefined) {
      logger.info(`Wrote ${written.files.length} reports to ${path.resolve(options.outputDir)}`);
    }
    const artifact =
      options.uploadArtifact && written.files.length > 0
        ? await uploadReports(
            written.files,
            options.outputDir,
            options.artifactName,
            options.retentionDays,
            { requestTimeoutSeconds: options.requestTimeoutSeconds, script: uploadScript },
          )
        : undefined;
    if (artifact?.error) logger.warning(`The report artifact was not uploaded: ${artifact.error}`);

    setOutputs(core, outcome, artifact);
    await publishSummary(core, logger, {
      outcome,
      options,
      redact,
      ...(artifact ? { artifact } : {}),
      ...(written.error ? { writeError: written.error } : {}),
    });
    failIfNeeded(core, outcome, written, options.summaryDetail === 'counts');
  } catch (error) {
    if (error instanceof Error && error.stack) logger.debug(redact(error.stack));
    core.setFailed(
      error instanceof InputError ? `Invalid input ${error.message}` : redact(errorMessage(error)),
    );
  }
}

interface AuditContext {
  logger: Logger;
  mask: (secret: string) => void;
  redact: (text: string) => string;
}

/** The scan and its verdict. */
function audit(
  options: ActionOptions,
  { suppressions, baselineFile }: Prepared,
  { logger, mask, redact }: AuditContext,
): Promise<AuditOutcome> {
  return runAudit(options, suppressions, {
    logger,
    mask,
    redact,
    getIdToken: (audience) => oidcToken(audience, callBounds(options.requestTimeoutSeconds)),
    // A file was read before the scan; the artifact is looked for now (none on a first run).
    loadBaseline: async () =>
      baselineFile ??
      downloadBaseline(
        options.artifactName,
        options.githubToken,
        logger,
        callBounds(options.requestTimeoutSeconds),
      ),
  });
}

/**
 * The step fails when the reports could not be written or the gate failed; both are said. With
 * counts only, the failure (an annotation anyone can read) names checks and counts, no ids.
 */
function failIfNeeded(
  core: ActionCore,
  { gate }: AuditOutcome,
  written: WrittenReports,
  countsOnly: boolean,
): void {
  const said = (v: GateCheck) =>
    countsOnly ? `'${v.input}': ${v.count} (limit ${v.limit})` : v.message;
  const failures = [
    ...(written.error === undefined ? [] : [`aws-ipv4-audit: ${written.error}`]),
    ...(gate.passed ? [] : [`aws-ipv4-audit gate failed: ${gate.violations.map(said).join('; ')}`]),
  ];
  if (failures.length > 0) core.setFailed(failures.join('\n'));
}
