// `baseline: artifact`: the report.json of the newest successful run of this workflow on the
// repository's own default branch, taken from its artifact (the scheduled audit's upload).
//
// The runs API's `branch` filter matches a run's head branch, and a pull request from a fork
// can name its branch `main`, edit the workflow and upload a crafted report.json that would
// then excuse every finding. So each listed run is checked on its own fields (ownRun) and only
// this repository's schedule, workflow_dispatch and push runs can give the baseline.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as github from '@actions/github';
import { errorMessage } from '../../common/errorMessage.js';
import type { Baseline } from '../../analyze/baselineDiff.js';
import { parseBaseline } from '../../options/baselineFile.js';
import type { Logger } from '../../common/logger.js';
import { workflowPath } from './workflowPath.js';

/** Events only someone who can write to the repository starts, on its own code. */
const OWN_EVENTS = ['schedule', 'workflow_dispatch', 'push'];
const PER_PAGE = 100;
/** Up to 1,000 runs: a burst of fork runs cannot hide every own run, and the look-up stays
 * within 10 list calls. */
const MAX_PAGES = 10;
/** Own runs whose artifact is looked for (one call each) before giving up. */
const RUNS_TO_TRY = 10;

/** The fields of a listed workflow run the choice rests on. */
export interface ListedRun {
  id: number;
  name?: string | null;
  event: string;
  conclusion: string | null;
  head_branch: string | null;
  head_repository?: { full_name: string } | null;
}

/** A successful default-branch run of this repository's own code, started by its own people. */
export function ownRun(run: ListedRun, repository: string, defaultBranch: string): boolean {
  return (
    run.conclusion === 'success' &&
    OWN_EVENTS.includes(run.event) &&
    run.head_branch === defaultBranch &&
    // GitHub names are case-insensitive; a deleted fork's head repository is null.
    run.head_repository?.full_name.toLowerCase() === repository.toLowerCase()
  );
}

export async function downloadBaseline(
  artifactName: string,
  token: string | undefined,
  logger: Logger,
  context = github.context,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Baseline> {
  if (!token) throw new Error("'github-token' is empty");
  const { owner, repo } = context.repo;
  const repository = `${owner}/${repo}`;
  const branch = (context.payload.repository?.default_branch as string | undefined) ?? 'main';
  const octokit = github.getOctokit(token);
  // Narrowed by GitHub's own filters first; ownRun decides.
  const query = { owner, repo, branch, status: 'success' as const, per_page: PER_PAGE };
  const workflowFile = workflowPath(env)?.split('/').at(-1);
  const pages = workflowFile
    ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
        ...query,
        workflow_id: workflowFile,
      })
    : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, query);
  const sameWorkflow = (run: ListedRun): boolean =>
    workflowFile !== undefined || run.name === context.workflow;

  const client = new DefaultArtifactClient();
  let pageCount = 0;
  let tried = 0;
  let passedOver = 0;
  let limit = '';
  search: for await (const { data: runs } of pages) {
    for (const run of runs as ListedRun[]) {
      if (run.id === context.runId || !sameWorkflow(run)) continue;
      if (!ownRun(run, repository, branch)) {
        passedOver++;
        continue;
      }
      const baseline = await baselineOfRun(client, run, artifactName, token, context, logger);
      if (baseline) return baseline;
      if (++tried === RUNS_TO_TRY) {
        limit = ` among the newest ${RUNS_TO_TRY}`;
        break search;
      }
    }
    if (++pageCount === MAX_PAGES) {
      limit = ` among the newest ${MAX_PAGES * PER_PAGE} runs listed`;
      break;
    }
  }
  const others =
    passedOver === 0
      ? ''
      : `; ${passedOver === 1 ? '1 run' : `${passedOver} runs`} from pull requests, forks or ` +
        `other events ${passedOver === 1 ? 'was' : 'were'} not considered`;
  throw new Error(
    `no successful schedule, workflow_dispatch or push run of this workflow on ${repository}'s ` +
      `'${branch}'${limit} has an artifact named '${artifactName}'${others}`,
  );
}

/** The run's baseline, or undefined when it uploaded no such artifact (or it expired). */
async function baselineOfRun(
  client: DefaultArtifactClient,
  run: ListedRun,
  artifactName: string,
  token: string,
  context: typeof github.context,
  logger: Logger,
): Promise<Baseline | undefined> {
  const { owner, repo } = context.repo;
  const findBy = { token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
  let artifactId: number;
  try {
    artifactId = (await client.getArtifact(artifactName, { findBy })).artifact.id;
  } catch {
    return undefined;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-baseline-'));
  try {
    await client.downloadArtifact(artifactId, { path: dir, findBy });
    const report = (await readdir(dir))
      .filter((f) => f.endsWith('_report.json'))
      .sort()
      .at(-1);
    const where = `artifact '${artifactName}' of run ${run.id}`;
    if (!report) throw new Error(`${where} holds no report.json`);
    logger.info(`Baseline: ${report} from ${run.event} run ${run.id} on ${run.head_branch}`);
    const text = await readFile(path.join(dir, report), 'utf8');
    try {
      return parseBaseline(text, `${where} (${run.head_branch})`);
    } catch (error) {
      throw new Error(`${report} in ${where}: ${errorMessage(error)}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
