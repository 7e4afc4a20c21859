// `npm run demo` as a newcomer runs it: the bundled CLI against the demo organisation, whose
// one unreachable member shows a partial scan. The demo explains the scan_errors.csv row and
// exit code 3; then it judges a sample Terraform plan (check-terraform-plan) whose gate fails,
// explains its exit code 4, and itself exits 0.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE } from './runAction.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-demo-'));
});
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('shows a partial scan, explains its scan_errors.csv row and exit code 3, and exits 0', async () => {
    const { stdout } = await run(NODE, [path.join(ROOT, 'scripts', 'demo.mjs')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DEMO_OUTPUT_DIR: out },
    });
    // The CLI's own summary: the partial scan and its exit code.
    expect(stdout).toContain(
      'Partial scan: 6 of 7 account-regions read completely, in 2 of 3 accounts; 1 call failed.\n' +
        'Not in these numbers, because not read completely:\n' +
        '  444444444444 all regions (sts:AssumeRole: AccessDenied)\n',
    );
    expect(stdout).toContain(
      'Exit code 3: the reports are written, but some account-regions were not read completely',
    );
    // The demo's explanation, quoting the row.
    expect(stdout).toContain('The CLI exited 3: ');
    expect(stdout).toMatch(
      /\n {2}444444444444,global,sts:AssumeRole,AccessDenied,User: arn:aws:iam::111111111111:user\/audit is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444444444444:role\/OrganizationAccountAccessRole\n/,
    );
    expect(stdout).toContain(
      'Exit code 3 tells a script that the reports are there but incomplete',
    );
    // Against AWS's own records: IPAM saw the hidden address, the bill more hours for the member.
    expect(stdout).toContain('IPAM saw 1 address the scan missed:\n  54.210.10.77 (');
    // On the 1st no whole day of the month has passed: the bill has no month to date to compare.
    expect(stdout).toMatch(
      new Date().getUTCDate() === 1
        ? /No whole day of this month has passed yet/
        : /The bill: billed [\d,]+ address-hours more than the scan explains, in 1 account:\n {2}222222222222 \(Workloads\): /,
    );
    const files = await readdir(out);
    expect(files.filter((f) => f.endsWith('_scan_errors.csv'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('_ipam_reconciliation.csv'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('_billing_reconciliation.csv'))).toHaveLength(1);
    expect(files.filter((f) => f !== 'plan')).toHaveLength(14);

    // The pull-request gate on the sample plan: the command, the CLI's verdict, the explanation.
    expect(stdout).toContain(
      '$ aws-ipv4-audit check-terraform-plan __fixtures__/terraform/routing.json --output-path ' +
        `${path.join(out, 'plan')} --max-plan-added 3\n`,
    );
    expect(stdout).toContain(
      'This change adds 5 public IPv4 addresses (+$18.25 a month), 2 of them in subnets with no ' +
        'route to an internet gateway.',
    );
    expect(stdout).toContain(
      'Gate failed:\n  FAIL 5 public IPv4 addresses added by the Terraform plans (net) exceed ' +
        '--max-plan-added (3) by 2: aws_instance.app (+1), aws_instance.bastion (+1), ' +
        'aws_instance.legacy (+1), aws_instance.orphan (+1), aws_instance.proxy (+1)\n',
    );
    expect(stdout).toContain('The plan check exited 4: the gate failed.');
    const planFiles = (await readdir(path.join(out, 'plan'))).map((f) => f.replace(/^\d+_/, ''));
    expect(planFiles.sort()).toEqual(['plan_changes.csv', 'report.html', 'report.json']);
  });
});
