// The pull-request check on Terraform plans through both entries, on the hand-written fixture
// plans: `check-terraform-plan` in-process (exit codes, terminal, reports) and the action's run()
// with a stand-in core (`scan: false` needs no AWS; with the scan on, against the AWS stand-in).
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { SAMPLE_COUNTS } from '../../__fixtures__/sampleCounts.js';
import { checkReportJson } from '../../__fixtures__/checkReportJson.js';
import { run } from '../../src/action/main.js';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { runCliWith } from './cliRunner.js';
import { fakeCore } from './fakeCore.js';
import { standInSuite } from './standInSuite.js';

const PLANS = path.resolve(import.meta.dirname, '..', '..', '__fixtures__', 'terraform');
const plan = (name: string) => path.join(PLANS, `${name}.json`);

const ROUTING_HEADLINE =
  'This change adds 5 public IPv4 addresses (+$18.25 a month), 2 of them in subnets with no ' +
  'route to an internet gateway. 3 subnets start assigning public IPv4 addresses to the ' +
  'instances launched in them.';

const ROUTING_ADDERS =
  'aws_instance.app (+1), aws_instance.bastion (+1), aws_instance.legacy (+1), ' +
  'aws_instance.orphan (+1), aws_instance.proxy (+1)';

const suite = standInSuite(sampleOrg, 'terraform-plan');

type Json = Record<string, unknown>;

