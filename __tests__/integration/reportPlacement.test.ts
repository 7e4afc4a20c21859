// Report files are complete or absent, and never another run's: through the CLI against the AWS
// stand-in, with the clock pinned so that the run's `{epoch}` names are known beforehand. A name
// already taken (the last file's, or every file's when two runs start in the same second) makes
// the run fail, replacing nothing and leaving none of its own files.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_REPORTS } from '../../__fixtures__/reportFiles.js';
import { runCli } from '../../src/cli/cli.js';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { runCliWith, sink } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

const suite = standInSuite(sampleOrg, 'report-placement');
const SCAN = ['run-single-account', '--regions', 'us-east-1'];

/** Pins Date (only Date: timers and the stand-in keep real time) to a second of today. */
function pinClock(): number {
  const epoch = Math.floor(Date.now() / 1000);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(epoch * 1000 + 250);
  return epoch;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('report files', () => {
  it('when the last file cannot be placed (its name is taken), none of the run is left and nothing is replaced', async () => {
    const dir = path.join(suite.scratch, 'last-taken');
    await mkdir(dir);
    const epoch = pinClock();
    const last = `${epoch}_remediation.sh`;
    await writeFile(path.join(dir, last), '# another run\n');

    const run = await runCliWith(suite.aws.env, [...SCAN, '--output-path', dir], {
      outputPath: false,
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `aws-ipv4-audit: the reports could not be written to '${dir}': '${last}' is already there (a run that started in the same second?): no file was replaced, and none of this run's reports was left in place\n`,
    );
    expect(run.stdout).toContain(`Reports: none written to ${dir}.\n`);
    // The other run's file, untouched, and not one of this run's ten others (nor its staging).
    expect(await readdir(dir)).toEqual([last]);
    expect(await readFile(path.join(dir, last), 'utf8')).toBe('# another run\n');
  });

  it('two runs started in the same second into one folder: one set, whole, and the other run says why it has none', async () => {
    const dir = path.join(suite.scratch, 'same-second');
    const epoch = pinClock();
    const saved = { ...process.env };
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    Object.assign(process.env, suite.aws.env);
    // Two prices, so that each file tells which run wrote it.
    const runs = ['0.005', '0.006'].map(async (price) => {
      const out = sink();
      const err = sink();
      const code = await runCli([...SCAN, '--output-path', dir, '--price-per-ip-hour', price], {
        stdout: out.stream,
        stderr: err.stream,
      });
      return { price, code, stderr: err.text() };
    });
    const results = await Promise.all(runs).finally(() => {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    });

    const winner = results.find((r) => r.code === 0);
    const loser = results.find((r) => r.code !== 0);
    expect(winner).toBeDefined();
    expect(loser?.code).toBe(1);
    expect(loser?.stderr).toMatch(
      new RegExp(
        `aws-ipv4-audit: the reports could not be written to '${dir}': '${epoch}_[a-z_]+\\.[a-z]+' is already there \\(a run that started in the same second\\?\\): no file was replaced, and none of this run's reports was left in place\\n`,
      ),
    );
    expect((await readdir(dir)).sort()).toEqual(
      ALL_REPORTS.map((name) => `${epoch}_${name}`).sort(),
    );
    // Every file is the winner's: its price in report.json, its cost in every address row.
    const report = JSON.parse(await readFile(path.join(dir, `${epoch}_report.json`), 'utf8'));
    expect(report.cost.pricePerIpHour).toBe(Number(winner?.price));
    const perAddress = winner?.price === '0.005' ? '3.65' : '4.38';
    const eni = await readFile(path.join(dir, `${epoch}_eni_public_ips.csv`), 'utf8');
    expect(eni.trim().split('\n').slice(1)).not.toEqual([]);
    for (const row of eni.trim().split('\n').slice(1)) {
      expect(row).toMatch(new RegExp(`,${perAddress.replace('.', '\\.')},(true|false),[^,]*$`));
    }
  });
});
