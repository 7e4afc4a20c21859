// `baseline: artifact`: the report.json of the newest successful run of this workflow on the
// default branch, taken from its artifact (the scheduled audit's upload).
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as github from '@actions/github';
import type { Baseline } from '../analyze/baselineDiff.js';
import { parseBaseline } from '../baselineFile.js';
import type { Logger } from '../logger.js';

const RUNS_TO_TRY = 10;

export async function downloadBaseline(
  artifactName: string,
  token: string | undefined,
  logger: Logger,
  context = github.context,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Baseline> {
  if (!token) throw new Error("'github-token' is empty");
  const { owner, repo } = context.repo;
  const branch = (context.payload.repository?.default_branch as string | undefined) ?? 'main';
  const octokit = github.getOctokit(token);
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/FILE@ref — the workflow file names it.
  const workflowFile = /\/\.github\/workflows\/([^@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  const runs = workflowFile
    ? (
        await octokit.rest.actions.listWorkflowRuns({
          owner,
          repo,
          workflow_id: workflowFile,
          branch,
          status: 'success',
          per_page: RUNS_TO_TRY,
        })
      ).data.workflow_runs
    : (
        await octokit.rest.actions.listWorkflowRunsForRepo({
          owner,
          repo,
          branch,
          status: 'success',
          per_page: 50,
        })
      ).data.workflow_runs.filter((run) => run.name === context.workflow);

  const client = new DefaultArtifactClient();
  for (const run of runs.filter((r) => r.id !== context.runId).slice(0, RUNS_TO_TRY)) {
    const findBy = { token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
    let artifactId: number;
    try {
      artifactId = (await client.getArtifact(artifactName, { findBy })).artifact.id;
    } catch {
      continue; // this run uploaded no such artifact (or it expired): try an older one
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-baseline-'));
    await client.downloadArtifact(artifactId, { path: dir, findBy });
    const report = (await readdir(dir))
      .filter((f) => f.endsWith('_report.json'))
      .sort()
      .at(-1);
    if (!report)
      throw new Error(`artifact '${artifactName}' of run ${run.id} holds no report.json`);
    logger.info(`Baseline: ${report} from run ${run.id} on ${branch}`);
    return parseBaseline(
      await readFile(path.join(dir, report), 'utf8'),
      `artifact '${artifactName}' of run ${run.id} (${branch})`,
    );
  }
  throw new Error(
    `no successful run of this workflow on '${branch}' has an artifact named '${artifactName}'`,
  );
}
