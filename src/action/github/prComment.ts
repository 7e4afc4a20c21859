// One pull-request comment per workflow, found again by a hidden marker naming the workflow and
// updated in place instead of adding a new comment on every run. Two workflows that both run
// the audit (say a PR gate and a nightly) each keep their own comment.
import * as github from '@actions/github';
import type { Logger } from '../../common/logger.js';
import type { CallBounds } from './boundedFetch.js';
import { githubClient } from './githubClient.js';
import { workflowPath } from './workflowPath.js';

/**
 * `<!-- aws-ipv4-audit workflow: .github/workflows/ipv4.yml -->`. Whatever names the workflow
 * is kept to the characters of a workflow path; anything else, and a `-` after a `-`, is
 * percent-encoded, so no `--`, `<`, `>`, `!` or line break can end or break the comment.
 */
export function commentMarker(workflow: string): string {
  const safe = workflow.replace(/[^A-Za-z0-9 ._/-]|(?<=-)-/gu, (c) =>
    [...Buffer.from(c, 'utf8')]
      .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
  return `<!-- aws-ipv4-audit workflow: ${safe} -->`;
}

export async function upsertPrComment(
  token: string,
  body: string,
  logger: Logger,
  bounds: CallBounds,
  context = github.context,
  env: NodeJS.ProcessEnv = process.env,
): Promise<'created' | 'updated' | 'skipped'> {
  const pr = context.payload.pull_request?.number;
  if (!pr) {
    logger.info(
      `comment-on-pr: not a pull request event (${context.eventName}); no comment written`,
    );
    return 'skipped';
  }
  const { owner, repo } = context.repo;
  // Bounded: a GitHub that never answers costs a warning naming the call, not the step.
  const octokit = githubClient(token, bounds);
  // The workflow's file is unique in the repository; its name (the fallback) may not be.
  const marker = commentMarker(workflowPath(env) ?? context.workflow);
  const marked = `${marker}\n${body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: pr,
    per_page: 100,
  });
  // A person could quote the marker; only a bot's comment (the token's) is ours to update.
  // The marker ends in `-->`, which no other marker holds earlier: a prefix match is exact.
  const mine = comments.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker));
  if (mine) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: marked });
    logger.info(`Updated the audit comment on pull request #${pr}`);
    return 'updated';
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body: marked });
  logger.info(`Commented on pull request #${pr}`);
  return 'created';
}
