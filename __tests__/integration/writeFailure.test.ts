// A failure while writing the reports (a full disk, say), through the CLI and the action's run()
// against the AWS stand-in: no partial set of files is left behind, the verdict is still given
// (the action still sets its outputs and writes a summary that says what failed), and the run
// fails. The HTML writer is made to fail after the CSV and JSON files.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import type { ActionCore } from '../../src/action/actionCore.js';
import { run } from '../../src/action/main.js';
import { runCliWith } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

vi.mock('../../src/report/writeHtmlReport.js', () => ({
  writeHtmlReport: () => Promise.reject(new Error('ENOSPC: no space left on device, write')),
}));

const suite = standInSuite(sampleOrg, 'write-failure');

describe('a failure while writing the reports', () => {
  it('leaves no report file, prints the verdict and the cause, and exits 1', async () => {
    const dir = path.join(suite.scratch, 'out');
    const run = await runCliWith(
      suite.aws.env,
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
    // The verdict still reaches the user, and no report file is named.
    expect(run.stdout).toContain('exceed --max-high-suspicion (0)');
    expect(run.stdout).toContain(`Reports: none written to ${dir}.\n`);
    expect(run.stdout).not.toMatch(/_report\.html|\.csv/);
    expect(run.stdout).toMatch(/Exit code 1: the run failed\.\n$/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('a failure while writing the reports, in the action', () => {
  it('still sets the outputs and a summary saying what failed, then fails the step', async () => {
    const dir = path.join(suite.scratch, 'action-out');
    const inputs: Record<string, string> = {
      mode: 'single-account',
      regions: 'us-east-1',
      'output-path': dir,
      'upload-artifact': 'false',
    };
    const outputs: Record<string, string> = {};
    const failed: string[] = [];
    let summary = '';
    const core: ActionCore = {
      getInput: (name) => inputs[name] ?? '',
      setOutput: (name, value) => void (outputs[name] = String(value)),
      setFailed: (message) => void failed.push(message),
      setSecret: () => {},
      info: () => {},
      warning: () => {},
      debug: () => {},
      group: (_name, fn) => fn(),
      summary: { addRaw: (text) => ({ write: async () => void (summary += text) }) },
    };
    const saved = { ...process.env };
    Object.assign(process.env, suite.aws.env);
    try {
      await run(core);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
    const why = `the reports could not be written to '${dir}': ENOSPC: no space left on device, write`;
    expect(failed).toEqual([`aws-ipv4-audit: ${why}`]);
    expect(outputs).toMatchObject({ gate: 'passed', 'public-ip-count': '11', coverage: '2/2' });
    expect(summary).toContain(`### Reports\n\n❌ \`${why}\``);
    expect(await readdir(dir)).toEqual([]);
  });
});