describe('check-terraform-plan', () => {
  it('judges a plan: the headline, the changes, the three reports, exit 0', async () => {
    const result = await runCliWith({}, ['check-terraform-plan', plan('routing')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(ROUTING_HEADLINE);
    expect(result.stdout).toContain(
      '  aws_instance.legacy  +1 -0  3.65 USD/month\n' +
        '      in aws_subnet.legacy, whose route table aws_route_table.legacy has no route to an internet gateway: the address cannot be reached from the internet\n',
    );
    expect(result.stdout).toContain('Gate: no --max-plan-* threshold set.');
    expect([...result.files.keys()]).toEqual(['plan_changes.csv', 'report.html', 'report.json']);
    const rows = parse(result.files.get('plan_changes.csv') ?? '', { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.Address === 'aws_instance.legacy')).toEqual({
      PlanFile: plan('routing'),
      Address: 'aws_instance.legacy',
      Type: 'aws_instance',
      Actions: 'create',
      Added: '1',
      Removed: '0',
      ChargedChange: '1',
      MonthlyChangeUsd: '3.65',
      DependsOn: '',
      Flags:
        'in aws_subnet.legacy, whose route table aws_route_table.legacy has no route to an internet gateway: the address cannot be reached from the internet',
    });
    const json = JSON.parse(result.files.get('report.json') ?? '') as Json;
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'plan', 'gate']);
    expect((json.plan as Json).totals).toEqual({
      changes: 9,
      added: 5,
      removed: 0,
      net: 5,
      chargedChange: 5,
      monthlyChangeUsd: 18.25,
      unknowns: 0,
      flags: { 'no-internet-route': 3, 'auto-assign-on': 3 },
    });
    expect(json.gate).toEqual({ passed: true, violations: [], checks: [] });
    expect(result.files.get('report.html')).toContain(
      `<p data-plan-headline>${ROUTING_HEADLINE}</p>`,
    );
  });

  it('exits 4 when the plans add more than --max-plan-added, naming what adds', async () => {
    const result = await runCliWith({}, [
      'check-terraform-plan',
      plan('routing'),
      '--max-plan-added',
      '4',
      '--max-plan-monthly-increase-usd',
      '18.25',
    ]);
    expect(result.code).toBe(4);
    expect(result.stdout).toContain(
      'Gate failed:\n' +
        `  FAIL 5 public IPv4 addresses added by the Terraform plans (net) exceed --max-plan-added (4) by 1: ${ROUTING_ADDERS}\n` +
        '  ok   USD 18.25 a month added by the Terraform plans, within --max-plan-monthly-increase-usd (18.25)\n',
    );
    expect(result.stdout).toMatch(/\nExit 4\.\n$/);
  });

  it('sums several plans, and a plan that removes more than it adds passes a limit of 0', async () => {
    const both = await runCliWith({}, [
      'check-terraform-plan',
      plan('routing'),
      plan('elastic-ips'),
      '--max-plan-monthly-increase-usd',
      '29.19',
    ]);
    expect(both.code).toBe(4);
    expect(both.stdout.split('\n')[0]).toBe(
      'This change adds 10 public IPv4 addresses (+$29.20 a month), 2 of them in subnets with no ' +
        'route to an internet gateway, 2 of them Elastic IPs nothing in the plan associates ' +
        '(billed while idle), 2 of them from BYOIP pools (not charged). 3 subnets start ' +
        'assigning public IPv4 addresses to the instances launched in them.',
    );
    expect(both.stdout).toContain(
      '  FAIL USD 29.20 a month added by the Terraform plans exceed --max-plan-monthly-increase-usd (29.19) by 0.01: ',
    );

    const fewer = await runCliWith({}, [
      'check-terraform-plan',
      plan('replacements-deletes'),
      '--max-plan-added',
      '0',
      '--max-plan-monthly-increase-usd',
      '0',
    ]);
    expect(fewer.code).toBe(0);
    expect(fewer.stdout.split('\n')[0]).toBe(
      'This change adds 1 public IPv4 address and removes 6 (-$18.25 a month).',
    );
    expect(fewer.stdout).toContain(
      '  ok   0 public IPv4 addresses added by the Terraform plans (net), within --max-plan-added (0)\n',
    );
  });

  it('fails closed on what the plan cannot know: a count that depends on it does not pass', async () => {
    const result = await runCliWith({}, [
      'check-terraform-plan',
      plan('unknown-values'),
      '--max-plan-added',
      '100',
    ]);
    expect(result.code).toBe(4);
    expect(result.stdout).toContain(
      '  FAIL 3 public IPv4 addresses added by the Terraform plans (net), within --max-plan-added (100) as far as the plan tells: ' +
        '8 changes depend on what the plan cannot know yet, so the counts are lower bounds and the gate cannot pass on them ' +
        '(aws_db_instance.reporting: publicly_accessible of aws_db_instance.reporting (known after apply); ',
    );
  });

  it('exits 2 naming a file that is not a plan, before anything is written', async () => {
    const dir = suite.scratch;
    const notJson = path.join(dir, 'plan.txt');
    const state = path.join(dir, 'state.json');
    await writeFile(notJson, 'Plan: 3 to add, 0 to change, 0 to destroy.\n');
    await writeFile(state, JSON.stringify({ format_version: '1.0', values: {} }));
    for (const [file, problem] of [
      [notJson, /^not JSON/],
      [state, /not a plan/],
      [path.join(dir, 'missing.json'), /^cannot read it \(ENOENT\)$/],
    ] as const) {
      const output = path.join(dir, `out-${path.basename(file)}`);
      const result = await runCliWith(
        {},
        ['check-terraform-plan', plan('routing'), file, '--output-path', output],
        { outputPath: false },
      );
      expect(result.code, file).toBe(2);
      expect(result.stdout).toBe('');
      const line = result.stderr.replace(/\n$/, '');
      expect(line.startsWith(`aws-ipv4-audit: ${file}: `), line).toBe(true);
      expect(line.slice(`aws-ipv4-audit: ${file}: `.length)).toMatch(problem);
      expect(line).not.toContain('\n');
      expect(existsSync(output)).toBe(false);
    }
  });

  it('refuses bad flags with exit 2, naming the flag', async () => {
    const result = await runCliWith({}, [
      'check-terraform-plan',
      plan('routing'),
      '--max-plan-monthly-increase-usd',
      'lots',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "aws-ipv4-audit: --max-plan-monthly-increase-usd: 'lots' is not an amount from 0 to 10000000000000 USD\n",
    );
  });
});

describe('the action with terraform-plan', () => {
  // The SDK points at the stand-in throughout: a plan-only run that called AWS would be counted.
  const saved = { ...process.env };
  beforeAll(() => {
    for (const key of Object.keys(process.env)) {
      if (key.startsWith('AWS_')) delete process.env[key];
    }
    Object.assign(process.env, suite.aws.env);
  });
  afterAll(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('scan: false judges the plan alone: outputs, summary first, reports, no AWS', async () => {
    const outputPath = path.join(suite.scratch, 'plan-only');
    const { core, seen } = fakeCore({
      'terraform-plan': plan('routing'),
      scan: 'false',
      'max-plan-added': '5',
      'output-path': outputPath,
      'upload-artifact': 'false',
      // No credentials anywhere: a fork's pull request has none.
      'role-to-assume': '',
    });
    await run(core);
    expect(seen.failed).toEqual([]);
    expect(seen.outputs).toEqual({
      'report-dir': outputPath,
      'artifact-id': '',
      'artifact-url': '',
      'plan-added-count': '5',
      'plan-removed-count': '0',
      'plan-monthly-change-usd': '18.25',
      gate: 'passed',
    });
    expect(
      seen.summary.startsWith(
        `## AWS public IPv4 audit\n\n### This pull request\n\n${ROUTING_HEADLINE}\n\n` +
          'Judged from its Terraform plan: 9 resource changes with a public IPv4 rule.\n\n' +
          '| Resource | Actions | Added | Removed | Monthly | Depends on | Flags |\n',
      ),
    ).toBe(true);
    expect(seen.summary).toContain(
      '| `aws_instance.legacy` | `create` | 1 | 0 | +$3.65 |  | `in aws_subnet.legacy, whose route table aws_route_table.legacy has no route to an internet gateway: the address cannot be reached from the internet` |',
    );
    expect(seen.summary).toContain('### Gate\n\n✅ **Passed**');
    expect(suite.aws.counters.total()).toBe(0);
    const names = (await readdir(outputPath)).map((n) => n.replace(/^\d+_/, '')).sort();
    expect(names).toEqual(['plan_changes.csv', 'report.html', 'report.json']);
  });

  it('fails the step on the plan gate, with the outputs set', async () => {
    const { core, seen } = fakeCore({
      'terraform-plan': `${plan('routing')}\n${plan('no-aws-resources')}`,
      scan: 'false',
      'max-plan-added': '1',
      'output-path': path.join(suite.scratch, 'plan-gate'),
      'upload-artifact': 'false',
    });
    await run(core);
    expect(seen.outputs.gate).toBe('failed');
    expect(seen.outputs['plan-added-count']).toBe('5');
    expect(seen.failed).toEqual([
      "aws-ipv4-audit gate failed: 5 public IPv4 addresses added by the Terraform plans (net) exceed 'max-plan-added' (1) by 4: " +
        ROUTING_ADDERS,
    ]);
  });

  it('fails the step naming a file that is not a plan, before anything else', async () => {
    const bad = path.join(suite.scratch, 'show-output.json');
    await writeFile(bad, '{"format_version": "2.0", "resource_changes": []}');
    const outputPath = path.join(suite.scratch, 'never');
    const { core, seen } = fakeCore({
      'terraform-plan': `${plan('routing')}, ${bad}`,
      'output-path': outputPath,
      'upload-artifact': 'false',
    });
    await run(core);
    expect(seen.failed).toHaveLength(1);
    expect(seen.failed[0]?.startsWith(`Invalid input 'terraform-plan': ${bad}: `)).toBe(true);
    expect(seen.outputs).toEqual({});
    expect(seen.summary).toBe('');
    expect(existsSync(outputPath)).toBe(false);
    // The scan never started.
    expect(suite.aws.counters.total()).toBe(0);
  });

  it('keeps resource addresses from the plan inert: no mention, link, image or formula', async () => {
    const outputPath = path.join(suite.scratch, 'hostile');
    const { core, seen } = fakeCore({
      'terraform-plan': plan('hostile-keys'),
      scan: 'false',
      'max-plan-added': '0',
      'output-path': outputPath,
      'upload-artifact': 'false',
    });
    await run(core);
    expect(seen.outputs['plan-added-count']).toBe('5');
    // In the table, each address is a code span: GitHub neither mentions nor links inside one.
    for (const key of ['@org/team', '#1', '<img src=x onerror=alert(1)>', '](http://x)']) {
      expect(seen.summary).toContain(`| \`aws_eip.hostile["${key}"]\` |`);
    }
    // Outside code spans (the gate's message, which quotes them), nothing can act.
    const prose = seen.summary.replace(/(`+)[^`]*?\1/g, '');
    expect(prose).toContain('aws&#95;eip.hostile&#91;');
    for (const live of ['@org', '#1', '<img', '](http', 'http://']) {
      expect(prose, live).not.toContain(live);
    }
    // The step's failure annotation is plain text.
    expect(seen.failed[0]).toContain('aws_eip.hostile["@org/team"] (+1)');

    const files = await readdir(outputPath);
    const read = (suffix: string) => {
      const name = files.find((f) => f.endsWith(suffix)) ?? '';
      return readFile(path.join(outputPath, name), 'utf8');
    };
    const html = await read('_report.html');
    expect(html).not.toContain('<img');
    expect(html).toContain('aws_eip.hostile[&quot;&lt;img src=x onerror=alert(1)&gt;&quot;]');
    const json = await read('_report.json');
    checkReportJson(json, 'the plan-only report.json');
    const rows = parse(await read('_plan_changes.csv'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.Address)).toContain('aws_eip.hostile["=HYPERLINK(\\"http://x\\")"]');
  });

  describe('with the scan on', () => {
    it('shows this pull request first, then the live organisation; one verdict of both', async () => {
      const outputPath = path.join(suite.scratch, 'both');
      const { core, seen } = fakeCore({
        'terraform-plan': plan('routing'),
        'max-plan-monthly-increase-usd': '10',
        'output-path': outputPath,
        'upload-artifact': 'false',
      });
      await run(core);
      expect(seen.outputs).toEqual({
        'report-dir': outputPath,
        'artifact-id': '',
        'artifact-url': '',
        ...SAMPLE_COUNTS,
        'ipam-missed-count': '',
        'billed-monthly-usd': '',
        'plan-added-count': '5',
        'plan-removed-count': '0',
        'plan-monthly-change-usd': '18.25',
        gate: 'failed',
      });
      expect(seen.failed).toEqual([
        "aws-ipv4-audit gate failed: USD 18.25 a month added by the Terraform plans exceed 'max-plan-monthly-increase-usd' (10) by 8.25: " +
          ROUTING_ADDERS,
      ]);
      // The verdict and why first, then this pull request, then the live organisation.
      expect(seen.summary.startsWith('## AWS public IPv4 audit: ❌ gate failed\n')).toBe(true);
      expect(seen.summary).toContain(`### This pull request\n\n${ROUTING_HEADLINE}\n`);
      expect(seen.summary.indexOf('`max-plan-monthly-increase-usd`')).toBeLessThan(
        seen.summary.indexOf('### This pull request'),
      );
      expect(seen.summary).toContain('### The live organisation\n\n**');
      expect(seen.summary.indexOf('### The live organisation')).toBeGreaterThan(
        seen.summary.indexOf('### This pull request'),
      );
      const names = (await readdir(outputPath)).map((n) => n.replace(/^\d+_/, ''));
      expect(names).toContain('plan_changes.csv');
      expect(names).toContain('eni_public_ips.csv');
      const json = JSON.parse(
        await readFile(
          path.join(
            outputPath,
            (await readdir(outputPath)).find((n) => n.endsWith('_report.json')) ?? '',
          ),
          'utf8',
        ),
      ) as Json;
      expect(Object.keys(json).slice(0, 4)).toEqual(['schemaVersion', 'tool', 'plan', 'scan']);
      // The page shows this pull request right after the verdict, before the organisation's totals.
      const html = await readFile(
        path.join(
          outputPath,
          (await readdir(outputPath)).find((n) => n.endsWith('_report.html')) ?? '',
        ),
        'utf8',
      );
      expect(html).toContain(
        `<section id="plan" aria-labelledby="plan-title"><h2 id="plan-title">This pull request</h2><p data-plan-headline>${ROUTING_HEADLINE}</p>`,
      );
      expect(html.indexOf('id="plan"')).toBeLessThan(html.indexOf('aria-label="Totals"'));
      expect(((json.gate as Json).checks as Json[]).map((c) => c.input)).toEqual([
        'coverage',
        'max-plan-monthly-increase-usd',
      ]);
    });
  });
});
