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
import { checkPlans, planRunOutcome, type PlanOutcome } from '../audit/checkPlans.js';
import type { GateCheck, GateResult } from '../gate/evaluateGate.js';
import { InputError, Inputs } from '../options/options.js';
import { PlanFileError } from '../plan/planFileError.js';
import { planHeadline } from '../report/planSummary.js';
import type { WrittenReports } from '../report/writeReports.js';
import type { ActionCore } from './actionCore.js';
import { callBounds } from './github/boundedFetch.js';
import { downloadBaseline } from './github/downloadBaseline.js';
import { publishPlanSummary, publishSummary } from './github/jobSummary.js';
import { oidcToken } from './github/oidcToken.js';
import { uploadReports } from './github/uploadReports.js';
import { readActionOptions, type ActionOptions } from './inputs.js';
import { Outputs, setOutputs } from './outputs.js';
import { setPlanOutputs } from './planOutputs.js';
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
    // The plans first: a file that is not a plan fails the step before anything else happens.
    const plan = await checkPlans(options);
    if (plan !== undefined && !options.scan) {
      await judgePlansOnly(core, { logger, redact, uploadScript }, options, plan);
      return;
    }
    const prepared = await preflight(options);
    core.setOutput(Outputs.ReportDir, path.resolve(options.outputDir));

    const outcome = await core.group('Scan', () =>
      audit(options, prepared, { logger, mask, redact }, plan),
    );
    const { writeReports } = await import('../report/writeReports.js');
    const written = await writeReports(outcome, options.outputDir);
    const artifact = await deliver(logger, options, written, uploadScript);

    setOutputs(core, outcome, artifact);
    setPlanOutputs(core, outcome.plan);
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
    core.setFailed(failureMessage(error, redact));
  }
}

function failureMessage(error: unknown, redact: (text: string) => string): string {
  if (error instanceof InputError) return `Invalid input ${error.message}`;
  // One line naming the file: fail closed, a plan that cannot be read is never judged clean.
  if (error instanceof PlanFileError)
    return `Invalid input '${Inputs.TerraformPlan}': ${error.message}`;
  return redact(errorMessage(error));
}

/**
 * `scan: false`: the plans alone, with no AWS call and no credentials (a pull request from a
 * fork can run it). Reports, artifact, outputs, summary and verdict as a scan's, of the plans.
 */
async function judgePlansOnly(
  core: ActionCore,
  {
    logger,
    redact,
    uploadScript,
  }: Pick<AuditContext, 'logger' | 'redact'> & { uploadScript: string },
  options: ActionOptions,
  plan: PlanOutcome,
): Promise<void> {
  const outcome = planRunOutcome(plan, new Date());
  await preflight(options);
  core.setOutput(Outputs.ReportDir, path.resolve(options.outputDir));
  logger.info(`Terraform plans judged: ${planHeadline(plan.report)}`);
  const { writePlanReports } = await import('../report/writeReports.js');
  const written = await writePlanReports(outcome, options.outputDir);
  const artifact = await deliver(logger, options, written, uploadScript);
  core.setOutput(Outputs.ArtifactId, artifact?.id?.toString() ?? '');
  core.setOutput(Outputs.ArtifactUrl, artifact?.url ?? '');
  setPlanOutputs(core, plan);
  core.setOutput(Outputs.Gate, outcome.gate.passed ? 'passed' : 'failed');
  await publishPlanSummary(core, logger, {
    outcome,
    options,
    redact,
    ...(artifact ? { artifact } : {}),
    ...(written.error ? { writeError: written.error } : {}),
  });
  failIfNeeded(core, outcome, written, options.summaryDetail === 'counts');
}

/** What both runs do with their written reports: say where they are, upload them, say if not. */
async function deliver(
  logger: AuditContext['logger'],
  options: ActionOptions,
  written: WrittenReports,
  uploadScript: string,
) {
  if (written.error === undefined) {
    logger.info(`Wrote ${written.files.length} reports to ${path.resolve(options.outputDir)}`);
  }
  const artifact = await upload(options, written, uploadScript);
  if (artifact?.error) logger.warning(`The report artifact was not uploaded: ${artifact.error}`);
  return artifact;
}

async function upload(options: ActionOptions, written: WrittenReports, script: string) {
  return options.uploadArtifact && written.files.length > 0
    ? uploadReports(written.files, options.outputDir, options.artifactName, options.retentionDays, {
        requestTimeoutSeconds: options.requestTimeoutSeconds,
        script,
      })
    : undefined;
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
  plan: PlanOutcome | undefined,
): Promise<AuditOutcome> {
  return runAudit(
    options,
    suppressions,
    {
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
    },
    plan,
  );
}

/**
 * The step fails when the reports could not be written or the gate failed; both are said. With
 * counts only, the failure (an annotation anyone can read) names checks and counts, no ids.
 */
function failIfNeeded(
  core: ActionCore,
  { gate }: { gate: Pick<GateResult, 'passed' | 'violations'> },
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
