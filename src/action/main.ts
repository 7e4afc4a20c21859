// The action: inputs -> scan -> reports -> artifact, summary, outputs, PR comment -> gate.
// Only wiring; every step lives in its own module.
import path from 'node:path';
import * as core from '@actions/core';
import { readActionOptions, type ActionOptions } from './inputs.js';
import { ClientFactory } from '../aws/clients.js';
import { prepareAudit, runAudit, type AuditOutcome } from '../audit/runAudit.js';
import { readBaselineFile } from '../options/baselineFile.js';
import type { Logger } from '../common/logger.js';
import { InputError } from '../options/options.js';
import { upsertPrComment } from './github/prComment.js';
import { uploadReports, type UploadedArtifact } from './github/uploadReports.js';
import { summaryMarkdown } from '../report/summaryMarkdown.js';
import { downloadBaseline } from './github/downloadBaseline.js';
import { errorMessage } from '../common/errorMessage.js';
import { SecretRedactor } from '../common/secretRedactor.js';

/** GitHub refuses PR comments over 65,536 characters. */
const PR_COMMENT_LIMIT = 60_000;

export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

async function idToken(audience: string): Promise<string> {
  try {
    return await core.getIDToken(audience);
  } catch (error) {
    throw new Error(
      `'role-to-assume' needs a GitHub OIDC token, and none could be had: give the job ` +
        `\`permissions: id-token: write\` (${errorMessage(error)})`,
    );
  }
}

export async function run(): Promise<void> {
  // Every value masked in the log is also kept out of the report files and the summary.
  const secrets = new SecretRedactor();
  const mask = (secret: string) => {
    secrets.add(secret);
    core.setSecret(secret);
  };
  try {
    const options = readActionOptions();
    if (options.githubToken) mask(options.githubToken);
    const suppressions = await prepareAudit(options);
    core.setOutput('report-dir', path.resolve(options.outputDir));

    const clients = new ClientFactory({
      maxSockets: options.concurrency,
      requestTimeoutSeconds: options.requestTimeoutSeconds,
    });
    let outcome: AuditOutcome;
    try {
      outcome = await core.group('Scan', () =>
        runAudit(options, suppressions, {
          clients,
          logger: actionsLogger,
          mask,
          redact: (text) => secrets.redact(text),
          getIdToken: idToken,
          loadBaseline: (spec) =>
            spec === 'artifact'
              ? downloadBaseline(options.artifactName, options.githubToken, actionsLogger)
              : readBaselineFile(spec),
        }),
      );
    } finally {
      clients.destroy();
    }
    const { gate, files, writeError } = outcome;
    if (writeError === undefined) {
      core.info(`Wrote ${files.length} reports to ${path.resolve(options.outputDir)}`);
    }
    const artifact =
      options.uploadArtifact && files.length > 0
        ? await uploadReports(files, options.outputDir, options.artifactName, options.retentionDays)
        : undefined;
    if (artifact?.error) core.warning(`The report artifact was not uploaded: ${artifact.error}`);

    setOutputs(outcome, artifact);
    await publishSummary(outcome, options, artifact, (text) => secrets.redact(text));

    const failures = [
      ...(writeError === undefined ? [] : [`aws-ipv4-audit: ${writeError}`]),
      ...(gate.passed
        ? []
        : [`aws-ipv4-audit gate failed: ${gate.violations.map((v) => v.message).join('; ')}`]),
    ];
    if (failures.length > 0) core.setFailed(failures.join('\n'));
  } catch (error) {
    core.setFailed(
      error instanceof InputError ? `Invalid input ${error.message}` : errorMessage(error),
    );
  }
}

function setOutputs(
  { result, gate, cost }: AuditOutcome,
  artifact: UploadedArtifact | undefined,
): void {
  const count = (level: string) =>
    result.eniPublicIps.filter((ip) => ip.suspicion === level).length;
  core.setOutput('artifact-id', artifact?.id?.toString() ?? '');
  core.setOutput('artifact-url', artifact?.url ?? '');
  core.setOutput('public-ip-count', result.eniPublicIps.length);
  core.setOutput('high-suspicion-count', count('HIGH'));
  core.setOutput('moderate-suspicion-count', count('MODERATE'));
  core.setOutput('unassociated-eip-count', result.unassociatedEips.length);
  core.setOutput('scan-error-count', result.scanErrors.length);
  core.setOutput('coverage', `${result.coverage.complete}/${result.coverage.planned}`);
  core.setOutput('monthly-cost-usd', cost.totalMonthlyUsd.toFixed(2));
  core.setOutput('potential-savings-usd', cost.potentialSavingsUsd.toFixed(2));
  core.setOutput('gate', gate.passed ? 'passed' : 'failed');
}

async function publishSummary(
  { result, gate, cost, baselineDiff, writeError }: AuditOutcome,
  options: ActionOptions,
  artifact: UploadedArtifact | undefined,
  redact: (text: string) => string,
): Promise<void> {
  const input = {
    result,
    cost,
    gate,
    ...(artifact ? { artifact } : {}),
    ...(baselineDiff ? { baselineDiff } : {}),
    ...(writeError ? { writeError } : {}),
  };
  try {
    await core.summary.addRaw(redact(summaryMarkdown(input))).write();
  } catch (error) {
    core.warning(`The job summary was not written: ${errorMessage(error)}`);
  }
  if (!options.commentOnPr) return;
  if (!options.githubToken) {
    core.warning("comment-on-pr is true but 'github-token' is empty: no comment written");
    return;
  }
  const body = redact(
    summaryMarkdown({
      ...input,
      maxHighRows: 20,
      maxAccountRows: 20,
      maxBytes: PR_COMMENT_LIMIT,
    }),
  );
  try {
    await upsertPrComment(options.githubToken, body, actionsLogger);
  } catch (error) {
    core.warning(`The pull request comment was not written: ${errorMessage(error)}`);
  }
}
