// The organisation-scale benchmark (issue 5): a generated organisation served by the AWS
// stand-in in its own process with injected latency, the bundled CLI scanning it in another,
// and what the stand-in counted and the OS measured.
//
//   npm run bench -- [--accounts 40] [--regions 5] [--enis 250] [--latency-ms 20]
//                    [--concurrency 32] [--sweep[=1,2,4]] [--concurrency-sweep[=8,16,32,64]]
//                    [--ous N]
//
// Figures: wall time; API calls in total, by action, per account-region against the budget;
// the pool bound = total calls x latency / concurrency + the longest sequential chain x latency;
// efficiency = bound / wall; the CLI's peak RSS and CPU seconds (per 10,000 ENIs); the stand-in's
// CPU seconds (it shares the machine's cores with the CLI); the analysis' own CPU, in-process.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { actionOnce, type ActionRun } from './actionRun.js';
import { analysisCpu, type AnalysisCpu } from './analysisCpu.js';
import { BUDGETS_FILE, checkBudgets, readBudgets, shapeMismatch } from './budgets.js';
import { compareReports } from './compareReports.js';
import { bundleFloor, type FloorRun } from './floor.js';
import {
  ACCOUNT_ACTIONS,
  callStats,
  ORG_ACTIONS,
  poolBoundMs,
  targetBudget,
  TARGET_ACTIONS,
  type CallStats,
  type OrgShape,
} from './calls.js';
import { GENERATED_ROOT } from '../test-support/aws/generateOrg.js';
import { machineCpu, measure, stderrTail, type Measured } from './measure.js';
import type { ChildMessage, ParentMessage, StandInConfig } from './standIn.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The CLI's log lines that end start-up (the caller is known) and the scan. */
const CALLER_LINE = /^Caller: /;
const SCAN_FINISHED_LINE = /^Scan finished in /;
const RSS_TARGET_MB = 256;
const RSS_TARGET_NO_ENIS_MB = 150;
const EFFICIENCY_TARGET = 0.7;

const USAGE = `Usage: npm run bench -- [options]

  --accounts N            accounts in the generated organisation (default 40)
  --regions N             regions per account, at most 12 (default 5)
  --enis N                ENIs per account-region (default 250)
  --security-groups N     security groups per account-region (default 50)
  --subnets N             subnets per account-region (default 20)
  --route-tables N        route tables per account-region (default 5)
  --prefix-lists N        prefix lists per account-region (default 2)
  --ous N                 put the accounts in N organizational units (a binary tree) and scan
                          them with --organizational-units ROOT (default 0: ListAccounts)
  --latency-ms N          latency the stand-in adds to every request (default 20)
  --concurrency N         the CLI's --concurrency (default 32)
  --sweep[=1,2,4]         also run with the ENIs multiplied by each factor
  --concurrency-sweep[=8,16,32,64]
                          also run at each concurrency (default size)
  --all                   both sweeps (about 2-3 minutes on 2 cores)
  --repeat N              runs per configuration; the one with the median wall time is shown
  --cli PATH              the bundled CLI to run (default dist/cli.js)
  --json PATH             also write every figure as JSON
  --node PATH             the Node.js binary that runs the CLI (default: this one)
  --node-arg ARG          pass ARG to the CLI's node (repeatable), e.g. --node-arg=--cpu-prof
  --check                 compare the median of --repeat runs (at least the budgets' count) with
                          bench/budgets.json: calls per account-region, CPU per 10,000 ENIs, peak
                          RSS; exit 1 naming each budget missed. Runs at the budgets' size
  --sdk-floor             also run the scan's EC2 calls with the AWS SDK alone (bench/sdkFloor.ts:
                          no analysis, no reports), --repeat times: a lower bound of the CLI's scan
  --action [PATH]         instead of the CLI, run the action (dist/index.js, or PATH) as a runner
                          would, inputs at their defaults, against the GitHub stand-in too
  --compare-reports REF   instead of measuring: do the CLI's reports equal those of REF (a git
                          revision's dist/cli.js, or a bundled CLI's path) on the demo
                          organisation and on the generated one? Exit 1 when they differ
`;

// Flags whose value may be left out: `--sweep` means `--sweep=1,2,4`.
const OPTIONAL_VALUES: Record<string, string> = {
  '--sweep': '1,2,4',
  '--concurrency-sweep': '8,16,32,64',
  '--action': 'dist/index.js',
};

