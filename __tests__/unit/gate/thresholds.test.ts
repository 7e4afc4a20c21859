// A threshold is one entry of gate/thresholds.ts. Driven by the table, these checks hold that each
// entry reaches everything a threshold needs: validation and its errors, the CLI's flags (of the
// commands that judge what it judges: the scan, or Terraform plans), help and messages, the
// action's inputs, how it fails closed, the gate's checks and messages, and report.json with its
// schema. An entry added to the table is checked here with no line more (but a sample of its kind
// of value when the kind is new, and a finding in FAILING's scan, or a change in FAILING_PLAN's
// plan, when it counts none of those there).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionOptions } from '../../../src/action/inputs.js';
import { coverageOf } from '../../../src/analyze/coverage.js';
import { checkPlans, planRunOutcome } from '../../../src/audit/checkPlans.js';
import { COMMANDS, flagFor, parseCli, PLAN_COMMAND, type Command } from '../../../src/cli/args.js';
import { runCli } from '../../../src/cli/cli.js';
import { commandHelp } from '../../../src/cli/helpText.js';
import { terminalSummary } from '../../../src/cli/terminalSummary.js';
import { paint } from '../../../src/cli/paint.js';
import { evaluateGate } from '../../../src/gate/evaluateGate.js';
import { REGIONS_INPUT } from '../../../src/gate/gateCheck.js';
import { gateCounts, type GateCounts } from '../../../src/gate/gateCounts.js';
import { planChecks } from '../../../src/gate/planChecks.js';
import {
  COUNT,
  SWITCH,
  USD,
  THRESHOLD_ENTRIES,
  THRESHOLDS,
  type Threshold,
  type ThresholdKey,
  type Thresholds,
  type ValueKind,
} from '../../../src/gate/thresholds.js';
import { INPUT_NAMES, InputError, Inputs, validate } from '../../../src/options/options.js';
import { analyzePlanFiles } from '../../../src/plan/analyzePlanFiles.js';
import { writeJsonReport, writePlanJsonReport } from '../../../src/report/writeJsonReport.js';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import { checkReportJson } from '../../../__fixtures__/checkReportJson.js';
import { eipRow, emptyScan, eniRow } from '../../../__fixtures__/findings.js';
import { sink } from '../../integration/cliRunner.js';
import { FIXTURES } from '../plan/planBuilders.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const commands = Object.keys(COMMANDS) as Command[];

/** For each kind of value: a text it takes, its value, and a text it refuses. */
const SAMPLES = new Map<ValueKind<number> | ValueKind<boolean>, [string, number | boolean, string]>(
  [
    [COUNT, ['0', 0, '-1']],
    [SWITCH, ['true', true, 'yes']],
    [USD, ['0', 0, '1e3']],
  ],
);

function sample(entry: Threshold): [string, number | boolean, string] {
  const found = SAMPLES.get(entry.value);
  if (found === undefined) throw new Error(`${entry.input}: give its kind of value a sample here`);
  return found;
}

/**
 * Counts every check of the table fails on, at the samples' values (a limit of 0): each limit
 * counts the findings of this scan (a limit that counts none of them needs one more here).
 */
const FAILING: GateCounts = {
  ...gateCounts(
    emptyScan({
      eniPublicIps: [eniRow({ suspicion: 'HIGH' })],
      unassociatedEips: [eipRow()],
    }),
  ),
  scanErrors: 1,
  coverage: coverageOf(
    [
      { accountId: '111111111111', region: 'us-east-1', reached: true, read: true },
      { accountId: '111111111111', region: 'eu-west-1', reached: true, read: true },
    ],
    [
      {
        accountId: '111111111111',
        region: 'eu-west-1',
        api: 'ec2:DescribeAddresses',
        errorCode: 'Throttling',
        message: 'slow down',
      },
    ],
  ),
  policyDenied: 1,
  policyDeniedExamples: ['222222222222 us-east-1 (service control policy)'],
};

/**
 * Plans every plan limit fails on, at the samples' values (a limit of 0): they add addresses and
 * money (a limit that counts neither needs a change more here).
 */
