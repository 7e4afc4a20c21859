// Runs the committed bundle, dist/index.js, the way a runner runs a node action: a child
// process in the workspace with the step's environment (INPUT_*, GITHUB_* file commands,
// ACTIONS_* service URLs) pointing at the GitHub stand-in, plus AWS variables pointing at the
// AWS stand-in. Collects what the runner would see afterwards.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkReportJson } from '../../__fixtures__/checkReportJson.js';
import type { GitHubStandIn } from '../../test-support/github/startGitHubStandIn.js';
import { inputVariable, runnerInputs } from './runnerInputs.js';

export const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist', 'index.js');
/** The runtime that runs the bundles: action.yml says node24, the machines have Node 20. */
export const NODE = process.env.E2E_NODE ?? process.execPath;

export interface ActionRunOptions {
  github: GitHubStandIn;
  /** AWS_* variables (endpoint, region, ambient keys). */
  awsEnv: Record<string, string>;
  /** The workflow's `with:`; every other input gets its action.yml default. */
  inputs?: Record<string, string>;
  pullRequest?: number;
  eventName?: string;
  /** Final overrides of the step environment; `undefined` removes a variable. */
  vars?: Record<string, string | undefined>;
  /** Each run gets a fresh workspace and HOME under this directory. */
  root: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  env: Record<string, string>;
  workspace: string;
  outputs: Record<string, string>;
  /** The GITHUB_OUTPUT file as written. */
  outputFile: string;
  summary: string;
  /** Files in the output directory, keyed by name without the epoch prefix. */
  reports: Map<string, string>;
}

async function readReports(dir: string): Promise<Map<string, string>> {
  const reports = new Map<string, string>();
  if (!existsSync(dir)) return reports;
  for (const name of (await readdir(dir)).sort()) {
    reports.set(name.replace(/^\d+_/, ''), await readFile(path.join(dir, name), 'utf8'));
  }
  const report = reports.get('report.json');
  if (report !== undefined) checkReportJson(report, `the action's report.json`);
  return reports;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const { github } = options;
  const dir = await mkdtemp(path.join(options.root, 'run-'));
  const workspace = path.join(dir, 'workspace');
  const home = path.join(dir, 'home');
  await Promise.all([mkdir(workspace), mkdir(home)]);
  const inputs = runnerInputs(github.githubToken, options.inputs);
  const stepEnv = github.env({
    inputs,
    ...(options.pullRequest !== undefined ? { pullRequest: options.pullRequest } : {}),
    ...(options.eventName !== undefined ? { eventName: options.eventName } : {}),
    vars: { GITHUB_WORKSPACE: workspace, ...options.vars },
  });
  for (const name of Object.keys(inputs)) {
    if (!(inputVariable(name) in stepEnv)) throw new Error(`no ${inputVariable(name)} in the env`);
  }
  // Nothing from this machine's environment: no stray AWS_* or ~/.aws, as on a fresh runner.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    ...options.awsEnv,
    ...stepEnv,
  };

  const child = spawn(NODE, [DIST], { cwd: workspace, env, stdio: 'pipe' });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });

  const outputs = github.readOutputs(env);
  return {
    code,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
    env,
    workspace,
    outputs,
    outputFile: await readFile(env.GITHUB_OUTPUT ?? '', 'utf8'),
    summary: github.readSummary(env),
    reports: await readReports(outputs['report-dir'] ?? path.join(workspace, 'ipv4-audit-reports')),
  };
}
