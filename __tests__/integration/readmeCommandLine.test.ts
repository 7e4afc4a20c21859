// The README's command-line section shows what the CLI prints: its summary is a real run against
// the demo organisation (file names aside), and its progress line is what the formatter writes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/scan/progressText.js';
import { demoOrg } from '../../test-support/aws/demoOrg.js';
import { runCliWith } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

const README = path.resolve(import.meta.dirname, '..', '..', 'README.md');

/** The first text block after the line that ends with `marker`. */
async function blockAfter(marker: string): Promise<string> {
  const readme = await readFile(README, 'utf8');
  const at = readme.indexOf(marker);
  expect(at, marker).toBeGreaterThan(0);
  return /```text\n([\s\S]*?)```/.exec(readme.slice(at))?.[1] ?? '';
}

const suite = standInSuite(demoOrg, 'readme');

describe('README, command line', () => {
  it('shows the summary a run against the demo organisation prints', async () => {
    const out = path.join(suite.scratch, 'ipv4-audit-reports');
    const run = await runCliWith(suite.aws.env, ['run-multi-account', '--output-path', out], {
      outputPath: false,
    });
    expect(run.code).toBe(3);
    const epochs = (text: string) => text.replace(/\b\d{10}_/g, '{epoch}_');
    expect(epochs(run.stdout.replaceAll(`${out}/`, 'ipv4-audit-reports/'))).toBe(
      epochs(await blockAfter('Against the demo organisation (`npm run demo`):')),
    );
  });

  it('shows a progress line as the CLI writes it', async () => {
    expect(await blockAfter('redrawn in place, with other lines printed above it:')).toBe(
      `${progressLine({
        elapsedMs: 42_000,
        targets: { done: 37, total: 120 },
        targetsGrowing: true,
        accounts: { done: 12, total: 40 },
        requests: 1412,
        errors: 1,
        waitingOn: {
          accountId: '222222222222',
          region: 'eu-west-1',
          api: 'ec2:DescribeNetworkInterfaces',
          forMs: 31_000,
        },
      })}\n`,
    );
  });
});