const FAILING_PLAN = `${FIXTURES}/elastic-ips.json`;
/** A plan whose counts wait for values it cannot know: every plan limit fails closed on it. */
const UNKNOWN_PLAN = `${FIXTURES}/unknown-values.json`;

const entries = THRESHOLD_ENTRIES.map(([key, entry]) => [entry.input, key, entry] as const);

/** The inputs a run needs for a threshold on what `entry` judges to be taken: a plan for a plan's. */
const judged = (entry: Threshold): Record<string, string> =>
  entry.judges === 'plan' ? { [Inputs.TerraformPlan]: FAILING_PLAN } : {};

/** The commands that judge what `entry` judges, and the arguments each needs besides its flags. */
const commandsOf = (entry: Threshold): [Command | typeof PLAN_COMMAND, string[]][] =>
  entry.judges === 'plan' ? [[PLAN_COMMAND, [FAILING_PLAN]]] : commands.map((c) => [c, []]);

/** The checks of a run with `thresholds` on what `entry` judges, naming inputs by `name`. */
async function checksOf(entry: Threshold, thresholds: Thresholds, name = (i: string) => `'${i}'`) {
  if (entry.judges === 'scan') return evaluateGate(FAILING, thresholds, name).checks;
  const report = await analyzePlanFiles([FAILING_PLAN], { pricePerIpHour: 0.005 });
  return planChecks(report, thresholds, name);
}

