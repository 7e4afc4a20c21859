// The Node.js versions package.json's engines names are the ones the bundles run on without a
// word of complaint. The AWS SDK prints a 9-line NodeVersionSupportWarning at every start on
// Node < 22 (Node 20 reached end of life in April 2026; SDK releases after January 2027 need
// 22): no supported runtime may show it, any other process warning, or V8's rejection of a
// flag. .ci/run runs this file under Node 22 and Node 24 (E2E_NODE); on the Node 20
// development machine it shows why 20 is not supported.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';
import { NODE, runAction } from './runAction.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { engines } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
};

/** The lowest supported major version: engines is `>=N`. */
const LOWEST = Number(/^>=(\d+)$/.exec(engines.node)?.[1]);
const version = (await run(NODE, ['--version'])).stdout.trim();
const major = Number(/^v(\d+)\./.exec(version)?.[1]);
const supported = major >= LOWEST;

/** Lines Node prints for process.emitWarning, e.g. `(node:123) Warning: NodeVersionSupportWarning…`. */
const PROCESS_WARNING = /^\(node:\d+\) \w*Warning: .*$/gm;
const SDK_WARNING = 'NodeVersionSupportWarning';

let aws: AwsStandIn;
let github: GitHubStandIn;
let work: string;

beforeAll(async () => {
  aws = await startAwsStandIn({ fixture: sampleOrg() });
  github = await startGitHubStandIn({ repo: 'acme/platform-infra' });
  work = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-node-'));
});
afterAll(async () => {
  await Promise.all([aws?.close(), github?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

/** The CLI's and the action's stderr after a whole-organisation scan on NODE. */
async function stderrOfBothBundles(): Promise<{ cli: string; action: string }> {
  const cli = await run(
    NODE,
    [CLI, 'run-multi-account', '--output-path', path.join(work, 'cli-reports')],
    { env: { PATH: process.env.PATH ?? '', ...aws.env } },
  );
  const action = await runAction({
    github,
    awsEnv: aws.env,
    inputs: { 'role-to-assume': 'arn:aws:iam::111111111111:role/ipv4-audit-github' },
    root: work,
  });
  expect(action.code, action.stdout + action.stderr).toBe(0);
  return { cli: cli.stderr, action: action.stderr };
}

describe(`Node ${version} (engines: ${engines.node})`, () => {
  it('engines names a lowest major version', () => {
    expect(LOWEST).toBeGreaterThanOrEqual(22);
  });

  it.runIf(supported)('the CLI and the action run without any process warning', async () => {
    const { cli, action } = await stderrOfBothBundles();
    expect(cli).not.toContain(SDK_WARNING);
    expect(action).not.toContain(SDK_WARNING);
    expect(cli.match(PROCESS_WARNING) ?? []).toEqual([]);
    expect(action.match(PROCESS_WARNING) ?? []).toEqual([]);
    // Nor V8's complaint about a flag it does not know (common/heapGrowth.ts sets one).
    expect(cli).not.toContain('unrecognized flag');
    expect(action).not.toContain('unrecognized flag');
  });

  it.runIf(!supported)(
    'is not supported: the AWS SDK warns that it needs a newer Node.js',
    async () => {
      const { cli, action } = await stderrOfBothBundles();
      expect(cli).toContain(SDK_WARNING);
      expect(action).toContain(SDK_WARNING);
      expect(cli).toContain(`will require node >=${LOWEST}`);
    },
  );
});
