// The action measured as a runner runs it (npm run bench -- --action): dist/index.js as a
// process of its own with the step's environment (every input at its action.yml default), the
// GitHub stand-in in this process for the file commands, the job summary and the artifact upload,
// the AWS stand-in in its own. Its artifact upload runs in a worker thread of the same process,
// so the figures include it.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runnerInputs } from '../__tests__/e2e/runnerInputs.js';
import { startGitHubStandIn } from '../test-support/github/startGitHubStandIn.js';
import { measure, stderrTail, type Measured } from './measure.js';

export interface ActionRun {
  measured: Omit<Measured, 'stdout' | 'stderrLines' | 'marks'>;
  publicIps: number;
  /** Files in the artifact the action uploaded. */
  artifactFiles: number;
}

export async function actionOnce(
  node: string,
  nodeArgs: string[],
  script: string,
  awsEnv: Record<string, string>,
  concurrency: number,
): Promise<ActionRun> {
  const github = await startGitHubStandIn({ repo: 'acme/platform-infra' });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-action-'));
  try {
    const workspace = path.join(dir, 'workspace');
    const home = path.join(dir, 'home');
    await Promise.all([mkdir(workspace), mkdir(home)]);
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      ...awsEnv,
      ...github.env({
        inputs: runnerInputs(github.githubToken, { concurrency: String(concurrency) }),
        vars: { GITHUB_WORKSPACE: workspace },
      }),
    };
    const { stdout, stderrLines, marks, ...measured } = await measure(
      node,
      [...nodeArgs, script],
      env,
      [],
      { cwd: workspace },
    );
    const outputs = github.readOutputs(env);
    const [artifact] = github.artifacts();
    if (measured.code !== 0 || artifact === undefined) {
      throw new Error(
        `the action exited ${measured.code} (${artifact ? 'artifact uploaded' : 'no artifact'}):\n` +
          `${stdout.slice(-3000)}\n${stderrTail(stderrLines)}`,
      );
    }
    return {
      measured,
      publicIps: Number(outputs['public-ip-count']),
      artifactFiles: artifact.files.size,
    };
  } finally {
    await github.close();
    await rm(dir, { recursive: true, force: true });
  }
}
