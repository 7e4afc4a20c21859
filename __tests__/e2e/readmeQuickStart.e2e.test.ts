// The README's command-line quick start, as a reader runs it today: from a clone, `node
// dist/cli.js ...` in the clone's folder, each line as the README shows it, against the AWS stand-in
// holding the sample organisation whose members have the templates' role (ipv4-audit-member).
// The lines for after the first release (`npx aws-ipv4-audit ...`) run in package.e2e.test.ts,
// against the npm package installed from its tarball.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeCommands } from '../../__fixtures__/readmeCommands.js';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { NODE } from './runAction.js';
import { ALL_REPORTS } from '../../__fixtures__/reportFiles.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SLUG = 'aws-ipv4-audit/aws-ipv4-audit';
const commands = readmeCommands('Quick start (command line)');
const today = commands.filter(([first, second]) => first === 'node' && second === 'dist/cli.js');

let aws: AwsStandIn;
let clone: string;
beforeAll(async () => {
  const org = sampleOrg();
  // Only the member role the IAM templates create can be assumed.
  for (const account of org.accounts) account.roleNames = ['ipv4-audit-member'];
  aws = await startAwsStandIn({ fixture: org });
  clone = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-quick-start-'));
});
afterAll(async () => {
  await aws?.close();
  if (clone) await rm(clone, { recursive: true, force: true });
});

describe("README's command-line quick start", () => {
  it('shows the clone, the node dist/cli.js lines, the same as npx lines, then the demo', () => {
    const npx = commands.filter(([first]) => first === 'npx');
    expect(today.length).toBeGreaterThanOrEqual(2);
    expect(npx.map((words) => words.slice(2))).toEqual(today.map((words) => words.slice(2)));
    expect(commands).toEqual([
      ['git', 'clone', `https://github.com/${SLUG}.git`, '&&', 'cd', 'aws-ipv4-audit'],
      ...today,
      ...npx,
      // Try it without AWS: demo.e2e.test.ts runs the demo.
      ['npm', 'ci'],
      ['npm', 'run', 'demo'],
    ]);
  });

  it.each(today.map((words) => [words.join(' '), words] as const))(
    '%s: scans completely, reports in ipv4-audit-reports/',
    async (_line, [, script = '', ...args]) => {
      const cwd = await mkdtemp(path.join(clone, 'run-'));
      const { stdout } = await run(NODE, [path.join(ROOT, script), ...args], {
        cwd,
        env: { PATH: process.env.PATH ?? '', ...aws.env },
      });
      expect(stdout).toMatch(
        /\nCoverage: (\d+) of \1 account-regions read completely, in \d+ accounts?; no scan errors\.\n/,
      );
      expect(stdout).toMatch(/\nExit code 0: the scan is complete and the gate passed\.\n$/);
      expect((await readdir(path.join(cwd, 'ipv4-audit-reports'))).length).toBe(ALL_REPORTS.length);
    },
  );
});
