// A failure while writing the reports (a full disk, say) through the CLI against the AWS
// stand-in: no partial set of files is left behind, the verdict is still printed, and the exit
// code says the run failed. The HTML writer is made to fail after the CSV and JSON files.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { runCliWith } from './cliRunner.js';

vi.mock('../../src/report/writeHtmlReport.js', () => ({
  writeHtmlReport: () => Promise.reject(new Error('ENOSPC: no space left on device, write')),
}));

let aws: AwsStandIn;
let scratch: string;

beforeAll(async () => {
  aws = await startAwsStandIn({ fixture: sampleOrg() });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-write-failure-'));
});
afterAll(async () => {
  await aws.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('a failure while writing the reports', () => {
  it('leaves no report file, prints the verdict and the cause, and exits 1', async () => {
    const dir = path.join(scratch, 'out');
    const run = await runCliWith(
      aws.env,
      [
        'run-single-account',
        '--regions',
        'us-east-1',
        '--max-high-suspicion',
        '0',
        '--output-path',
        dir,
      ],
      { outputPath: false },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `aws-ipv4-audit: the reports could not be written to '${dir}': ENOSPC: no space left on device, write\n`,
    );
    // The verdict still reaches the user, without a list of report files.
    expect(run.stdout).toContain("exceed 'max-high-suspicion' (0)");
    expect(run.stdout).not.toContain('Reports:');
    expect(await readdir(dir)).toEqual([]);
  });
});