function normaliseArgv(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const fallback = OPTIONAL_VALUES[arg];
    const next = argv[i + 1];
    if (fallback !== undefined && (next === undefined || next.startsWith('--'))) {
      out.push(`${arg}=${fallback}`);
    } else out.push(arg);
  }
  return out;
}

function wholeNumber(flag: string, value: string, min: number, max = Infinity): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(
      `--${flag}: expected a whole number from ${min}${max < Infinity ? ` to ${max}` : ''}, got '${value}'`,
    );
  }
  return n;
}

function numberList(flag: string, value: string, min: number): number[] {
  return value.split(',').map((v) => wholeNumber(flag, v.trim(), min));
}

interface Config {
  shape: OrgShape;
  latencyMs: number;
  concurrency: number;
  sweep?: number[];
  concurrencySweep?: number[];
  repeat: number;
  cli: string;
  /** The Node.js binary that runs the CLI (the action's runtime is node24). */
  node: string;
  nodeArgs: string[];
  json?: string;
  /** Compare the CLI's reports with this reference's instead of measuring. */
  compareReports?: string;
  /** Compare the run with bench/budgets.json. */
  check: boolean;
  /** Also measure the SDK's floor (bench/sdkFloor.ts). */
  sdkFloor: boolean;
  /** Measure the action (this bundle) instead of the CLI. */
  action?: string;
}

