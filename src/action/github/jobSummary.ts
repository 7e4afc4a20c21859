// The job summary, and on pull requests the PR comment: the same markdown, the comment with
// tighter caps (GitHub refuses comments over 65,536 characters). Neither failing fails the step.
import type { AuditOutcome } from '../../audit/auditOutcome.js';
import { errorMessage } from '../../common/errorMessage.js';
import type { Logger } from '../../common/logger.js';
import type { SummaryInput } from '../../report/summaryInput.js';
import { summaryMarkdown } from '../../report/summaryMarkdown.js';
import type { ActionCore } from '../actionCore.js';
import type { ActionOptions } from '../inputs.js';
import { callBounds } from './boundedFetch.js';
import { upsertPrComment } from './prComment.js';
import type { UploadedArtifact } from './uploadReports.js';

const PR_COMMENT_LIMIT = 60_000;

export interface Publication {
  outcome: AuditOutcome;
  options: ActionOptions;
  artifact?: UploadedArtifact;
  writeError?: string;
  /** Replaces masked values: the summary is a file, which log masking does not reach. */
  redact: (text: string) => string;
}

export async function publishSummary(
  core: Pick<ActionCore, 'summary'>,
  logger: Logger,
  { outcome, options, artifact, writeError, redact }: Publication,
): Promise<void> {
  const input: SummaryInput = {
    ...outcome,
    detail: options.summaryDetail,
    ...(artifact ? { artifact } : {}),
    ...(writeError ? { writeError } : {}),
  };
  try {
    await core.summary.addRaw(redact(summaryMarkdown(input))).write();
  } catch (error) {
    logger.warning(`The job summary was not written: ${errorMessage(error)}`);
  }
  if (!options.commentOnPr) return;
  if (!options.githubToken) {
    logger.warning("comment-on-pr is true but 'github-token' is empty: no comment written");
    return;
  }
  const body = summaryMarkdown({
    ...input,
    maxHighRows: 20,
    maxAccountRows: 20,
    maxBytes: PR_COMMENT_LIMIT,
  });
  try {
    await upsertPrComment(
      options.githubToken,
      redact(body),
      logger,
      callBounds(options.requestTimeoutSeconds),
    );
  } catch (error) {
    logger.warning(`The pull request comment was not written: ${errorMessage(error)}`);
  }
}