describe.each(entries)('the threshold %s', (input, key, entry) => {
  const [text, value, bad] = sample(entry);
  const set = { [key]: value } as Thresholds;

  it('is validated: its value read, a bad one refused naming the input and what it takes', () => {
    expect(validate({ ...judged(entry), [input]: text }).thresholds[key]).toBe(value);
    expect(() => validate({ ...judged(entry), [input]: bad })).toThrow(InputError);
    expect(() => validate({ ...judged(entry), [input]: bad })).toThrow(
      `'${input}': '${bad}' is not ${entry.value.expected}`,
    );
  });

  it('is refused where the run does not judge what it judges', () => {
    const message =
      entry.judges === 'plan'
        ? `'${input}': counts what the 'terraform-plan' files change, and none is given`
        : `'${input}': checks the scan, and 'scan' is false: leave it out, or scan`;
    const without =
      entry.judges === 'plan'
        ? {}
        : { [Inputs.TerraformPlan]: FAILING_PLAN, [Inputs.Scan]: 'false' };
    expect(() => validate({ ...without, [input]: text })).toThrow(message);
    const other = entry.judges === 'plan' ? commands : [PLAN_COMMAND];
    for (const command of other) {
      const args = command === PLAN_COMMAND ? [FAILING_PLAN] : [];
      expect(() => parseCli([command, ...args, `--${entry.flag}`, text])).toThrow(InputError);
    }
  });

  it('is a flag of the commands that judge what it judges, named in its messages, and listed in their help', async () => {
    for (const [command, args] of commandsOf(entry)) {
      expect(parseCli([command, ...args, `--${entry.flag}`, text])).toMatchObject({
        kind: command === PLAN_COMMAND ? 'plan' : 'run',
        raw: { [input]: text },
      });
      const help = commandHelp(command).split('\n');
      const usage = help.findIndex((line) => line.startsWith(`  --${entry.flag} `));
      // The usage, then the description: beside it, or below it when the usage fills its column.
      const said = help
        .slice(usage, usage + entry.help.length + 1)
        .flatMap((line) => line.trim().split(/ {2,}/))
        .filter((part) => part !== '');
      expect(said.slice(0, entry.help.length + 1)).toEqual([
        `--${entry.flag} ${entry.value.placeholder}`,
        ...entry.help,
      ]);
    }
    expect(flagFor(input)).toBe(`--${entry.flag}`);
    const err = sink();
    const [command, args] = commandsOf(entry)[0] ?? [];
    const code = await runCli([command ?? '', ...(args ?? []), `--${entry.flag}`, bad], {
      stdout: sink().stream,
      stderr: err.stream,
    });
    expect([code, err.text()]).toEqual([
      2,
      `aws-ipv4-audit: --${entry.flag}: '${bad}' is not ${entry.value.expected}\n`,
    ]);
  });

  it("is an input of the action, read from the runner's inputs", () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    expect(Object.keys(action.inputs)).toContain(input);
    expect(INPUT_NAMES).toContain(input);
    const given = { ...judged(entry), [input]: text };
    const options = readActionOptions((name) => given[name] ?? '');
    expect(options.thresholds[key]).toBe(value);
  });

  it('says in its entry how it fails closed, and validate() defaults by it', async () => {
    const defaults = validate({ ...judged(entry) }).thresholds;
    if (entry.rule === 'limit') {
      expect(defaults[key]).toBeUndefined();
      expect(validate({ ...judged(entry), [input]: text }).thresholds.failOnScanErrors).toBe(
        entry.failClosed === 'scan-errors',
      );
      expect(
        validate({ ...judged(entry), [input]: text, [THRESHOLDS.failOnScanErrors.input]: 'false' })
          .thresholds.failOnScanErrors,
      ).toBe(false);
    } else {
      expect(defaults[key]).toBe(entry.unset === true);
    }
    if (entry.judges === 'plan') {
      // Far above what the plan shows: the check still fails, as the plan does not tell it all.
      const report = await analyzePlanFiles([UNKNOWN_PLAN], { pricePerIpHour: 0.005 });
      const [check] = planChecks(report, { [key]: 1_000_000 } as Thresholds);
      expect(check?.count).toBeLessThan(1_000_000);
      expect([check?.input, check?.passed]).toEqual([input, entry.failClosed !== 'unknown-values']);
      expect(check?.message).toContain(`within '${input}' (1000000) as far as the plan tells: `);
    }
  });

  it('is checked by the gate, which names it as the action and as the CLI do', async () => {
    const quoted = (await checksOf(entry, set)).find((c) => c.input === input);
    expect(quoted?.passed).toBe(false);
    expect(quoted?.message).toContain(`'${input}'`);
    const flagged = (await checksOf(entry, set, flagFor)).find((c) => c.input === input);
    expect(flagged?.message).toContain(`--${entry.flag}`);
    expect(flagged?.message).not.toContain(`'${input}'`);
  });

  it('is recorded in report.json, which the schema accepts', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ipv4-thresholds-'));
    try {
      if (entry.judges === 'plan') {
        const options = validate({ ...judged(entry), [Inputs.Scan]: 'false', [input]: text });
        const plan = await checkPlans(options);
        if (plan === undefined) throw new Error('no plan');
        const outcome = planRunOutcome(plan, new Date(1_000));
        const written = await readFile(await writePlanJsonReport(outcome, dir, 1), 'utf8');
        checkReportJson(written, input);
        const json = JSON.parse(written) as {
          plan: { checks: { input: string; limit: number }[] };
          gate: { violations: { input: string }[] };
        };
        expect(json.plan.checks.map((c) => [c.input, c.limit])).toEqual([[input, value]]);
        expect(json.gate.violations.map((v) => v.input)).toEqual([input]);
        return;
      }
      const outcome = auditOutcome(emptyScan(), { options: { thresholds: set } });
      const written = await readFile(await writeJsonReport(outcome, dir, 1), 'utf8');
      checkReportJson(written, input);
      const json = JSON.parse(written) as {
        scan: { options: { thresholds: Record<ThresholdKey, unknown> } };
        gate: { checks: { input: string }[] };
      };
      expect(json.scan.options.thresholds[key]).toBe(value);
      expect(json.gate.checks.map((check) => check.input)).toContain(input);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The thresholds that judge the scan: report.json's scan.options.thresholds and gate.counts. */
const scanEntries = entries.filter(([, , e]) => e.judges === 'scan');

describe('the table of thresholds', () => {
  it('records every threshold in report.json: a limit not set as null, a switch as off', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ipv4-thresholds-'));
    try {
      const outcome = auditOutcome(emptyScan(), { options: { thresholds: {} } });
      const written = await readFile(await writeJsonReport(outcome, dir, 1), 'utf8');
      checkReportJson(written, 'no threshold');
      const json = JSON.parse(written) as { scan: { options: { thresholds: object } } };
      expect(json.scan.options.thresholds).toEqual(
        Object.fromEntries(
          scanEntries.map(([, key, e]) => [key, e.rule === 'limit' ? null : false]),
        ),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("counts every limit in a scan, set or not, and report.json's gate.counts holds each by its name", async () => {
    const scan = emptyScan({
      eniPublicIps: [eniRow({ suspicion: 'HIGH' }), eniRow({ address: '54.0.0.2' })],
      unassociatedEips: [eipRow(), eipRow({ publicIp: '3.0.0.2', byoip: true })],
    });
    const limits = entries.flatMap(([, , e]) =>
      e.rule === 'limit' && e.judges === 'scan' ? [e] : [],
    );
    const counts = gateCounts(scan) as unknown as Record<string, unknown>;
    for (const limit of limits) {
      const { count, examples } = limit.tally(scan, undefined);
      expect([counts[limit.counts], counts[limit.examples]]).toEqual([count, examples]);
    }
    const dir = await mkdtemp(path.join(tmpdir(), 'ipv4-thresholds-'));
    try {
      const outcome = auditOutcome(scan, { options: { thresholds: {} } });
      const written = await readFile(await writeJsonReport(outcome, dir, 1), 'utf8');
      const json = JSON.parse(written) as { gate: { counts: Record<string, number> } };
      expect(Object.entries(json.gate.counts)).toEqual([
        ...limits.map((limit) => [limit.counts, limit.tally(scan, undefined).count]),
        ['scanErrors', 0],
        ['policyDenied', 0],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("names in report.json's schema exactly the table's thresholds and each limit's count", () => {
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'),
    ) as {
      properties: { gate: { properties: { counts: { properties: object } } } };
      $defs: { options: { properties: { thresholds: { properties: object } } } };
    };
    expect(Object.keys(schema.$defs.options.properties.thresholds.properties)).toEqual(
      scanEntries.map(([, key]) => key),
    );
    expect(Object.keys(schema.properties.gate.properties.counts.properties)).toEqual([
      ...scanEntries.flatMap(([, , e]) =>
        e.rule === 'limit' && e.judges === 'scan' ? [e.counts] : [],
      ),
      'scanErrors',
      'policyDenied',
    ]);
  });

  it('names, in the gate, no input but those validate() reads', () => {
    expect(REGIONS_INPUT).toBe(Inputs.Regions);
    const named: string[] = [];
    const every = Object.fromEntries(entries.map(([, key, e]) => [key, sample(e)[1]]));
    evaluateGate(FAILING, every, (name) => {
      named.push(name);
      return name;
    });
    const onlyDenied = coverageOf([], [], [{ accountId: '222222222222', region: 'us-east-1' }]);
    evaluateGate({ ...FAILING, coverage: onlyDenied }, {}, (name) => {
      named.push(name);
      return name;
    });
    expect(named).toContain(REGIONS_INPUT);
    for (const name of named) expect(INPUT_NAMES).toContain(name);
  });

  it("offers every limit's flag when a CLI run set none", () => {
    const text = terminalSummary({
      outcome: auditOutcome(emptyScan(), { options: { thresholds: {} } }),
      files: [],
      outputDir: 'out',
      exitCode: 0,
      paint: paint(false),
    });
    const limits = scanEntries
      .filter(([, , e]) => e.rule === 'limit')
      .map(([, , e]) => `--${e.flag}`);
    expect(text).toContain(`Gate: passed (no threshold set: ${limits.join(', ')})`);
  });

  it('keeps the names of the inputs and flags apart from every other input', () => {
    const inputs = entries.map(([input]) => input);
    expect(new Set(inputs).size).toBe(inputs.length);
    expect(INPUT_NAMES.filter((name) => inputs.includes(name as never))).toEqual(inputs);
    expect(Object.values(Inputs).filter((name) => inputs.includes(name as never))).toEqual([]);
  });
});
