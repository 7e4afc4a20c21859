// Do two CLI bundles write the same reports? Each runs `run-multi-account` against the same AWS
// stand-in (the demo organisation, then the benchmark's generated one); the reports, stdout and
// exit codes are compared after what differs from run to run by nature is blanked (run times,
// durations, the epoch that prefixes each file name). A performance change must leave them equal.
//
//   npm run bench -- --compare-reports main            (dist/cli.js of a git revision)
//   npm run bench -- --compare-reports path/to/cli.js  (any bundled CLI)
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { demoOrg } from '../test-support/aws/demoOrg.js';
import type { OrgFixture } from '../test-support/aws/fixture.js';
import { generateOrg } from '../test-support/aws/generateOrg.js';
import { startAwsStandIn } from '../test-support/aws/startAwsStandIn.js';
import type { OrgShape } from './calls.js';

/** What a run of the CLI leaves for a user: its exit code, stdout, and each report by name. */
export interface CliOutput {
  code: number | null;
  stdout: string;
  /** Report contents by file name without the epoch prefix, normalised. */
  files: Map<string, string>;
}

/** The parts of a report that differ from run to run whatever the code: times and durations. */
const RUN_TIME_PATTERNS: [RegExp, string][] = [
  // ISO instants (report.json, remediation.sh, history entries).
  [/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<instant>'],
  // The HTML and summary form: 2026-12-06 09:45:50 UTC, then the run's length in brackets.
  [/\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)? UTC/g, '<instant>'],
  [/(<instant>[^\n<]*?) \((?:\d+ ?h ?)?(?:\d+ ?min ?)?(?:[\d.]+ ?s)?\)/g, '$1 (<duration>)'],
  [/"durationSeconds": ?[\d.]+/g, '"durationSeconds": <duration>'],
  // The epoch prefix of report files where a report names another.
  [/\b\d{9,11}_(?=[a-z_]+\.(?:csv|json|html|sh)\b)/g, '<epoch>_'],
];

/** `text` with its run-time parts blanked (exported for its unit test). */
export function normaliseRunTimes(text: string): string {
  return RUN_TIME_PATTERNS.reduce((t, [pattern, blank]) => t.replace(pattern, blank), text);
}

/** Runs one bundled CLI against `env`'s stand-in and collects what it wrote. */
async function runCli(cli: string, env: Record<string, string>): Promise<CliOutput> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-compare-'));
  try {
    const clean: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (!k.startsWith('AWS_') && k !== 'NODE_OPTIONS') clean[k] = v;
    }
    const child = spawn(process.execPath, [cli, 'run-multi-account', '--output-path', out], {
      env: { ...clean, ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const [code] = (await once(child, 'exit')) as [number | null];
    const files = new Map<string, string>();
    for (const name of (await readdir(out)).sort()) {
      const text = await readFile(path.join(out, name), 'utf8');
      files.set(name.replace(/^\d+_/, ''), normaliseRunTimes(text.replaceAll(out, '<output>')));
    }
    return { code, stdout: normaliseRunTimes(stdout.replaceAll(out, '<output>')), files };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** The first line where two texts differ, with a little of each around it. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  const i = la.findIndex((line, n) => line !== lb[n]);
  const at = i === -1 ? Math.min(la.length, lb.length) : i;
  const cut = (s: string | undefined) =>
    s === undefined ? '(none)' : s.length > 300 ? `${s.slice(0, 300)}...` : s;
  return `line ${at + 1} of ${la.length} vs ${lb.length}:\n    - ${cut(la[at])}\n    + ${cut(lb[at])}`;
}

/** Every way `b` differs from `a`; empty when they are the same. */
export function differences(a: CliOutput, b: CliOutput): string[] {
  const found: string[] = [];
  if (a.code !== b.code) found.push(`exit code ${a.code} vs ${b.code}`);
  if (a.stdout !== b.stdout) found.push(`stdout: ${firstDifference(a.stdout, b.stdout)}`);
  const names = new Set([...a.files.keys(), ...b.files.keys()]);
  for (const name of [...names].sort()) {
    const x = a.files.get(name);
    const y = b.files.get(name);
    if (x === undefined || y === undefined)
      found.push(`${name}: only in ${x ? 'the first' : 'the second'}`);
    else if (x !== y) found.push(`${name}: ${firstDifference(x, y)}`);
  }
  return found;
}

/** The bundled CLI of a git revision, written where node runs it as ESM. */
async function cliOfRevision(revision: string, dir: string): Promise<string> {
  const git = promisify(execFile);
  const root = path.resolve(import.meta.dirname, '..');
  const { stdout } = await git('git', ['show', `${revision}:dist/cli.js`], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const cli = path.join(dir, 'cli.js');
  await writeFile(cli, stdout);
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  return cli;
}

export interface CompareOptions {
  /** The reference: a git revision (its dist/cli.js) or the path of a bundled CLI. */
  reference: string;
  /** The CLI under test. */
  cli: string;
  /** The generated organisation to compare on, besides the demo organisation. */
  shape: OrgShape;
}

/** Compares the two CLIs' reports on each organisation; true when they are the same. */
export async function compareReports(options: CompareOptions): Promise<boolean> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-reference-'));
  try {
    const reference = /\.[cm]?js$/.test(options.reference)
      ? path.resolve(options.reference)
      : await cliOfRevision(options.reference, dir);
    const s = options.shape;
    const organisations: [string, () => OrgFixture][] = [
      ['the demo organisation', demoOrg],
      [
        `the generated organisation (${s.accounts} accounts x ${s.regions} regions x ${s.enisPerRegion} ENIs)`,
        () => generateOrg(s),
      ],
    ];
    let same = true;
    for (const [name, fixture] of organisations) {
      const standIn = await startAwsStandIn({ fixture: fixture() });
      try {
        const a = await runCli(reference, standIn.env);
        const b = await runCli(options.cli, standIn.env);
        const found = differences(a, b);
        const files = `${b.files.size} files, exit code ${b.code}`;
        if (found.length === 0) console.log(`${name}: the same reports (${files})`);
        else console.log(`${name}: DIFFERENT (${files})\n  ${found.join('\n  ')}`);
        same &&= found.length === 0;
      } finally {
        await standIn.close();
      }
    }
    return same;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