function parseConfig(argv: string[]): Config | undefined {
  const { values } = parseArgs({
    args: normaliseArgv(argv),
    options: {
      accounts: { type: 'string', default: '40' },
      regions: { type: 'string', default: '5' },
      enis: { type: 'string', default: '250' },
      'security-groups': { type: 'string', default: '50' },
      subnets: { type: 'string', default: '20' },
      'route-tables': { type: 'string', default: '5' },
      'prefix-lists': { type: 'string', default: '2' },
      ous: { type: 'string', default: '0' },
      'latency-ms': { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '32' },
      sweep: { type: 'string' },
      'concurrency-sweep': { type: 'string' },
      repeat: { type: 'string', default: '1' },
      cli: { type: 'string', default: 'dist/cli.js' },
      json: { type: 'string' },
      'node-arg': { type: 'string', multiple: true },
      node: { type: 'string' },
      'compare-reports': { type: 'string' },
      check: { type: 'boolean' },
      'sdk-floor': { type: 'boolean' },
      action: { type: 'string' },
      all: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  if (values.all) {
    values.sweep ??= OPTIONAL_VALUES['--sweep'];
    values['concurrency-sweep'] ??= OPTIONAL_VALUES['--concurrency-sweep'];
  }
  return {
    shape: {
      accounts: wholeNumber('accounts', values.accounts, 1),
      regions: wholeNumber('regions', values.regions, 1, 12),
      enisPerRegion: wholeNumber('enis', values.enis, 0),
      securityGroupsPerRegion: wholeNumber('security-groups', values['security-groups'], 1),
      subnetsPerRegion: wholeNumber('subnets', values.subnets, 1),
      routeTablesPerRegion: wholeNumber('route-tables', values['route-tables'], 1),
      prefixListsPerRegion: wholeNumber('prefix-lists', values['prefix-lists'], 0),
      organizationalUnits: wholeNumber('ous', values.ous, 0),
    },
    latencyMs: wholeNumber('latency-ms', values['latency-ms'], 0),
    concurrency: wholeNumber('concurrency', values.concurrency, 1, 256),
    ...(values.sweep ? { sweep: numberList('sweep', values.sweep, 1) } : {}),
    ...(values['concurrency-sweep']
      ? { concurrencySweep: numberList('concurrency-sweep', values['concurrency-sweep'], 1) }
      : {}),
    repeat: wholeNumber('repeat', values.repeat, 1),
    cli: path.resolve(ROOT, values.cli),
    node: values.node ?? process.execPath,
    nodeArgs: values['node-arg'] ?? [],
    ...(values.json ? { json: path.resolve(values.json) } : {}),
    ...(values['compare-reports'] ? { compareReports: values['compare-reports'] } : {}),
    check: values.check ?? false,
    sdkFloor: values['sdk-floor'] ?? false,
    ...(values.action ? { action: path.resolve(ROOT, values.action) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The stand-in process

interface StandInProcess {
  env: Record<string, string>;
  generateMs: number;
  reset(): Promise<void>;
  counters(): Promise<Extract<ChildMessage, { type: 'counters' }>>;
  stop(): Promise<void>;
}

function nextMessage<T extends ChildMessage['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ChildMessage) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m as Extract<ChildMessage, { type: T }>);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`the stand-in exited (${code}) before answering '${type}'`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function startStandIn(config: StandInConfig): Promise<StandInProcess> {
  const child = fork(path.join(import.meta.dirname, 'standIn.ts'), [JSON.stringify(config)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage(child, 'ready');
  const ask = <T extends ChildMessage['type']>(message: ParentMessage, type: T) => {
    const answer = nextMessage(child, type);
    child.send(message);
    return answer;
  };
  return {
    env: ready.env,
    generateMs: ready.generateMs,
    reset: async () => void (await ask({ type: 'reset' }, 'reset')),
    counters: () => ask({ type: 'counters' }, 'counters'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'stop' } satisfies ParentMessage);
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// One scan

interface RunResult {
  shape: OrgShape;
  latencyMs: number;
  concurrency: number;
  enis: number;
  loadBefore: number;
  measured: Omit<Measured, 'stdout' | 'stderrLines' | 'marks'>;
  phases: { startupMs: number; scanMs: number; reportsMs: number };
  /** CPU seconds by phase, split at the same log lines (undefined where /proc is missing). */
  phaseCpu?: { startupS: number; scanS: number; reportsS: number };
  stats: CallStats;
  boundMs: number;
  efficiency: number;
  scanEfficiency: number;
  standInCpuS: number;
  cliCpuS: number;
  /** CPU seconds the machine spent on anything but the CLI, the stand-in and this process. */
  othersCpuS?: number;
  eniRowsReported: number;
  analysis?: AnalysisCpu;
  /** With --repeat: every run's figures, in run order. */
  spread?: Spread;
}

interface Spread {
  cpuS: number[];
  scanCpuS: number[];
  rssMb: number[];
  wallS: number[];
}

function cliEnv(standInEnv: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  delete env.NODE_OPTIONS;
  return { ...env, ...standInEnv };
}

async function scanOnce(
  standIn: StandInProcess,
  config: Config,
  shape: OrgShape,
  concurrency: number,
): Promise<RunResult> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-bench-'));
  try {
    await standIn.reset();
    const loadBefore = os.loadavg()[0] ?? 0;
    const machineBefore = await machineCpu();
    const parentBefore = process.cpuUsage();
    const measured = await measure(
      config.node,
      [
        ...config.nodeArgs,
        config.cli,
        'run-multi-account',
        ...(shape.organizationalUnits > 0 ? ['--organizational-units', GENERATED_ROOT] : []),
        '--concurrency',
        String(concurrency),
        '--output-path',
        out,
      ],
      cliEnv(standIn.env),
      [CALLER_LINE, SCAN_FINISHED_LINE],
    );
    const machineAfter = await machineCpu();
    const parentCpu = process.cpuUsage(parentBefore);
    const counters = await standIn.counters();
    const { stdout, stderrLines, marks, ...figures } = measured;
    const enis = shape.accounts * shape.regions * shape.enisPerRegion;
    const reported = /Public IPs on network interfaces by suspicion \(([\d,]+)\)/.exec(stdout);
    const eniRowsReported = reported ? Number(reported[1]?.replaceAll(',', '')) : NaN;
    if (measured.code !== 0 || eniRowsReported !== enis) {
      const tail = stderrTail(stderrLines);
      throw new Error(
        `the CLI exited ${measured.code} reporting ${eniRowsReported} ENI public IPs ` +
          `(expected ${enis}):\n${stdout}\n${tail}`,
      );
    }
    const at = (re: RegExp, last = false) => {
      const hits = stderrLines.filter((l) => re.test(l.line));
      return (last ? hits[hits.length - 1] : hits[0])?.atMs;
    };
    const callerAt = at(CALLER_LINE) ?? 0;
    const scannedAt = at(SCAN_FINISHED_LINE, true) ?? measured.wallMs;
    const [callerCpu, scannedCpu] = marks;
    const cliCpuS = figures.userS + figures.systemS;
    const stats = callStats(counters.rows, shape);
    const boundMs = poolBoundMs(stats, config.latencyMs, concurrency);
    // The scan window opens when GetCallerIdentity has answered: one latency less of the bound.
    const scanMs = scannedAt - callerAt;
    return {
      shape,
      latencyMs: config.latencyMs,
      concurrency,
      enis,
      loadBefore,
      measured: figures,
      phases: {
        startupMs: callerAt,
        scanMs,
        reportsMs: measured.wallMs - scannedAt,
      },
      ...(callerCpu && scannedCpu
        ? {
            phaseCpu: {
              startupS: callerCpu.cpuS,
              scanS: scannedCpu.cpuS - callerCpu.cpuS,
              reportsS: cliCpuS - scannedCpu.cpuS,
            },
          }
        : {}),
      stats,
      boundMs,
      efficiency: boundMs / measured.wallMs,
      scanEfficiency: (boundMs - config.latencyMs) / scanMs,
      standInCpuS: counters.cpuMicros / 1e6,
      cliCpuS,
      ...(machineBefore && machineAfter
        ? {
            othersCpuS: Math.max(
              0,
              machineAfter.busyS -
                machineBefore.busyS -
                (figures.userS + figures.systemS) -
                counters.cpuMicros / 1e6 -
                (parentCpu.user + parentCpu.system) / 1e6,
            ),
          }
        : {}),
      eniRowsReported,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** `repeat` scans; the one with the median wall time stands for them. */
async function scanMedian(
  standIn: StandInProcess,
  config: Config,
  shape: OrgShape,
  concurrency: number,
): Promise<RunResult> {
  const runs: RunResult[] = [];
  for (let i = 0; i < config.repeat; i++) {
    runs.push(await scanOnce(standIn, config, shape, concurrency));
  }
  const spread: Spread = {
    cpuS: runs.map((r) => r.cliCpuS),
    scanCpuS: runs.flatMap((r) => (r.phaseCpu ? [r.phaseCpu.scanS] : [])),
    rssMb: runs.map((r) => r.measured.maxRssKb / 1024),
    wallS: runs.map((r) => r.measured.wallMs / 1000),
  };
  runs.sort((a, b) => a.measured.wallMs - b.measured.wallMs);
  const median = runs[Math.floor((runs.length - 1) / 2)] as RunResult;
  return runs.length > 1 ? { ...median, spread } : median;
}

/** The median of some figures (the lower middle one of an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

async function withStandIn<T>(
  shape: OrgShape,
  latencyMs: number,
  use: (standIn: StandInProcess) => Promise<T>,
): Promise<T> {
  const standIn = await startStandIn({ org: shape, latencyMs });
  try {
    return await use(standIn);
  } finally {
    await standIn.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const s = (ms: number, digits = 2) => (ms / 1000).toFixed(digits);
const mb = (kb: number) => (kb / 1024).toFixed(0);
const per10k = (value: number, enis: number) => (enis > 0 ? (value * 10_000) / enis : NaN);
// At 0 ENIs there is no figure per 10,000 to give (the run measures the cost of the calls alone).
const per10kText = (value: number, enis: number, digits: number) =>
  enis > 0
    ? `${per10k(value, enis).toFixed(digits)} s per 10,000 ENIs`
    : 'no figure per 10,000 ENIs (0 ENIs)';
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function minMaxText({ min, max }: { min: number; max: number }): string {
  return min === max ? String(min) : `${min}-${max}`;
}

function printRun(r: RunResult, title: string): void {
  const { stats, shape } = r;
  const budget = targetBudget(shape);
  const allowed = budget.base + budget.extraPages;
  const rssMb = r.measured.maxRssKb / 1024;
  const lines = [
    `== ${title}: ${shape.accounts} accounts x ${shape.regions} regions x ${int(shape.enisPerRegion)} ENIs = ${int(r.enis)} ENIs; latency ${r.latencyMs} ms; concurrency ${r.concurrency}`,
    `load average before     ${r.loadBefore.toFixed(2)} (1 min; includes earlier runs of this benchmark)`,
    `wall time               ${s(r.measured.wallMs)} s  (process start to first answer ${s(r.phases.startupMs)} s, scan ${s(r.phases.scanMs)} s, reports and exit ${s(r.phases.reportsMs)} s)`,
    `API calls               ${int(stats.total)} total, ${stats.throttled} throttled, ${stats.failed} failed`,
    `  by action             ${[...stats.byAction]
      .sort((a, b) => b[1] - a[1])
      .map(([a, n]) => `${a} ${int(n)}`)
      .join(', ')}`,
    `  per account-region    ${minMaxText(stats.perTarget)} over ${stats.targets} targets: ${TARGET_ACTIONS.map((a) => `${a} ${minMaxText(stats.perTargetByAction.get(a) ?? { min: 0, max: 0 })}`).join(', ')}`,
    `  budget                <= ${budget.base} + ${budget.extraPages} extra page(s) = ${allowed}: ${verdict(stats.perTarget.max <= allowed)}`,
    `  per account           ${ACCOUNT_ACTIONS.map((a) => `${a} ${minMaxText(stats.perAccountByAction.get(a) ?? { min: 0, max: 0 })}`).join(', ')}`,
    `  once                  ${ORG_ACTIONS.map((a) => `${a} ${stats.org.get(a) ?? 0}`).join(', ')}`,
    ...(shape.organizationalUnits > 0
      ? [
          `  OU resolution         ${shape.organizationalUnits} OUs + the root: ${stats.ouCalls} calls ` +
            `(${(stats.ouCalls / (shape.organizationalUnits + 1)).toFixed(2)} per OU)`,
        ]
      : []),
    `  DescribePrefixLists   ${stats.byAction.get('DescribePrefixLists') ?? 0}${stats.unexpected.size > 0 ? `; unexpected: ${[...stats.unexpected].map(([a, n]) => `${a} ${n}`).join(', ')}` : ''}`,
    `pool bound              ${int(stats.total)} x ${r.latencyMs} ms / ${r.concurrency} + chain ${stats.chain.calls} x ${r.latencyMs} ms = ${s(r.boundMs)} s`,
    `  chain                 ${stats.chain.parts.join(' + ')}`,
    `efficiency              ${r.efficiency.toFixed(2)} (bound / wall; target >= ${EFFICIENCY_TARGET}: ${verdict(r.efficiency >= EFFICIENCY_TARGET)}); scan window alone ${r.scanEfficiency.toFixed(2)}`,
    `peak RSS (CLI)          ${rssMb.toFixed(0)} MB via ${r.measured.source} (target <= ${RSS_TARGET_MB} MB at 50,000 ENIs, <= ${RSS_TARGET_NO_ENIS_MB} MB at 0${r.enis === 50_000 ? `: ${verdict(rssMb <= RSS_TARGET_MB)}` : r.enis === 0 ? `: ${verdict(rssMb <= RSS_TARGET_NO_ENIS_MB)}` : ''})`,
    `CPU (CLI)               ${r.cliCpuS.toFixed(2)} s (user ${r.measured.userS.toFixed(2)} + system ${r.measured.systemS.toFixed(2)}) = ${per10kText(r.cliCpuS, r.enis, 2)}; ${r.cliCpuS > 0 ? `${((r.cliCpuS * 1000) / r.measured.wallMs).toFixed(2)} cores busy on average` : ''}`,
    ...(r.phaseCpu
      ? [
          `  by phase              start-up ${r.phaseCpu.startupS.toFixed(2)} s, scan ${r.phaseCpu.scanS.toFixed(2)} s (${per10kText(r.phaseCpu.scanS, r.enis, 2)}, ${((r.phaseCpu.scanS * 1000) / stats.total).toFixed(2)} ms per API call), reports and exit ${r.phaseCpu.reportsS.toFixed(2)} s (from /proc at the Caller: and Scan finished lines)`,
        ]
      : []),
    ...(r.spread ? [spreadLine(r.spread)] : []),
    `CPU (stand-in)          ${r.standInCpuS.toFixed(2)} s on the same ${os.cpus().length} cores; CLI + stand-in = ${((((r.cliCpuS + r.standInCpuS) * 1000) / r.measured.wallMs / os.cpus().length) * 100).toFixed(0)}% of the machine over the wall time`,
  ];
  if (r.othersCpuS !== undefined) {
    lines.push(
      `CPU (other processes)   ${r.othersCpuS.toFixed(2)} s = ${(((r.othersCpuS * 1000) / r.measured.wallMs / os.cpus().length) * 100).toFixed(0)}% of the machine during the run (from /proc/stat)${r.othersCpuS * 1000 > 0.1 * r.measured.wallMs * os.cpus().length ? ': the figures are inflated by them' : ''}`,
    );
  }
  if (r.analysis) {
    lines.push(
      `CPU (analysis alone)    ${r.analysis.cpuS.toFixed(3)} s for ${int(r.analysis.enis)} ENIs = ${per10kText(r.analysis.cpuS, r.analysis.enis, 3)} (analyzeRegion + merge, in-process)`,
    );
  }
  console.log(lines.join('\n'));
}

function spreadLine(spread: Spread): string {
  const range = (values: number[], digits: number) =>
    `${Math.min(...values).toFixed(digits)} / ${median(values).toFixed(digits)} / ${Math.max(...values).toFixed(digits)}`;
  return (
    `over ${spread.cpuS.length} runs (min / median / max): CLI CPU ${range(spread.cpuS, 2)} s` +
    (spread.scanCpuS.length > 0 ? `, scan CPU ${range(spread.scanCpuS, 2)} s` : '') +
    `, peak RSS ${range(spread.rssMb, 0)} MB, wall ${range(spread.wallS, 2)} s (the run shown is the median by wall time)`
  );
}

function table(header: string[], rows: string[][], leftColumns = 0): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < leftColumns ? c.padEnd : c.padStart).call(c, widths[i] ?? 0))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const othersShare = (r: RunResult) =>
  r.othersCpuS === undefined
    ? ''
    : `${(((r.othersCpuS * 1000) / r.measured.wallMs / os.cpus().length) * 100).toFixed(0)}%`;

function printSweep(runs: RunResult[], factors: number[]): void {
  const first = runs[0];
  if (!first) return;
  console.log(`\n== size sweep (ENIs ${factors.map((f) => `x${f}`).join(', ')})`);
  console.log(
    table(
      [
        'ENIs',
        'wall s',
        'x wall',
        'peak RSS MB',
        'x RSS',
        'CLI CPU s',
        'CPU s/10k ENIs',
        'calls',
        'other procs',
        'efficiency',
        'analysis s/10k',
      ],
      runs.map((r) => [
        int(r.enis),
        s(r.measured.wallMs),
        (r.measured.wallMs / first.measured.wallMs).toFixed(2),
        mb(r.measured.maxRssKb),
        (r.measured.maxRssKb / first.measured.maxRssKb).toFixed(2),
        r.cliCpuS.toFixed(2),
        per10k(r.cliCpuS, r.enis).toFixed(2),
        int(r.stats.total),
        othersShare(r),
        r.efficiency.toFixed(2),
        r.analysis ? per10k(r.analysis.cpuS, r.analysis.enis).toFixed(3) : '',
      ]),
    ),
  );
  const steps: string[] = [];
  const signed = (n: number, digits: number) => `${n >= 0 ? '+' : ''}${n.toFixed(digits)}`;
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1] as RunResult;
    const b = runs[i] as RunResult;
    const more = b.enis - a.enis;
    const rss = (b.measured.maxRssKb - a.measured.maxRssKb) / 1024;
    const wall = (b.measured.wallMs - a.measured.wallMs) / 1000;
    const cpu = b.cliCpuS - a.cliCpuS;
    steps.push(
      `${int(a.enis)} -> ${int(b.enis)} ENIs: ${signed(per10k(rss, more), 1)} MB peak RSS, ` +
        `${signed(per10k(wall, more), 2)} s wall, ${signed(per10k(cpu, more), 2)} s CLI CPU ` +
        `per 10,000 more ENIs`,
    );
  }
  if (steps.length > 0) {
    console.log(
      `growth (linear when the increments stay flat or shrink):\n  ${steps.join('\n  ')}`,
    );
  }
}

function printConcurrencySweep(runs: RunResult[]): void {
  const first = runs[0];
  if (!first) return;
  console.log(`\n== concurrency sweep (${int(first.enis)} ENIs, latency ${first.latencyMs} ms)`);
  console.log(
    table(
      [
        'concurrency',
        'wall s',
        'scan s',
        'bound s',
        'efficiency',
        'scan eff.',
        'CLI CPU s',
        'stand-in CPU s',
        'peak RSS MB',
        'calls',
        'other procs',
      ],
      runs.map((r) => [
        String(r.concurrency),
        s(r.measured.wallMs),
        s(r.phases.scanMs),
        s(r.boundMs),
        r.efficiency.toFixed(2),
        r.scanEfficiency.toFixed(2),
        r.cliCpuS.toFixed(2),
        r.standInCpuS.toFixed(2),
        mb(r.measured.maxRssKb),
        int(r.stats.total),
        othersShare(r),
      ]),
    ),
  );
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const config = parseConfig(process.argv.slice(2));
  if (!config) {
    process.stdout.write(USAGE);
    return;
  }
  if (config.compareReports !== undefined) {
    const same = await compareReports({
      reference: config.compareReports,
      cli: config.cli,
      shape: config.shape,
    });
    if (!same) process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const cpus = os.cpus();
  console.log(
    `aws-ipv4-audit benchmark, ${new Date().toISOString()}\n` +
      `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `Node ${process.version}, ${os.platform()} ${os.release()}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n` +
      (config.action === undefined
        ? `CLI: node ${path.relative(ROOT, config.cli)} run-multi-account (a process of its own; the stand-in is another)\n`
        : `action: node ${path.relative(ROOT, config.action)} (a process of its own; the AWS stand-in is another)\n`),
  );

  if (config.check) {
    await check(config);
    return;
  }
  if (config.action !== undefined) {
    await action(config, config.action);
    return;
  }
  const all: Record<string, RunResult | RunResult[] | FloorRun[]> = {};
  const main = await withStandIn(config.shape, config.latencyMs, async (standIn) => {
    const run = await scanMedian(standIn, config, config.shape, config.concurrency);
    run.analysis = analysisCpu(config.shape);
    printRun(run, 'run');
    if (config.sdkFloor) all.sdkFloor = await sdkFloor(standIn, config, run);

    if (config.concurrencySweep) {
      const runs: RunResult[] = [];
      for (const c of config.concurrencySweep) {
        runs.push(
          c === config.concurrency ? run : await scanMedian(standIn, config, config.shape, c),
        );
      }
      printConcurrencySweep(runs);
      all.concurrencySweep = runs;
    }
    return run;
  });
  all.run = main;

  if (config.sweep) {
    const runs: RunResult[] = [];
    for (const factor of config.sweep) {
      const shape = { ...config.shape, enisPerRegion: config.shape.enisPerRegion * factor };
      const run =
        factor === 1
          ? main
          : await withStandIn(shape, config.latencyMs, (standIn) =>
              scanMedian(standIn, config, shape, config.concurrency),
            );
      run.analysis ??= analysisCpu(shape);
      runs.push(run);
    }
    printSweep(runs, config.sweep);
    all.sweep = runs;
  }

  console.log(`\nbenchmark finished in ${s(performance.now() - started, 1)} s`);
  if (config.json) {
    const { writeFile } = await import('node:fs/promises');
    const replacer = (_key: string, value: unknown) =>
      value instanceof Map ? Object.fromEntries(value) : value;
    await writeFile(config.json, `${JSON.stringify(all, replacer, 2)}\n`);
  }
}

/** --action: the action's figures, `repeat` runs. */
async function action(config: Config, script: string): Promise<void> {
  const { shape } = config;
  const enis = shape.accounts * shape.regions * shape.enisPerRegion;
  const runs: ActionRun[] = [];
  await withStandIn(shape, config.latencyMs, async (standIn) => {
    for (let i = 0; i < config.repeat; i++) {
      await standIn.reset();
      const run = await actionOnce(
        config.node,
        config.nodeArgs,
        script,
        standIn.env,
        config.concurrency,
      );
      if (run.publicIps !== enis) {
        throw new Error(`the action reported ${run.publicIps} public IPs, not ${enis}`);
      }
      runs.push(run);
    }
  });
  const cpu = (r: ActionRun) => r.measured.userS + r.measured.systemS;
  const rss = (r: ActionRun) => r.measured.maxRssKb / 1024;
  const wall = (r: ActionRun) => r.measured.wallMs / 1000;
  const each = (f: (r: ActionRun) => number, digits: number) =>
    runs.map((r) => f(r).toFixed(digits)).join(' / ');
  console.log(
    [
      `== action: node ${path.relative(ROOT, script)} as a runner runs it; ${shape.accounts} accounts x ${shape.regions} regions x ${int(shape.enisPerRegion)} ENIs = ${int(enis)} ENIs; latency ${config.latencyMs} ms; concurrency ${config.concurrency}${runs.length > 1 ? `; medians of ${runs.length}` : ''}`,
      `wall time               ${median(runs.map(wall)).toFixed(2)} s`,
      `peak RSS (action)       ${median(runs.map(rss)).toFixed(0)} MB via ${runs[0]?.measured.source} (its artifact upload thread included)`,
      `CPU (action)            ${median(runs.map(cpu)).toFixed(2)} s = ${per10kText(median(runs.map(cpu)), enis, 2)}`,
      `outputs                 public-ip-count ${int(runs[0]?.publicIps ?? 0)}; an artifact of ${runs[0]?.artifactFiles} files uploaded`,
      ...(runs.length > 1
        ? [
            `over ${runs.length} runs            CPU ${each(cpu, 2)} s, peak RSS ${each(rss, 0)} MB, wall ${each(wall, 2)} s`,
          ]
        : []),
    ].join('\n'),
  );
}

/** --sdk-floor: the SDK's own cost of the scan's calls, printed against the CLI's run. */
async function sdkFloor(
  standIn: StandInProcess,
  config: Config,
  cli: RunResult,
): Promise<FloorRun[]> {
  const floor = await bundleFloor(config.node, config.nodeArgs);
  const runs: FloorRun[] = [];
  try {
    for (let i = 0; i < config.repeat; i++) {
      await standIn.reset();
      const run = await floor.run(cliEnv(standIn.env), config.concurrency);
      if (run.enis !== cli.enis) {
        throw new Error(`the SDK floor read ${run.enis} ENIs, not ${cli.enis}`);
      }
      runs.push(run);
    }
  } finally {
    await floor.dispose();
  }
  const callsCpuS = median(runs.map((r) => r.callsCpuS));
  const processCpuS = median(runs.map((r) => r.processCpuS));
  const startupCpuS = median(runs.map((r) => r.startupCpuS));
  const rssMb = median(runs.map((r) => r.peakRssMb));
  const wallS = median(runs.map((r) => r.wallS));
  const calls = runs[0]?.calls ?? 0;
  const lines = [
    `SDK floor               the scan's EC2 calls with the AWS SDK alone (bench/sdkFloor.ts; no AssumeRole, Global Accelerator, analysis or reports)${runs.length > 1 ? `, medians of ${runs.length}` : ''}`,
    `  calls                 ${int(calls)} (the CLI: ${int(cli.stats.total)}), ${int(runs[0]?.enis ?? 0)} ENIs`,
    `  CPU                   ${callsCpuS.toFixed(2)} s in the calls (${((callsCpuS * 1000) / calls).toFixed(2)} ms per call), module load ${startupCpuS.toFixed(2)} s, whole process ${processCpuS.toFixed(2)} s (the CLI: ${cli.cliCpuS.toFixed(2)} s${cli.phaseCpu ? `, its scan ${cli.phaseCpu.scanS.toFixed(2)} s` : ''})`,
    `  peak RSS              ${rssMb.toFixed(0)} MB (the CLI: ${(cli.measured.maxRssKb / 1024).toFixed(0)} MB)`,
    `  wall time             ${wallS.toFixed(2)} s (the CLI: ${s(cli.measured.wallMs)} s)`,
  ];
  if (runs.length > 1) {
    lines.push(
      `  over ${runs.length} runs            calls CPU ${runs.map((r) => r.callsCpuS.toFixed(2)).join(' / ')} s, peak RSS ${runs.map((r) => r.peakRssMb.toFixed(0)).join(' / ')} MB, wall ${runs.map((r) => r.wallS.toFixed(2)).join(' / ')} s`,
    );
  }
  console.log(lines.join('\n'));
  return runs;
}

/** --check: the budgets' run, its figures, and a verdict per budget; exit 1 on a miss. */
async function check(config: Config): Promise<void> {
  const budgets = await readBudgets();
  const mismatch = shapeMismatch(budgets, config);
  if (mismatch.length > 0) {
    console.error(
      `--check: ${path.relative(ROOT, BUDGETS_FILE)} was measured at another size: ${mismatch.join(', ')}`,
    );
    process.exitCode = 2;
    return;
  }
  const runs = { ...config, repeat: Math.max(config.repeat, budgets.runs) };
  const run = await withStandIn(config.shape, config.latencyMs, (standIn) =>
    scanMedian(standIn, runs, config.shape, config.concurrency),
  );
  printRun(run, 'check');
  const spread = run.spread;
  const verdicts = checkBudgets(budgets, {
    enis: run.enis,
    callsPerAccountRegion: run.stats.perTarget.max,
    cliCpuS: spread ? median(spread.cpuS) : run.cliCpuS,
    ...(spread && spread.scanCpuS.length > 0
      ? { scanCpuS: median(spread.scanCpuS) }
      : run.phaseCpu
        ? { scanCpuS: run.phaseCpu.scanS }
        : {}),
    peakRssMb: spread ? median(spread.rssMb) : run.measured.maxRssKb / 1024,
  });
  console.log(
    `\n== budgets (${path.relative(ROOT, BUDGETS_FILE)}; medians of ${runs.repeat} runs; ${budgets.reason})`,
  );
  console.log(
    table(
      ['budget', 'measured', 'allowed', ''],
      verdicts.map((v) => [v.name, v.measured, v.budget, v.met ? 'met' : 'MISSED']),
      1,
    ),
  );
  const missed = verdicts.filter((v) => !v.met);
  if (missed.length > 0) {
    const loaded =
      run.othersCpuS !== undefined &&
      run.othersCpuS * 1000 > 0.25 * run.measured.wallMs * os.cpus().length;
    console.log(
      `\nMISSED: ${missed.map((v) => `${v.name} ${v.measured} (${v.budget})`).join('; ')}` +
        (loaded
          ? '\nOther processes used over a quarter of the machine during the run: a CPU or RSS miss may be theirs; run --check again on a quiet machine before looking for a regression.'
          : ''),
    );
    process.exitCode = 1;
  } else console.log('\nevery budget met');
}

await main();
