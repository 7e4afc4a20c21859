// One pull-request comment per workflow, found again by a hidden marker and updated in place
// instead of adding a new comment on every run.
import * as github from '@actions/github';
import type { Logger } from '../logger.js';

const MARKER = '<!-- aws-ipv4-audit -->';

export async function upsertPrComment(
  token: string,
  body: string,
  logger: Logger,
  context = github.context,
): Promise<'created' | 'updated' | 'skipped'> {
  const pr = context.payload.pull_request?.number;
  if (!pr) {
    logger.info(
      `comment-on-pr: not a pull request event (${context.eventName}); no comment written`,
    );
    return 'skipped';
  }
  const { owner, repo } = context.repo;
  const octokit = github.getOctokit(token);
  const marked = `${MARKER}\n${body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: pr,
    per_page: 100,
  });
  // A person could quote the marker; only a bot's comment (the token's) is ours to update.
  const mine = comments.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(MARKER));
  if (mine) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: marked });
    logger.info(`Updated the audit comment on pull request #${pr}`);
    return 'updated';
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body: marked });
  logger.info(`Commented on pull request #${pr}`);
  return 'created';
}
