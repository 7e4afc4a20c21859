import { describe, expect, it } from 'vitest';
import type { PlanOutcome } from '../../../src/audit/checkPlans.js';
import { planChecks } from '../../../src/gate/planChecks.js';
import { analyzePlanFiles } from '../../../src/plan/analyzePlanFiles.js';
import type { PlanChangesReport } from '../../../src/plan/types.js';
import { planChangesRecords } from '../../../src/report/planChangesCsv.js';
import { planHeadline, planSection } from '../../../src/report/planSummary.js';
import { FIXTURES } from '../plan/planBuilders.js';

const routing = () => analyzePlanFiles([`${FIXTURES}/routing.json`], { pricePerIpHour: 0.005 });

describe('plan_changes.csv', () => {
  it('neutralises every text cell a spreadsheet would run, and keeps computed numbers numbers', async () => {
    const report = await routing();
    const hostile: PlanChangesReport = {
      ...report,
      files: [
        {
          ...report.files[0]!,
          file: '=HYPERLINK("http://x")',
          changes: [
            {
              ...report.files[0]!.changes[0]!,
              address: '@SUM(1)',
              type: '+aws_eip',
              actions: ['-create'],
              chargedChange: -1,
              monthlyChangeUsd: -3.65,
              dependsOn: [{ attribute: '=cmd', resource: 'r', reason: 'x' }],
              flags: [{ code: 'replaced', text: '\t=1+1' }],
            },
          ],
        },
      ],
    };
    const [header, row] = [...planChangesRecords(hostile)];
    expect(header).toEqual([
      'PlanFile',
      'Address',
      'Type',
      'Actions',
      'Added',
      'Removed',
      'ChargedChange',
      'MonthlyChangeUsd',
      'DependsOn',
      'Flags',
    ]);
    expect(row).toEqual([
      `'=HYPERLINK("http://x")`,
      "'@SUM(1)",
      "'+aws_eip",
      "'-create",
      '1',
      '0',
      '-1',
      '-3.65',
      "'=cmd of r (x)",
      "'\t'=1+1",
    ]);
  });
});

describe('the summary of a plan', () => {
  it('says the issue’s sentence for one address in a subnet with no internet route', async () => {
    const report = await routing();
    const one: PlanChangesReport = {
      ...report,
      totals: { ...report.totals, added: 3, removed: 0, monthlyChangeUsd: 10.95, flags: {} },
      files: [
        {
          ...report.files[0]!,
          changes: report.files[0]!.changes.filter((c) => c.address === 'aws_instance.legacy'),
        },
      ],
    };
    expect(planHeadline(one)).toBe(
      'This change adds 3 public IPv4 addresses (+$10.95 a month), one of them in a subnet with no route to an internet gateway.',
    );
  });

  it('leaves resources out with summary-detail: counts', async () => {
    const report = await routing();
    const plan: PlanOutcome = { report, checks: planChecks(report, { maxPlanAdded: 1 }) };
    const section = planSection(plan, { detail: 'counts' }).join('\n');
    expect(section).not.toContain('aws_instance');
    expect(section).toContain(
      'Resources are left out of this summary (`summary-detail: counts`); the artifact lists them.',
    );
  });
});
